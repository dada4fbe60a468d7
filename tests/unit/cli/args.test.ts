/** The command line: --jobs, --quiet, --json, --lang and --help, and a clear message for each mistake. */
import { describe, expect, test } from 'vitest';
import { parseCommandLine } from '../../../cli/args.ts';
import { scan } from './fake-io.ts';

describe('options', () => {
  test.each([
    [['scan', '--jobs', '3', 'a.txt'], { jobs: 3 }],
    [['scan', '--jobs=3', 'a.txt'], { jobs: 3 }],
    [['scan', '-j', '3', 'a.txt'], { jobs: 3 }],
    [['scan', '--quiet', '--json', 'a.txt', '-'], { quiet: true, json: true, inputs: ['a.txt', '-'] }],
    [['scan', '-q', '--', '--odd-name.txt'], { quiet: true, inputs: ['--odd-name.txt'] }],
    [['scan', '--lang', 'fr', 'a.txt'], { language: 'fr' }],
    [['scan', '--lang=de-AT', 'a.txt'], { language: 'de' }],
    [['scan', '--lang', 'es_MX.UTF-8', 'a.txt'], { language: 'es' }],
  ])('%j', (argv, expected) => {
    expect(parseCommandLine(argv)).toMatchObject({ kind: 'scan', ...expected });
  });

  test('without --jobs, the number of jobs is left to the machine', () => {
    expect(parseCommandLine(['scan', 'a.txt'])).not.toHaveProperty('jobs');
  });
});

describe('mistakes: exit 2, what is wrong, then the usage', () => {
  test.each([
    [['scan', '--jobs', '0', 'a.txt'], '--jobs needs a whole number from 1 to 256, not "0".'],
    [['scan', '--jobs', 'many', 'a.txt'], 'not "many"'],
    [['scan', '--jobs=1.5', 'a.txt'], 'not "1.5"'],
    [['scan', '--jobs', '1000', 'a.txt'], 'not "1000"'],
    [['scan', 'a.txt', '--jobs'], 'not ""'],
    [['scan', '--json=yes', 'a.txt'], '--json takes no value.'],
    [['scan', '--lang', 'xx', 'a.txt'], '--lang needs one of de, en, es, fr, not "xx".'],
    [['scan', 'a.txt', '--lang'], '--lang needs one of de, en, es, fr, not "".'],
    [['scan', '--jsno', 'a.txt'], 'Unknown option "--jsno".'],
    [['frobnicate', 'a.txt'], 'Unknown command "frobnicate".'],
    [['scan'], 'scan needs at least one INPUT.'],
    [[], 'No command given.'],
  ])('%j', async (argv, problem) => {
    const run = await scan(argv);
    expect(run.code).toBe(2);
    const [first, ...usage] = run.stderr.join('\n').split('\n');
    expect(first).toContain(problem);
    expect(first).toMatch(/^sourcelight: /);
    expect(usage.join('\n')).toContain('Usage: sourcelight scan [--json] [--jobs N] [--quiet] [--lang CODE] INPUT...');
  });
});

test('--help prints the usage, with this machine’s core count as the default for --jobs', async () => {
  const run = await scan(['--help']);
  expect(run.code).toBe(0);
  expect(run.stdout.join('\n')).toContain('default: one per core, here 2');
});
