/**
 * What the page side pulls in. The loader runs in every page, so it stays tiny: no polyfill, no
 * Readability parser, no detector, no UI. The engine (injected on articles only) never opens the
 * notes database and never carries the detector, which runs in the background. Follows each
 * entry's relative imports and checks them all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
// Type-only imports are erased from the bundle, so they are not followed.
const IMPORT = /(?:import|export)\s(?!type\s)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

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
  visit(join(ROOT, entry));
  return { files: [...files].map((f) => relative(ROOT, f)), packages: [...packages] };
}

describe('the always-on loader', () => {
  const { files, packages } = importGraph('entrypoints/loader.ts');

  it('brings no polyfill, parser, detector, UI or database', () => {
    expect(
      packages.filter((p) => ['wxt/browser', '@wxt-dev/storage', '@mozilla/readability', 'preact', 'dexie'].includes(p)),
    ).toEqual([]);
    // Types and the category list only: no part of the detector's logic.
    expect(files.filter((f) => /^(detector|notes|components)\//.test(f) && f !== 'detector/types.ts')).toEqual([]);
    // Its room holds all of it: nothing of the engine (body, painting, card, marks) comes along.
    expect(files.filter((f) => f.startsWith('page/') && !f.startsWith('page/loader/'))).toEqual([]);
  });

  it('is the one that decides whether a page is an article', () => {
    expect(files).toContain('page/loader/article-detection.ts');
    expect(files).toContain('page/loader/loader.ts');
  });
});

describe('the engine', () => {
  const { files, packages } = importGraph('entrypoints/engine.ts');

  it('never opens the notes database and never carries the detector, Readability, the card or the polyfill', () => {
    expect(packages.filter((p) => p === 'dexie' || p.startsWith('dexie/'))).toEqual([]);
    // Readability and the card (with Preact) are parts injected when a page needs them.
    expect(packages.filter((p) => ['@mozilla/readability', 'wxt/browser', 'preact'].includes(p))).toEqual([]);
    expect(files.filter((f) => f.startsWith('components/') || f === 'page/card/card-host.ts')).toEqual([]);
    // One small pure helper of the detector's comes along: the byline's cleaning (dates, counts).
    const carried = (f: string) => f.endsWith('/types.ts') || f === 'detector/sources/byline.ts';
    expect(files.filter((f) => /^(notes|detector)\//.test(f) && !carried(f))).toEqual([]);
  });

  it('reaches the page modules it wires', () => {
    expect(files).toContain('page/engine/session.ts');
    expect(files).toContain('page/engine/analysis-run.ts');
  });
});
