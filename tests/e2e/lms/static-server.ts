// A static file server for browser tests that mounts folders under URL paths, as an LMS or a
// school's web server would serve a package from somewhere deep. It answers only with files that
// exist (no fallback page that could hide a missing asset) and notes every request it could not.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wav': 'audio/wav',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  /** Every request answered 404, as `METHOD path`. */
  misses: string[];
  close(): Promise<void>;
}

/**
 * Serves each folder under its mount (`{ '/some/deep/folder/': 'dist' }`); a request for a
 * folder gets its index.html. Listens on a free port on the loopback address.
 */
export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const misses: string[] = [];
  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(response, 405);
    const file = fileFor(mounts, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      misses.push(`${request.method} ${request.url}`);
      return answer(response, 404);
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    if (request.method === 'HEAD') return response.end();
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    misses,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** The file a path names under one of the mounts, or null: never anything outside a mounted folder. */
function fileFor(mounts: Record<string, string>, pathname: string): string | null {
  for (const [mount, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(mount)) continue;
    const root = path.resolve(dir);
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(mount.length));
    } catch {
      return null;
    }
    let file = path.resolve(root, `./${relative}`);
    if (file !== root && !file.startsWith(root + path.sep)) return null;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
  }
  return null;
}

function answer(response: http.ServerResponse, status: number): void {
  response.writeHead(status, { 'content-type': 'text/plain' }).end(http.STATUS_CODES[status]);
}
