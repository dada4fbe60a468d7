/** A static server for the fixture pages, bound to 127.0.0.1 only: browsers under test reach nothing else. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Pages made by code rather than stored: path → HTML. */
export type GeneratedPages = Record<string, () => string | Promise<string>>;

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(generated: GeneratedPages = {}): Promise<FixtureServer> {
  const cache = new Map<string, string>();
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    try {
      const make = generated[path];
      if (make) {
        if (!cache.has(path)) cache.set(path, await make());
        response.writeHead(200, { 'content-type': CONTENT_TYPES['.html']!, 'cache-control': 'no-store' });
        response.end(cache.get(path));
        return;
      }
      const file = normalize(join(PAGES_DIR, path === '/' ? 'index.html' : path));
      if (!file.startsWith(PAGES_DIR)) throw new Error('outside the fixture folder');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
