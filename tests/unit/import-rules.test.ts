/**
 * The house rules, as tests: each folder imports only what may run where its code runs. The
 * detector is pure (text in, flags out), the page side never reaches the notes database, and
 * the command-line scanner never pulls in a browser API. Each folder's README says the same.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

interface Rule {
  /** Folders (repository-relative) whose files this rule covers. */
  folder: string;
  /** Folders its files may import from (its own is always allowed). */
  mayImport: string[];
  /** Packages its files may import ('node:' covers every Node built-in). */
  packages: string[];
}

const RULES: Rule[] = [
  { folder: 'detector', mayImport: [], packages: ['wink-nlp', 'wink-eng-lite-web-model'] },
  { folder: 'shared', mayImport: ['detector'], packages: ['#i18n', 'wxt/browser', '@wxt-dev/browser', '@wxt-dev/storage'] },
  {
    folder: 'page',
    mayImport: ['detector', 'shared', 'components/card', 'components/common'],
    packages: [
      '#i18n',
      '@wxt-dev/browser',
      'wxt/utils',
      'preact',
      '@mozilla/readability',
      'approx-string-match',
      '@wxt-dev/storage',
    ],
  },
  { folder: 'notes', mayImport: ['detector', 'shared'], packages: ['#i18n', 'dexie'] },
  {
    folder: 'extension',
    mayImport: ['detector', 'shared', 'notes', 'components'],
    packages: ['#i18n', 'wxt/browser', '@wxt-dev/storage', 'dexie'],
  },
  {
    folder: 'cli',
    mayImport: ['detector'],
    packages: ['node:', '@mozilla/readability', 'linkedom', 'tsx', '@wxt-dev/i18n/build'],
  },
  { folder: 'components/card', mayImport: ['detector', 'shared', 'components/common'], packages: ['#i18n', 'preact'] },
  { folder: 'components/common', mayImport: ['detector', 'shared'], packages: ['#i18n', 'preact'] },
  {
    folder: 'components',
    mayImport: ['detector', 'shared', 'notes', 'components/common'],
    packages: ['#i18n', 'preact', 'wxt/browser', '@wxt-dev/storage', 'dexie'],
  },
];

function sourceFiles(folder: string): string[] {
  const dir = join(ROOT, folder);
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(ROOT, path));
    return /\.(ts|tsx|mjs)$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

/** The most specific rule for a file: components/card before components. */
function ruleFor(file: string): Rule | undefined {
  return RULES.filter((rule) => file.startsWith(`${rule.folder}/`)).sort((a, b) => b.folder.length - a.folder.length)[0];
}

function importsOf(file: string): { folders: string[]; packages: string[] } {
  const folders: string[] = [];
  const packages: string[] = [];
  for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3]!;
    if (spec.startsWith('.')) folders.push(relative(ROOT, join(ROOT, dirname(file), spec)));
    else packages.push(spec);
  }
  return { folders, packages };
}

const allowedFolder = (rule: Rule, target: string) =>
  [rule.folder, ...rule.mayImport].some((folder) => target.startsWith(`${folder}/`)) &&
  // A target inside a more specific folder is judged by that folder's own name.
  (ruleFor(target)?.folder === rule.folder || rule.mayImport.includes(ruleFor(target)?.folder ?? '') || !ruleFor(target));

const allowedPackage = (rule: Rule, spec: string) =>
  rule.packages.some((allowed) => spec === allowed || spec.startsWith(allowed.endsWith(':') ? allowed : `${allowed}/`));

/** Files being moved to their right place in the current change; empty when the house is in order. */
const PENDING = new Set<string>();

describe('import rules', () => {
  const folders = [...new Set(RULES.map((rule) => rule.folder.split('/')[0]!))];
  const files = folders.flatMap(sourceFiles);

  it('every source file falls under a rule', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => !ruleFor(file))).toEqual([]);
  });

  for (const rule of RULES) {
    it(`${rule.folder}/ imports only ${[rule.folder, ...rule.mayImport].join(', ')} and its packages`, () => {
      const broken: string[] = [];
      for (const file of files.filter((each) => ruleFor(each) === rule && !PENDING.has(each))) {
        const { folders: targets, packages } = importsOf(file);
        for (const target of targets) if (!allowedFolder(rule, target)) broken.push(`${file} → ${target}`);
        for (const spec of packages) if (!allowedPackage(rule, spec)) broken.push(`${file} → ${spec}`);
      }
      expect(broken).toEqual([]);
    });
  }

  it('catches a broken rule (the checker itself)', () => {
    const detector = RULES[0]!;
    expect(allowedFolder(detector, 'notes/db.ts')).toBe(false);
    expect(allowedPackage(detector, 'dexie')).toBe(false);
    expect(allowedFolder(RULES.find((r) => r.folder === 'page')!, 'components/popup/App.tsx')).toBe(false);
    expect(allowedFolder(RULES.find((r) => r.folder === 'page')!, 'components/card/Card.tsx')).toBe(true);
  });
});
