// A network that fails on purpose, between the game and a real LRS: an HTTP proxy that passes
// requests on, or answers 503, or passes a request on and then never answers (the LRS has it,
// the game hears nothing), or passes it on and answers 503 anyway (the answer lost), or stops
// listening altogether (connections refused), until told to pass again. It records every
// statements request it was sent, with the statement ids in it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type Fault =
  /** Pass every request on, and its answer back. */
  | 'none'
  /** Answer 503 without passing the request on. */
  | 'unavailable'
  /** Answer 429, Retry-After 0, without passing the request on. */
  | 'throttled'
  /** Pass the request on, then answer 503: the LRS stored it, the game was told it failed. */
  | 'lost-answer'
  /** Pass the request on, then never answer: the game's timeout has to end it. */
  | 'hang'
  /** Stop listening: every connection is refused. */
  | 'refuse';

export interface ProxiedRequest {
  method: string;
  path: string;
  /** The ids of the statements POSTed, in order. */
  ids: string[];
  fault: Fault;
}

export interface FaultyProxy {
  /** The xAPI endpoint through the proxy, ending in a slash. */
  endpoint: string;
  requests: ProxiedRequest[];
  /** Applies `fault` to the requests from now on (resolves once the proxy listens, or has stopped, as it says). */
  setFault(fault: Fault): Promise<void>;
  close(): Promise<void>;
}

/** A proxy in front of the LRS at `target` (an endpoint like http://127.0.0.1:port/xAPI/). */
export async function startFaultyProxy(target: string): Promise<FaultyProxy> {
  const origin = new URL(target).origin;
  let fault: Fault = 'none';
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    void handle(request, response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const now = fault;
    requests.push({ method: request.method ?? '', path: request.url ?? '', ids: idsIn(request, body), fault: now });
    if (now === 'unavailable') return void response.writeHead(503).end('unavailable');
    if (now === 'throttled') return void response.writeHead(429, { 'Retry-After': '0' }).end('slow down');
    const passed = await pass(request, body);
    if (now === 'lost-answer') return void response.writeHead(503).end('lost');
    if (now === 'hang') {
      hanging.add(response);
      return;
    }
    response.writeHead(passed.status, { 'Content-Type': passed.type, 'Access-Control-Allow-Origin': '*' }).end(passed.body);
  }

  async function pass(request: IncomingMessage, body: Buffer): Promise<{ status: number; type: string; body: string }> {
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'content-type', 'x-experience-api-version']) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const answer = await fetch(`${origin}${request.url ?? '/'}`, {
      method: request.method ?? 'GET',
      headers,
      ...(body.length ? { body: new Uint8Array(body) } : {}),
    });
    return { status: answer.status, type: answer.headers.get('content-type') ?? 'text/plain', body: await answer.text() };
  }

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      for (const response of hanging) response.destroy();
      hanging.clear();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });

  await listen(0);
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the proxy has no port');
  const port = address.port;
  const path = new URL(target).pathname;

  return {
    endpoint: `http://127.0.0.1:${port}${path}`,
    requests,
    async setFault(next) {
      const wasRefusing = fault === 'refuse';
      fault = next;
      if (next === 'refuse' && !wasRefusing) await stopListening();
      if (next !== 'refuse' && wasRefusing) await listen(port);
    },
    async close() {
      if (fault !== 'refuse') await stopListening();
    },
  };
}

function idsIn(request: IncomingMessage, body: Buffer): string[] {
  if (request.method !== 'POST') return [];
  try {
    const data = JSON.parse(body.toString()) as unknown;
    const statements = Array.isArray(data) ? data : [data];
    return statements.map((s) => String((s as { id?: unknown }).id));
  } catch {
    return [];
  }
}
