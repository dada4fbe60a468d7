/** The scanner's real inputs: files, standard input and the network, read as streams so a size cap can stop them. */
import { open } from 'node:fs/promises';
import { InputError } from './input-error.ts';
import { t } from './i18n.ts';
import { FETCH_TIMEOUT_SECONDS } from './limits.ts';
import type { FetchedPage, InputReader } from './read-input.ts';

const SMALLEST_READ_BYTES = 64 * 1024;
const LARGEST_READ_BYTES = 8 * 1024 * 1024;
const PAGE_OR_TEXT = /^(text\/|application\/(xhtml\+)?xml)/i;

async function* nothing(): AsyncIterable<Uint8Array> {}

/**
 * A file's bytes in chunks: a regular file in one read of its size (a news page is one read, half
 * the cost of a stream), anything else — a pipe, a device, a file still growing — in pieces, so
 * the size cap can stop it.
 */
async function* fileChunks(path: string): AsyncIterable<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const readBytes = Math.min(Math.max(size + 1, SMALLEST_READ_BYTES), LARGEST_READ_BYTES);
    for (;;) {
      const buffer = Buffer.allocUnsafe(readBytes);
      const { bytesRead } = await file.read(buffer, 0, readBytes, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

export const nodeReader: InputReader = {
  readFile: fileChunks,
  readStdin: () => process.stdin,
  async fetch(url): Promise<FetchedPage> {
    // The timeout covers the body too: a server that trickles bytes forever is cut off.
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_SECONDS * 1000), redirect: 'follow' });
    const mediaType = response.headers.get('content-type') ?? undefined;
    let refusal: InputError | undefined;
    if (!response.ok)
      refusal = new InputError(t('cli.reason.httpStatus', { status: `${response.status} ${response.statusText}`.trim() }));
    else if (mediaType && !PAGE_OR_TEXT.test(mediaType)) refusal = new InputError(t('cli.reason.notText', { mediaType }));
    if (refusal) {
      await response.body?.cancel();
      throw refusal;
    }
    const declared = Number.parseInt(response.headers.get('content-length') ?? '', 10);
    return { body: response.body ?? nothing(), mediaType, declaredBytes: Number.isNaN(declared) ? undefined : declared };
  },
};
