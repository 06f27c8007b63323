// A tiny static file server for the benchmarks. Both players are served the same way (no
// caching, loopback only, compressed only on request) so that the only difference between
// them is what they load and run. Written here rather than using `vite preview` to keep the
// two servers identical and free of dev-time middleware.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
  '.webm': 'audio/webm',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** Origin with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Gzip text files for a client that accepts it, as any real host does (off: sizes as built). */
  gzip?: boolean;
}

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/** Serves `dir` on 127.0.0.1 at an ephemeral port; `/` and directories map to index.html. */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const rootDir = path.resolve(dir);
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveFile(rootDir, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const gzip = options.gzip === true && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? zlib.gzipSync(fs.readFileSync(file)) : null;
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body ? body.length : fs.statSync(file).size,
      ...(body ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      // Every load must fetch everything: a fresh context already has an empty cache, this
      // makes sure nothing is kept between loads by any other means.
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else if (body) res.end(body);
    else fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive sockets from the browser would otherwise hold the server open.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Maps a request URL to a file inside rootDir, or null (missing, or outside the root). */
function resolveFile(rootDir: string, requestUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return null;
  }
  let file = path.join(rootDir, pathname);
  if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}
