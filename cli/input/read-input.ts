/**
 * Reads one input argument into text: a file, standard input or a URL, each through the same
 * size cap and decoder, every failure turned into an InputError that says what went wrong.
 */
import { decodeText } from './decode.ts';
import { InputError } from './input-error.ts';
import { inputSourceOf } from './input-kind.ts';
import { t } from '../output/i18n.ts';
import { FETCH_TIMEOUT_SECONDS, MAX_INPUT_BYTES, MAX_INPUT_MEGABYTES } from './limits.ts';

export interface FetchedPage {
  body: AsyncIterable<Uint8Array>;
  mediaType?: string;
  /** The length the server announced, when it did. */
  declaredBytes?: number;
}

/** Where the bytes come from: the real file system and network, or a test's own. */
export interface InputReader {
  readFile(path: string): AsyncIterable<Uint8Array>;
  readStdin(): AsyncIterable<Uint8Array>;
  /** Rejects with an InputError for an answer that is not a page (an HTTP error, an image). */
  fetch(url: URL): Promise<FetchedPage>;
}

export interface ReadInput {
  name: string;
  text: string;
  mediaType?: string;
}

/** `reader` with standard input already read: the bytes of `-` come from elsewhere (a worker gets them from the pool). */
export function withStdin(reader: InputReader, bytes: Uint8Array): InputReader {
  return {
    ...reader,
    async *readStdin() {
      yield bytes;
    },
  };
}

const tooLarge = () => new InputError(t('cli.reason.tooLarge', { limit: MAX_INPUT_MEGABYTES }));

/** All the bytes of `chunks`, stopping (and so cancelling the stream) as soon as they pass the cap. */
export async function collectBytes(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > MAX_INPUT_BYTES) throw tooLarge();
    parts.push(chunk);
  }
  return Buffer.concat(parts, total);
}

function fileError(error: unknown): InputError {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return new InputError(t('cli.reason.noSuchFile'));
  if (code === 'EISDIR') return new InputError(t('cli.reason.isDirectory'));
  return new InputError(t('cli.reason.unreadable', { detail: message }));
}

function fetchError(error: unknown): InputError {
  if (error instanceof InputError) return error;
  const { name, message, cause } = error as Error;
  if (name === 'TimeoutError' || name === 'AbortError')
    return new InputError(t('cli.reason.timedOut', { seconds: FETCH_TIMEOUT_SECONDS }));
  // fetch() says only "fetch failed"; what failed (a name not found, a refused connection) is its cause.
  const detail = cause instanceof Error ? cause.message : message;
  return new InputError(t('cli.reason.fetchFailed', { detail }));
}

async function readUrl(url: URL, reader: InputReader): Promise<ReadInput> {
  try {
    const page = await reader.fetch(url);
    if ((page.declaredBytes ?? 0) > MAX_INPUT_BYTES) {
      await page.body[Symbol.asyncIterator]().return?.(); // lets the connection go
      throw tooLarge();
    }
    return { name: url.pathname, text: decodeText(await collectBytes(page.body)), mediaType: page.mediaType };
  } catch (error) {
    throw fetchError(error);
  }
}

export async function readInput(argument: string, reader: InputReader): Promise<ReadInput> {
  const source = inputSourceOf(argument);
  switch (source.kind) {
    case 'stdin':
      return { name: '-', text: decodeText(await collectBytes(reader.readStdin())) };
    case 'file': {
      let bytes: Uint8Array;
      try {
        bytes = await collectBytes(reader.readFile(source.path));
      } catch (error) {
        throw error instanceof InputError ? error : fileError(error);
      }
      return { name: source.path, text: decodeText(bytes) };
    }
    case 'url':
      return readUrl(source.url, reader);
  }
}
