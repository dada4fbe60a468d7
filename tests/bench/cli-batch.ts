/**
 * The scanner over many inputs (issue #9 item 6): 1,000 generated news pages of 100–300 kB, and
 * the 1,000 plain-text articles inside them, scanned by the real command with `--jobs 1` (the
 * baseline: one thread) and with `--jobs <cores>`, alternating, in the same run. Prints the
 * medians, the ratio, the peak memory of the process, and whether both printed the same bytes.
 *
 * Run: npm run bench:cli  (or: node --import tsx tests/bench/cli-batch.ts [--pages N] [--rounds N])
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeNewsPages } from './news-pages.ts';

const LAUNCHER = fileURLToPath(new URL('../../cli/sourcelight.mjs', import.meta.url));
const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '5' } },
});
const PAGES = Number(values.pages);
const ROUNDS = Number(values.rounds);
const CORES = availableParallelism();

interface Timing {
  seconds: number;
  /** User and system CPU time of the process, all threads, as last seen (within 50 ms of its end). */
  cpuSeconds: number | undefined;
  peakMegabytes: number | undefined;
  outputHash: string;
  status: number | null;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** The process's high-water mark of resident memory and its CPU time so far, worker threads included (Linux only). */
async function processUsage(pid: number): Promise<{ peakMegabytes?: number; cpuSeconds?: number }> {
  try {
    const [status, stat] = await Promise.all([readFile(`/proc/${pid}/status`, 'utf8'), readFile(`/proc/${pid}/stat`, 'utf8')]);
    const kilobytes = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    // Fields 14 and 15 (utime, stime) counted after the command name, which ends with ")".
    const [utime, stime] = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .slice(11, 13)
      .map(Number);
    return {
      peakMegabytes: kilobytes ? Number(kilobytes) / 1024 : undefined,
      cpuSeconds: (utime! + stime!) / CLOCK_TICKS_PER_SECOND,
    };
  } catch {
    return {}; // not Linux, or the process has just ended
  }
}

/** One run of the real command over `inputs`; its stdout is hashed, not kept. */
function timeScan(jobs: number, inputs: string[]): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [LAUNCHER, 'scan', '--json', '--quiet', '--jobs', String(jobs), ...inputs], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const hash = createHash('sha256');
    let usage: Awaited<ReturnType<typeof processUsage>> = {};
    const poll = setInterval(async () => {
      const seen = await processUsage(child.pid!);
      if (seen.cpuSeconds !== undefined) usage = seen;
    }, 50);
    child.stdout.on('data', (chunk) => hash.update(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(poll);
      const seconds = (performance.now() - start) / 1000;
      resolve({ seconds, ...usage, outputHash: hash.digest('hex'), status } as Timing);
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function compare(label: string, inputs: string[]): Promise<void> {
  const runs = new Map<number, Timing[]>([
    [1, []],
    [CORES, []],
  ]);
  for (let round = 0; round < ROUNDS; round++) {
    // Alternating, so that what else the machine does falls on both alike.
    for (const jobs of round % 2 ? [CORES, 1] : [1, CORES]) runs.get(jobs)!.push(await timeScan(jobs, inputs));
  }
  const summary = (jobs: number) => {
    const timings = runs.get(jobs)!;
    const seconds = median(timings.map((timing) => timing.seconds));
    const best = Math.min(...timings.map((timing) => timing.seconds));
    const cpu = median(timings.map((timing) => timing.cpuSeconds ?? Number.NaN));
    const peak = Math.max(...timings.map((timing) => timing.peakMegabytes ?? 0));
    const all = timings.map((timing) => timing.seconds.toFixed(2)).join(', ');
    console.log(
      `  --jobs ${String(jobs).padEnd(2)}  median ${seconds.toFixed(2)} s, best ${best.toFixed(2)} s  (${((1000 * seconds) / inputs.length).toFixed(1)} ms an input; runs: ${all})`,
    );
    console.log(
      `             CPU ${Number.isNaN(cpu) ? 'n/a' : `${cpu.toFixed(2)} s (${(cpu / seconds).toFixed(2)} cores busy)`}, peak memory ${peak ? `${peak.toFixed(0)} MB` : 'n/a'}`,
    );
    return { seconds, best };
  };
  console.log(`${label}:`);
  const single = summary(1);
  const parallel = summary(CORES);
  console.log(
    `  ratio: --jobs ${CORES} takes ${(parallel.seconds / single.seconds).toFixed(2)}× the time of --jobs 1 (median; best runs: ${(parallel.best / single.best).toFixed(2)}×)`,
  );
  const hashes = new Set([...runs.values()].flat().map((timing) => timing.outputHash));
  const statuses = new Set([...runs.values()].flat().map((timing) => timing.status));
  console.log(`  same output from every run: ${hashes.size === 1 ? 'yes' : 'NO'}; exit status ${[...statuses].join(', ')}`);
}

const folder = await mkdtemp(join(tmpdir(), 'sourcelight-bench-'));
try {
  const started = performance.now();
  const paths = await writeNewsPages(folder, PAGES);
  const [html, text] = await Promise.all([paths.html, paths.text].map((list) => Promise.all(list.map((path) => readFile(path)))));
  const megabytes = (files: Buffer[]) => files.reduce((sum, file) => sum + file.byteLength, 0) / 1024 / 1024;
  console.log(
    `generated ${PAGES} pages (${megabytes(html!).toFixed(0)} MB of HTML, ${megabytes(text!).toFixed(1)} MB of article text) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(
    `cores: ${CORES}; load average before: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}; median of ${ROUNDS} runs each`,
  );
  await compare(`${PAGES} HTML pages`, paths.html);
  await compare(`${PAGES} plain-text articles`, paths.text);
  console.log(
    `load average after: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await rm(folder, { recursive: true, force: true });
}
