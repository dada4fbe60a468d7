/** URLs over a real connection (a server on 127.0.0.1): the cap stops a stream that never ends. */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runCli, type CliIo } from '../../../cli/main.ts';
import { nodeReader } from '../../../cli/input/node-reader.ts';
import type { RecordedRun } from './fake-io.ts';

const CHUNK = Buffer.alloc(256 * 1024, 'a');
const endless = { bytesSent: 0, closed: false };

/** Writes CHUNKs as fast as the client reads them, until it hangs up. */
function streamForever(response: ServerResponse) {
  response.writeHead(200, { 'content-type': 'text/plain' });
  response.on('close', () => {
    endless.closed = true;
  });
  const write = () => {
    while (!response.destroyed && response.write(CHUNK)) endless.bytesSent += CHUNK.length;
    if (!response.destroyed) endless.bytesSent += CHUNK.length;
  };
  response.on('drain', write);
  write();
}

const server = createServer((request, response) => {
  if (request.url === '/endless') streamForever(response);
  else if (request.url === '/announced') {
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(3 * 1024 ** 3) });
    response.write('<html>');
  } else if (request.url === '/image') {
    response.writeHead(200, { 'content-type': 'image/png' }).end('PNG');
  } else if (request.url === '/article') {
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Critics say the road is unsafe.');
  } else response.writeHead(404).end();
});
let origin = '';

beforeAll(async () => {
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function scanUrls(paths: string[]): Promise<RecordedRun> {
  const record: RecordedRun = { code: -1, stdout: [], stderr: [], progress: [] };
  const io: CliIo = {
    ...nodeReader,
    stdout: (text) => record.stdout.push(text),
    stderr: (text) => record.stderr.push(text),
    isTerminal: false,
    cores: 1,
  };
  record.code = await runCli(['scan', ...paths.map((path) => `${origin}${path}`)], io);
  return record;
}

test('a URL that streams without end is cut off past 50 MB and its connection closed; the next URL is scanned', async () => {
  const run = await scanUrls(['/endless', '/article']);
  expect(run.stderr).toEqual([expect.stringMatching(/\/endless: larger than 50 MB/)]);
  expect(run.stdout).toHaveLength(1);
  await expect.poll(() => endless.closed).toBe(true);
  // What the server got out before the client hung up: the cap, plus what sockets buffer.
  expect(endless.bytesSent).toBeLessThan(60 * 1024 * 1024);
}, 20_000);

test.each([
  ['/announced', /announced: larger than 50 MB/],
  ['/image', /image: not a page or text \(image\/png\)/],
  ['/gone', /gone: the server answered HTTP 404 Not Found/],
])('%s: refused with what is wrong', async (path, message) => {
  const run = await scanUrls([path]);
  expect(run.code).toBe(1);
  expect(run.stderr).toEqual([expect.stringMatching(message)]);
});
