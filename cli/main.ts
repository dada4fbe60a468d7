/**
 * `sourcelight scan`: reads every input, scans each with the same detector the extension uses,
 * and prints a report per input. A bad input is reported on stderr and the others still run.
 */
import { analyze } from '../detector/analyze.ts';
import { parseCommandLine, USAGE, UsageError } from './args.ts';
import { extractArticleFromHtml } from './html-article.ts';
import { decodeText, InputError, inputSourceOf, looksLikeHtml } from './input-kind.ts';
import { formatForPeople, PLAIN_STYLE, scanReport, TERMINAL_STYLE, type ArticleMetadata } from './report.ts';

export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  isTerminal: boolean;
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  fetch(url: URL): Promise<{ bytes: Uint8Array; mediaType?: string }>;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

interface ReadInput {
  name: string;
  text: string;
  mediaType?: string;
}

async function readInput(argument: string, io: CliIo): Promise<ReadInput> {
  const source = inputSourceOf(argument);
  switch (source.kind) {
    case 'stdin':
      return { name: 'standard input', text: decodeText(await io.readStdin(), 'standard input') };
    case 'file': {
      let bytes: Uint8Array;
      try {
        bytes = await io.readFile(source.path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
        throw new InputError(`${argument}: ${reason}`);
      }
      return { name: source.path, text: decodeText(bytes, argument) };
    }
    case 'url': {
      let fetched: Awaited<ReturnType<CliIo['fetch']>>;
      try {
        fetched = await io.fetch(source.url);
      } catch (error) {
        throw new InputError(`${argument}: ${(error as Error).message}`);
      }
      return { name: source.url.pathname, text: decodeText(fetched.bytes, argument), mediaType: fetched.mediaType };
    }
  }
}

function scanOne(argument: string, input: ReadInput, json: boolean, io: CliIo): void {
  let text = input.text;
  let metadata: ArticleMetadata = {};
  if (looksLikeHtml(input.name, text, input.mediaType)) {
    ({ text, metadata } = extractArticleFromHtml(text));
  }
  const report = scanReport(argument, analyze(text), metadata);
  io.stdout(json ? JSON.stringify(report) : formatForPeople(report, metadata, io.isTerminal ? TERMINAL_STYLE : PLAIN_STYLE));
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let command: ReturnType<typeof parseCommandLine>;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`sourcelight: ${error.message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (command.kind === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  let failed = false;
  for (const argument of command.inputs) {
    try {
      scanOne(argument, await readInput(argument, io), command.json, io);
    } catch (error) {
      failed = true;
      io.stderr(`sourcelight: ${error instanceof InputError ? error.message : `${argument}: ${(error as Error).message}`}`);
    }
  }
  return failed ? EXIT_INPUT_FAILED : EXIT_OK;
}
