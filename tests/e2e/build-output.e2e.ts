/**
 * What the build gives every page: the always-on loader stays within its budget in both
 * browsers' builds, and the engine carries none of the parts injected only when needed.
 * (A plugin that auto-imports by name once pulled a 9 kB library into the loader unseen.)
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from './harness/extension-build.ts';

const LOADER_BUDGET_BYTES = 12 * 1024;
/** Strings only these libraries' code holds, kept through minification (property and method names). */
const MARKERS = { Readability: '_grabArticle', 'the storage library': 'defineItem' };

describe.each(Object.entries(EXTENSION_DIRS))('the %s build', (_name, dir) => {
  it(`gives every page a loader of at most ${LOADER_BUDGET_BYTES / 1024} kB`, () => {
    expect(statSync(`${dir}/loader.js`).size).toBeLessThanOrEqual(LOADER_BUDGET_BYTES);
  });

  it('keeps Readability and the storage library out of the loader and the engine', () => {
    for (const file of ['loader.js', 'engine.js']) {
      const code = readFileSync(`${dir}/${file}`, 'utf8');
      for (const [library, marker] of Object.entries(MARKERS)) expect(code.includes(marker), `${library} in ${file}`).toBe(false);
    }
    expect(readFileSync(`${dir}/readability.js`, 'utf8')).toContain(MARKERS.Readability);
  });
});
