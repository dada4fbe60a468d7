/**
 * The house rules, as tests: each folder imports only what may run where its code runs. The
 * detector is pure (text in, flags out), the page side never reaches the notes database, the
 * always-on loader reaches nothing of the engine, and the command-line scanner never pulls in a
 * browser API. No module imports itself back through others (no cycles). Each folder's README
 * says the same.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const IMPORT =
  /(?:import|export)\s(type\s)?[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

interface Rule {
  /** Folders (repository-relative) whose files this rule covers. */
  folder: string;
  /** Folders its files may import from (its own is always allowed). */
  mayImport: string[];
  /** Packages its files may import ('node:' covers every Node built-in). */
  packages: string[];
  /** Folders its files may import types from, and nothing else: types are erased from the build. */
  typesFrom?: string[];
}

const RULES: Rule[] = [
  { folder: 'detector', mayImport: [], packages: ['wink-nlp', 'wink-eng-lite-web-model'] },
  { folder: 'contract', mayImport: ['detector'], packages: ['#i18n', 'wxt/browser', '@wxt-dev/browser'] },
  // The always-on part: the contract and the detector's types, never the engine's code.
  {
    folder: 'page/loader',
    mayImport: ['detector', 'contract'],
    packages: ['@mozilla/readability/Readability-readerable.js'],
    typesFrom: ['page'],
  },
  {
    folder: 'page',
    mayImport: ['detector', 'contract', 'page/loader', 'components/card', 'components/common'],
    packages: ['#i18n', '@wxt-dev/browser', 'wxt/utils', 'preact', '@mozilla/readability', 'approx-string-match'],
  },
  { folder: 'notes', mayImport: ['detector', 'contract'], packages: ['#i18n', 'dexie'] },
  {
    folder: 'extension',
    mayImport: ['detector', 'contract', 'notes', 'components'],
    packages: ['#i18n', 'wxt/browser', 'dexie'],
  },
  {
    folder: 'cli',
    mayImport: ['detector'],
    packages: ['node:', '@mozilla/readability', 'linkedom', 'tsx', '@wxt-dev/i18n/build'],
  },
  { folder: 'components/card', mayImport: ['detector', 'contract', 'components/common'], packages: ['#i18n', 'preact'] },
  { folder: 'components/common', mayImport: ['detector', 'contract'], packages: ['#i18n', 'preact'] },
  {
    folder: 'components',
    mayImport: ['detector', 'contract', 'notes', 'components/common'],
    packages: ['#i18n', 'preact', 'wxt/browser', 'dexie'],
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

interface Imports {
  folders: string[];
  /** Files imported for their types alone. */
  typeFolders: string[];
  packages: string[];
}

function importsOf(file: string): Imports {
  const imports: Imports = { folders: [], typeFolders: [], packages: [] };
  for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(IMPORT)) {
    const spec = match[2] ?? match[3] ?? match[4]!;
    if (!spec.startsWith('.')) imports.packages.push(spec);
    else (match[1] ? imports.typeFolders : imports.folders).push(relative(ROOT, join(ROOT, dirname(file), spec)));
  }
  return imports;
}

/** Every cycle of imports (types included) among the given files, each as the files that form it. */
function importCycles(files: string[]): string[][] {
  const known = new Set(files);
  const edges = new Map(
    files.map((file) => {
      const { folders, typeFolders } = importsOf(file);
      return [file, [...folders, ...typeFolders].filter((target) => known.has(target))];
    }),
  );
  // Tarjan's strongly connected components: a component of more than one file is a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const target of edges.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (stack.includes(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || edges.get(file)!.includes(file)) cycles.push(component.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
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
        const { folders: targets, typeFolders, packages } = importsOf(file);
        for (const target of targets) if (!allowedFolder(rule, target)) broken.push(`${file} → ${target}`);
        const typesAllowed = (target: string) =>
          allowedFolder(rule, target) || (rule.typesFrom ?? []).some((folder) => target.startsWith(`${folder}/`));
        for (const target of typeFolders) if (!typesAllowed(target)) broken.push(`${file} → types of ${target}`);
        for (const spec of packages) if (!allowedPackage(rule, spec)) broken.push(`${file} → ${spec}`);
      }
      expect(broken).toEqual([]);
    });
  }

  // Building browser.storage in a page's world costs every article milliseconds: the engine asks
  // the background for the settings instead ('settings/read').
  it('no page script opens browser.storage', () => {
    const pageFiles = files.filter((file) => /^(page|components\/card|components\/common)\//.test(file));
    const opening = pageFiles.filter(
      (file) =>
        importsOf(file).folders.includes('contract/settings-store.ts') ||
        /\b(?:browser|chrome)\.storage\b/.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(pageFiles.length).toBeGreaterThan(20);
    expect(opening).toEqual([]);
  });

  it('no module imports itself back through others', () => {
    expect(importCycles([...files, ...sourceFiles('entrypoints')])).toEqual([]);
  });

  it('catches a broken rule (the checker itself)', () => {
    const detector = RULES[0]!;
    expect(allowedFolder(detector, 'notes/db.ts')).toBe(false);
    expect(allowedPackage(detector, 'dexie')).toBe(false);
    const page = RULES.find((r) => r.folder === 'page')!;
    const loader = RULES.find((r) => r.folder === 'page/loader')!;
    expect(allowedFolder(page, 'components/popup/App.tsx')).toBe(false);
    expect(allowedFolder(page, 'components/card/Card.tsx')).toBe(true);
    expect(allowedFolder(page, 'page/loader/loader.ts')).toBe(true);
    expect(allowedFolder(loader, 'page/engine/session.ts')).toBe(false);
    expect(allowedFolder(loader, 'contract/messages.ts')).toBe(true);
  });
});
