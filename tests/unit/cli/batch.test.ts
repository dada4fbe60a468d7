/**
 * Many inputs at once (issue #9 item 6): worker threads on every core, output in input order as
 * soon as it can be, a failing input reported while the rest are scanned, a progress line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { scanInOrder } from '../../../cli/batch/in-order.ts';
import { runCli, type CliIo } from '../../../cli/main.ts';
import { nodeIo } from '../../../cli/node-io.ts';
import type { ScanOutcome } from '../../../cli/outcome.ts';
import type { ScanReport } from '../../../cli/output/report.ts';
import { WorkerPool } from '../../../cli/batch/worker-pool.ts';
import { newsPage } from '../../bench/news-pages.ts';
import { type RecordedRun, scan } from './fake-io.ts';

const folder = mkdtempSync(join(tmpdir(), 'sourcelight-batch-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Eight inputs of very different sizes (so workers finish out of order), a missing one and a binary one. */
const inputs = Array.from({ length: 8 }, (_, index) => {
  const page = newsPage(index + 1);
  const path = join(folder, index % 2 ? `page-${index}.html` : `article-${index}.txt`);
  writeFileSync(path, index % 2 ? page.html : page.text.repeat(1 + 10 * (index % 3)));
  return path;
});
writeFileSync(join(folder, 'image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
const withFailures = [
  ...inputs.slice(0, 3),
  join(folder, 'missing.txt'),
  ...inputs.slice(3, 6),
  join(folder, 'image.txt'),
  ...inputs.slice(6),
];

/** The real scanner (real files, real worker threads), its output recorded; in English whatever this machine's LANG. */
async function realScan(argv: string[], overrides: Partial<CliIo> = {}): Promise<RecordedRun> {
  const record: RecordedRun = { code: -1, stdout: [], stderr: [], progress: [] };
  const io: CliIo = { ...nodeIo, env: {}, isTerminal: false, progress: undefined, ...overrides };
  record.code = await runCli(argv, {
    ...io,
    stdout: (text) => record.stdout.push(text),
    stderr: (text) => record.stderr.push(text),
  });
  return record;
}

describe('--jobs', () => {
  test('worker threads print the same reports, in input order, as one thread', async () => {
    const [parallel, single] = [
      await realScan(['scan', '--json', '--jobs', '3', ...inputs]),
      await realScan(['scan', '--json', '--jobs', '1', ...inputs]),
    ];
    expect(parallel.stdout.map((line) => (JSON.parse(line) as ScanReport).file)).toEqual(inputs);
    expect(parallel.stdout).toEqual(single.stdout);
    expect(parallel.code).toBe(0);
  }, 30_000);

  test('a failing input gets its message and exit status 1, and every other input is scanned in order', async () => {
    const run = await realScan(['scan', '--json', '--jobs', '2', ...withFailures]);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([
      expect.stringMatching(/missing\.txt: no such file$/),
      expect.stringMatching(/image\.txt: binary data/),
    ]);
    expect(run.stdout.map((line) => (JSON.parse(line) as ScanReport).file)).toEqual(inputs);
  }, 30_000);

  test('standard input is read once, here, and scanned in a worker', async () => {
    const stdin = async function* () {
      yield new TextEncoder().encode('Critics say the plan is too costly.');
    };
    const run = await realScan(['scan', '--json', '--jobs', '2', inputs[0]!, '-'], { readStdin: stdin });
    const reports = run.stdout.map((line) => JSON.parse(line) as ScanReport);
    expect(reports.map((report) => report.file)).toEqual([inputs[0], '-']);
    expect(reports[1]!.flags.map((flag) => flag.cue.text)).toEqual(['Critics say']);
  }, 30_000);
});

describe('the worker pool', () => {
  const script = new URL('./stand-in-worker.mjs', import.meta.url);
  const readStdin = async function* () {};
  const settings = { json: true, terminal: false };

  test('a worker that dies fails only its own input; a new worker takes the rest', async () => {
    const pool = new WorkerPool({ workers: 2, settings, readStdin, script });
    const outcomes = await Promise.all(['a', 'crash', 'b', 'slow-c', 'd'].map((argument) => pool.scan(argument)));
    await pool.close();
    expect(outcomes).toEqual([
      { ok: true, output: 'a:json' },
      {
        ok: false,
        message: expect.stringMatching(/^sourcelight: crash: the scan failed \(its worker thread stopped with exit status 3\)$/),
      },
      { ok: true, output: 'b:json' },
      { ok: true, output: 'slow-c:json' },
      { ok: true, output: 'd:json' },
    ]);
  });

  test('workers that cannot start: every input says why, none waits forever', async () => {
    const pool = new WorkerPool({
      workers: 2,
      settings: { ...settings, failToStart: true } as typeof settings,
      readStdin,
      script,
    });
    const outcomes = await Promise.all(['a', 'b', 'c'].map((argument) => pool.scan(argument)));
    await pool.close();
    expect(outcomes).toEqual(
      ['a', 'b', 'c'].map((argument) => ({
        ok: false,
        message: `sourcelight: ${argument}: the scan failed (cannot load the scanner)`,
      })),
    );
  });

  test('this thread scans beside the workers from the start, and shares the work', async () => {
    const here: string[] = [];
    const scanHere = async ({ argument }: { argument: string }) => {
      here.push(argument);
      await new Promise((settle) => setTimeout(settle, 30));
      return { ok: true as const, output: `${argument}:here` };
    };
    const pool = new WorkerPool({ workers: 1, settings, readStdin, script, scanHere });
    const arguments_ = Array.from({ length: 40 }, (_, index) => `input-${index}`);
    const outcomes = await Promise.all(arguments_.map((argument) => pool.scan(argument)));
    await pool.close();
    expect(here[0]).toBe('input-0');
    expect(here.length).toBeGreaterThan(0);
    expect(here.length).toBeLessThan(40);
    expect(outcomes.map((outcome) => outcome.ok && outcome.output.replace(/:(here|json)$/, ''))).toEqual(arguments_);
  });
  test('a scan here starts from the event loop, so messages from workers get their turn between two', async () => {
    // A regular file is read synchronously: a scan here could otherwise follow the last one in
    // microtasks only, and a worker whose "ready" waits in the event loop would never get a task.
    const started: string[] = [];
    const scanHere = async ({ argument }: { argument: string }) => {
      started.push(argument);
      return { ok: true as const, output: argument };
    };
    const pool = new WorkerPool({ workers: 0, settings, readStdin, script, scanHere });
    const outcomes = [pool.scan('a'), pool.scan('b')];
    for (let turn = 0; turn < 10; turn++) await Promise.resolve();
    expect(started).toEqual([]);
    expect(await Promise.all(outcomes)).toEqual([
      { ok: true, output: 'a' },
      { ok: true, output: 'b' },
    ]);
    await pool.close();
  });
});

describe('printing in order, as soon as possible', () => {
  test('an input is printed once it and all before it are done; only the window is in flight', async () => {
    const pending = new Map<string, (outcome: ScanOutcome) => void>();
    const printed: string[] = [];
    let mostInFlight = 0;
    const scanner = {
      scan: (argument: string) =>
        new Promise<ScanOutcome>((resolve) => {
          pending.set(argument, resolve);
          mostInFlight = Math.max(mostInFlight, pending.size);
        }),
      close: async () => {},
    };
    const finish = async (argument: string) => {
      const resolve = pending.get(argument)!;
      pending.delete(argument);
      resolve({ ok: true, output: argument });
      await new Promise((settle) => setTimeout(settle, 0));
    };
    const run = scanInOrder(['0', '1', '2', '3', '4', '5'], scanner, {
      window: 3,
      print: (outcome) => outcome.ok && printed.push(outcome.output),
    });
    expect([...pending.keys()]).toEqual(['0', '1', '2']);
    await finish('1');
    expect(printed).toEqual([]);
    await finish('0');
    expect(printed).toEqual(['0', '1']);
    expect([...pending.keys()]).toEqual(['2', '3', '4']);
    for (const argument of ['4', '3', '2', '5']) await finish(argument);
    await run;
    expect(printed).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(mostInFlight).toBe(3);
  });
});

describe('the progress line', () => {
  const files = { 'a.txt': 'Critics say so.', 'b.txt': 'Insiders say so.', 'c.txt': 'It rained.' };

  test('on a terminal: counts inputs done, is cleared before each report, and is gone at the end', async () => {
    const run = await scan(['scan', 'a.txt', 'missing.txt', 'b.txt', 'c.txt'], { files, stderrIsTerminal: true });
    const drawn = run.progress.filter((write) => write.includes('Scanning'));
    expect(drawn[0]).toBe('\r\x1b[KScanning: 1 of 4 inputs done');
    expect(drawn).toContainEqual(expect.stringMatching(/Scanning: \d of 4 inputs done, 1 failed$/));
    expect(run.progress.at(-1)).toBe('\r\x1b[K');
  });

  test.each([
    ['with --quiet', ['--quiet'], true],
    ['when stderr is no terminal', [], false],
  ])('none %s', async (_label, options, stderrIsTerminal) => {
    const run = await scan(['scan', ...options, 'a.txt', 'b.txt', 'c.txt'], { files, stderrIsTerminal });
    expect(run.progress).toEqual([]);
    expect(run.stdout).toHaveLength(3);
  });
});
