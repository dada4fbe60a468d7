/**
 * `sourcelight scan`: scans every input with the same detector the extension uses — several at
 * a time on several cores — and prints a report per input, in the order given. A bad input gets
 * a message on stderr and the others are still scanned.
 */
import { languageAsked, parseCommandLine, usage, UsageError } from './args.ts';
import { scannerLanguage, t, useLanguage } from './output/i18n.ts';
import { type Environment, languageFromEnvironment } from './output/language-choice.ts';
import { scanInOrder } from './batch/in-order.ts';
import type { ScanSettings, Scanner } from './outcome.ts';
import { ProgressLine } from './output/progress.ts';
import { type InputReader, withStdin } from './input/read-input.ts';
import type { PoolOptions, ScanTask } from './batch/worker-pool.ts';
import { printable } from './output/terminal-text.ts';

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
  /** LC_ALL, LC_MESSAGES and LANG choose the language when there is no --lang; without them, English. */
  env?: Environment;
  /**
   * Scans in worker threads as well as this one; workers read the real files and network. Without
   * it, every input is scanned in this thread through this io.
   */
  startWorkers?(options: PoolOptions): Scanner;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Inputs started ahead of the first one not yet printed, per job: enough to keep every worker busy. */
const WINDOW_PER_JOB = 4;

/**
 * Scans in this thread, and with more than one job in worker threads too: this thread starts at
 * once while the workers load, so jobs − 1 workers keep every core busy.
 */
async function scannerFor(jobs: number, settings: ScanSettings, io: CliIo): Promise<Scanner> {
  // Loaded here, not above: it is the code that parses pages, and --help needs none of it.
  const { scanInput } = await import('./input/scan-input.ts');
  if (jobs > 1 && io.startWorkers) {
    const scanHere = ({ argument, stdin }: Omit<ScanTask, 'id'>) =>
      scanInput(argument, stdin ? withStdin(io, stdin) : io, settings);
    return io.startWorkers({ workers: jobs - 1, settings, readStdin: () => io.readStdin(), scanHere });
  }
  return { scan: (argument) => scanInput(argument, io, settings), close: async () => {} };
}

async function scanAll(inputs: string[], jobs: number, quiet: boolean, settings: ScanSettings, io: CliIo): Promise<boolean> {
  const scanner = await scannerFor(jobs, settings, io);
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
  // First of all, so that even a mistake on the command line is told in the reader's language.
  await useLanguage(languageAsked(argv) ?? languageFromEnvironment(io.env ?? {}));
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
  const settings: ScanSettings = { json: command.json, terminal: io.isTerminal, language: scannerLanguage() };
  return (await scanAll(command.inputs, jobs, command.quiet, settings, io)) ? EXIT_OK : EXIT_INPUT_FAILED;
}
