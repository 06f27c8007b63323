// A real learning record store for tests: Learning Locker's statements service (npm
// xapi-statements), in memory, as a child process on a free port. Start it once per test file
// (it takes a second or two); `stop` ends it, and it is ended with the test process whatever
// happens. Node only: Vitest files and Playwright's set-up both use it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SERVER = path.join(ROOT, 'node_modules', 'xapi-statements', 'dist', 'server.js');
// Generous: on a loaded machine the service takes several seconds to load.
const START_TIMEOUT_MS = 40_000;

export interface RunningLrs {
  /** The xAPI endpoint, ending in a slash: `${endpoint}statements` is the statements resource. */
  endpoint: string;
  port: number;
  /** An Authorization header the LRS accepts (its test auth takes any Basic credential). */
  auth: string;
  /** Every statement stored that matches `query` (xAPI GET parameters), oldest first, following `more`. */
  statements(query?: Record<string, string>): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

export const TEST_AUTH = `Basic ${Buffer.from('asymmetry:test').toString('base64')}`;

/** A port nobody is listening on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startLrs(): Promise<RunningLrs> {
  const port = await freePort();
  // The service writes its access logs under its working folder: a folder of its own, removed on stop.
  const folder = mkdtempSync(path.join(os.tmpdir(), 'asymmetry-lrs-'));
  const child = spawn(process.execPath, [SERVER], {
    cwd: folder,
    env: {
      ...process.env,
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      EXPRESS_PORT: String(port),
      WINSTON_CONSOLE_LEVEL: 'error',
      NODE_NO_WARNINGS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    running.delete(child);
    rmSync(folder, { recursive: true, force: true });
  };

  const origin = `http://127.0.0.1:${port}`;
  const endpoint = `${origin}/xAPI/`;
  try {
    await waitForAbout(endpoint, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, auth: TEST_AUTH, statements: (query = {}) => readAll(endpoint, query), stop };
}

async function waitForAbout(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the LRS exited (${child.exitCode}) before it answered:\n${output()}`);
    try {
      const response = await fetch(`${endpoint}about`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the LRS did not answer /xAPI/about within ${START_TIMEOUT_MS} ms:\n${output()}`);
}

async function readAll(endpoint: string, query: Record<string, string>): Promise<Record<string, unknown>[]> {
  const headers = { Authorization: TEST_AUTH, 'X-Experience-API-Version': '1.0.3' };
  const found: Record<string, unknown>[] = [];
  let url: URL | null = new URL(`statements?${new URLSearchParams({ ascending: 'true', ...query }).toString()}`, endpoint);
  while (url) {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`GET ${url.href}: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as { statements: Record<string, unknown>[]; more?: string };
    found.push(...page.statements);
    url = page.more ? new URL(page.more, endpoint) : null;
  }
  return found;
}
