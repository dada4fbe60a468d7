/**
 * The content script runs on every page: it must stay small and must never open the notes
 * database (that lives in the background). Follows its relative imports and checks them all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const ENTRY = join(ROOT, 'entrypoints/content/index.ts');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importGraph(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = match[1] ?? match[2]!;
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const target = join(dirname(file), spec);
      if (existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => relative(ROOT, f)), packages: [...packages] };
}

describe('content script imports', () => {
  const { files, packages } = importGraph(ENTRY);

  it('never imports dexie or the notes database', () => {
    expect(packages.filter((p) => p === 'dexie' || p.startsWith('dexie/'))).toEqual([]);
    // Pure note helpers (the model, quote matching) are fine; the database modules are not.
    expect(files.filter((f) => /^notes\//.test(f))).toEqual([]);
    expect(files).toContain('page/match-quote.ts');
  });

  it('reaches the page modules it wires', () => {
    expect(files).toContain('page/page-session.ts');
  });
});
