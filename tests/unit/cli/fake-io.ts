/** A scanner whose files, standard input, network and terminal are the test's own. */
import { runCli, type CliIo } from '../../../cli/main.ts';

export type FakeContent = Uint8Array | string | (() => AsyncIterable<Uint8Array>);

export interface RecordedRun {
  code: number;
  stdout: string[];
  stderr: string[];
  /** What was written to the progress line, raw. */
  progress: string[];
}

export interface FakeSurroundings {
  files?: Record<string, FakeContent>;
  stdin?: FakeContent;
  /** Pages served for URLs, by URL. */
  pages?: Record<string, { content: FakeContent; mediaType?: string; declaredBytes?: number }>;
  isTerminal?: boolean;
  stderrIsTerminal?: boolean;
  /** LANG, LC_ALL, LC_MESSAGES: none unless given, so the scanner speaks English whatever this machine's locale. */
  env?: Record<string, string>;
}

async function* chunksOf(content: FakeContent): AsyncIterable<Uint8Array> {
  if (typeof content === 'function') yield* content();
  else yield typeof content === 'string' ? new TextEncoder().encode(content) : content;
}

async function* failingWith(error: Error): AsyncIterable<Uint8Array> {
  yield* []; // nothing is read before the error
  throw error;
}

export function fakeIo(surroundings: FakeSurroundings, record: RecordedRun): CliIo {
  return {
    stdout: (text) => record.stdout.push(text),
    stderr: (text) => record.stderr.push(text),
    isTerminal: surroundings.isTerminal ?? false,
    progress: surroundings.stderrIsTerminal ? (raw) => record.progress.push(raw) : undefined,
    cores: 2,
    env: surroundings.env ?? {},
    readFile(path) {
      const content = surroundings.files?.[path];
      if (content === undefined)
        return failingWith(Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' }));
      return chunksOf(content);
    },
    readStdin: () => chunksOf(surroundings.stdin ?? ''),
    async fetch(url) {
      const page = surroundings.pages?.[url.href];
      if (!page)
        throw Object.assign(new TypeError('fetch failed'), { cause: new Error(`getaddrinfo ENOTFOUND ${url.hostname}`) });
      return { body: chunksOf(page.content), mediaType: page.mediaType, declaredBytes: page.declaredBytes };
    },
  };
}

/** Runs `sourcelight` with `argv` in these surroundings, in this thread. */
export async function scan(argv: string[], surroundings: FakeSurroundings = {}): Promise<RecordedRun> {
  const record: RecordedRun = { code: -1, stdout: [], stderr: [], progress: [] };
  record.code = await runCli(argv, fakeIo(surroundings, record));
  return record;
}
