/**
 * `sourcelight scan`: scans every input with the same detector the extension uses — several at
 * a time on several cores — and prints a report per input, in the order given. A bad input gets
 * a message on stderr and the others are still scanned.
 */
import { parseCommandLine, usage, UsageError } from './args.ts';
import { t } from './i18n.ts';
import { scanInOrder } from './in-order.ts';
import type { ScanSettings, Scanner } from './outcome.ts';
import { ProgressLine } from './progress.ts';
import type { InputReader } from './read-input.ts';
import { printable } from './terminal-text.ts';

export interface CliIo extends InputReader {
  /** Writes one report (or the usage) and a newline to standard output. */
  stdout(text: string): void;
  /** Writes one message and a newline to standard error. */
  stderr(text: string): void;
  /** Standard output is a terminal. */
  isTerminal: boolean;
  /** Writes to standard error as it is, for the progress line: only where stderr is a terminal. */
  progress?: (raw: string) => void;
  cores: number;
  /**
   * Scans in worker threads, which read the real files and network (standard input is read here,
   * through `readStdin`); without it, inputs are scanned in this thread through this io.
   */
  startWorkers?(count: number, settings: ScanSettings, readStdin: () => AsyncIterable<Uint8Array>): Scanner;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Inputs started ahead of the first one not yet printed, per job: enough to keep every worker busy. */
const WINDOW_PER_JOB = 4;

async function inThisThread(io: CliIo, settings: ScanSettings): Promise<Scanner> {
  // Loaded only here: with workers, this thread never parses a page and need not load the code that does.
  const { scanInput } = await import('./scan-input.ts');
  return { scan: (argument) => scanInput(argument, io, settings), close: async () => {} };
}

async function scanAll(inputs: string[], jobs: number, quiet: boolean, settings: ScanSettings, io: CliIo): Promise<boolean> {
  const scanner =
    jobs > 1 && io.startWorkers ? io.startWorkers(jobs, settings, () => io.readStdin()) : await inThisThread(io, settings);
  const progress = io.progress && !quiet && inputs.length > 1 ? new ProgressLine(io.progress, inputs.length) : undefined;
  let allScanned = true;
  try {
    await scanInOrder(inputs, scanner, {
      window: jobs * WINDOW_PER_JOB,
      print(outcome) {
        progress?.clear();
        if (outcome.ok) io.stdout(outcome.output);
        else {
          allScanned = false;
          io.stderr(outcome.message);
        }
        progress?.draw();
      },
      settled: progress && ((outcome) => progress.settled(outcome.ok)),
    });
  } finally {
    progress?.clear();
    await scanner.close();
  }
  return allScanned;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let command: ReturnType<typeof parseCommandLine>;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${t('cli.usageError', { problem: printable(error.message) })}\n${usage(io.cores)}`);
    return EXIT_USAGE;
  }
  if (command.kind === 'help') {
    io.stdout(usage(io.cores));
    return EXIT_OK;
  }
  const jobs = Math.min(command.jobs ?? io.cores, command.inputs.length);
  const settings: ScanSettings = { json: command.json, terminal: io.isTerminal };
  return (await scanAll(command.inputs, jobs, command.quiet, settings, io)) ? EXIT_OK : EXIT_INPUT_FAILED;
}
