import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const LAUNCHER = fileURLToPath(new URL('../../../cli/sourcelight.mjs', import.meta.url));
const SEED = fileURLToPath(new URL('../../fixtures/seed-article.txt', import.meta.url));
const HARBOUR = fileURLToPath(new URL('../../fixtures/pages/harbour-article.html', import.meta.url));

test('the installed command scans the seed article from a real process', () => {
  const stdout = execFileSync(process.execPath, [LAUNCHER, 'scan', '--json', SEED], { encoding: 'utf8', timeout: 30_000 });
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0]!).stats.flagged).toBe(8);
}, 30_000);

test('with --jobs 2 its worker threads load the TypeScript too, and a missing input gives exit status 1', () => {
  const run = spawnSync(process.execPath, [LAUNCHER, 'scan', '--json', '--jobs', '2', HARBOUR, 'missing.txt', SEED], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toBe('sourcelight: missing.txt: no such file\n');
  expect(
    run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).file),
  ).toEqual([HARBOUR, SEED]);
}, 30_000);
