import { execFileSync, spawn, spawnSync } from 'node:child_process';
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

test('a reader that stops reading (`| head -1`) ends the run quietly', async () => {
  const child = spawn(process.execPath, [LAUNCHER, 'scan', '--json', '--jobs', '2', ...Array(40).fill(HARBOUR)]);
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  child.stdout.once('data', () => child.stdout.destroy());
  const status = await new Promise((exited) => child.on('exit', exited));
  expect(stderr).toBe('');
  expect(status).toBe(0);
}, 30_000);
