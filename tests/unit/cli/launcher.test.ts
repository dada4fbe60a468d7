import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const LAUNCHER = fileURLToPath(new URL('../../../cli/sourcelight.mjs', import.meta.url));
const SEED = fileURLToPath(new URL('../../fixtures/seed-article.txt', import.meta.url));

test('the installed command scans the seed article from a real process', () => {
  const stdout = execFileSync(process.execPath, [LAUNCHER, 'scan', '--json', SEED], { encoding: 'utf8', timeout: 30_000 });
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0]!).stats.flagged).toBe(8);
}, 30_000);
