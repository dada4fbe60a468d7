/** The scanner's real input and output: files, standard streams and the network. */
import { readFile } from 'node:fs/promises';
import type { CliIo } from './main.ts';

const FETCH_TIMEOUT_MS = 20_000;

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export const nodeIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  isTerminal: Boolean(process.stdout.isTTY),
  readFile: (path) => readFile(path),
  readStdin: () => readAll(process.stdin),
  async fetch(url) {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    const mediaType = response.headers.get('content-type') ?? undefined;
    if (mediaType && !/^(text\/|application\/(xhtml\+)?xml)/i.test(mediaType))
      throw new Error(`not a page or text (${mediaType})`);
    return { bytes: new Uint8Array(await response.arrayBuffer()), mediaType };
  },
};
