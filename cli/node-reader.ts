/** The scanner's real inputs: files, standard input and the network, read as streams so a size cap can stop them. */
import { createReadStream } from 'node:fs';
import { InputError } from './input-error.ts';
import { t } from './i18n.ts';
import { FETCH_TIMEOUT_SECONDS } from './limits.ts';
import type { FetchedPage, InputReader } from './read-input.ts';

const READ_CHUNK_BYTES = 1024 * 1024;
const PAGE_OR_TEXT = /^(text\/|application\/(xhtml\+)?xml)/i;

async function* nothing(): AsyncIterable<Uint8Array> {}

export const nodeReader: InputReader = {
  readFile: (path) => createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }),
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
