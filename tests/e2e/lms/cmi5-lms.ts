// A small cmi5 LMS for tests, in front of a real LRS. It serves the unzipped course package
// (through the static server), reads the AUs from its cmi5.xml and launches one as an LMS does
// (cmi5 sections 8 to 11): writes LMS.LaunchData, records "launched" in the LRS itself, then
// gives the launch URL (endpoint, a one-time fetch URL, actor, registration, its own activity
// id). It answers the fetch URL once per session (then cmi5's error 1), keeps the State API and
// the learner preferences in memory, and passes /xAPI/statements on to the LRS for any session's
// token (401 otherwise). All on one origin, as the AU is served by the LMS. Node only.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { RunningLrs } from '../../support/lrs';
import { serveStatic, type StaticServer } from './static-server';

export const CMI5 = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  categoryCmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  categoryMoveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  launchMode: 'https://w3id.org/xapi/cmi5/context/extensions/launchmode',
  launchUrl: 'https://w3id.org/xapi/cmi5/context/extensions/launchurl',
  moveOn: 'https://w3id.org/xapi/cmi5/context/extensions/moveon',
} as const;

export interface Agent {
  objectType: 'Agent';
  name?: string;
  account: { homePage: string; name: string };
}

/** An AU as cmi5.xml describes it. */
export interface CourseAu {
  /** The publisher's id: the AU's id attribute. */
  id: string;
  url: string;
  moveOn: string;
  launchParameters: string | null;
}

export interface LaunchOptions {
  au: CourseAu;
  actor: Agent;
  registration: string;
  launchMode?: 'Normal' | 'Browse' | 'Review';
  returnUrl?: string;
}

export interface Launch {
  /** The AU's launch URL with cmi5's five parameters. */
  url: string;
  /** The LMS page that shows the AU in a frame. */
  playerUrl: string;
  sessionId: string;
  /** The activity id the LMS made for the AU (never the publisher's id). */
  activityId: string;
  launchedStatementId: string;
}

interface Session {
  sessionId: string;
  token: string;
  fetchKey: string;
  fetched: number;
}

export interface Cmi5Lms {
  origin: string;
  aus: CourseAu[];
  launch(options: LaunchOptions): Promise<Launch>;
  /** Every POST to a fetch URL: the session's id and whether it was given the token or cmi5's error. */
  fetches: { sessionId: string; answer: 'token' | 'error' }[];
  /** Statement requests passed on to the LRS, as `METHOD status`. */
  statementRequests: string[];
  /** The State API document, parsed, or undefined if none. */
  state(activityId: string, actor: Agent, registration: string, stateId: string): unknown;
  setPreferences(actor: Agent, preferences: { languagePreference?: string; audioPreference?: 'on' | 'off' }): void;
  /** Requests for the package's files that found none. */
  misses: string[];
  close(): Promise<void>;
}

/** The AUs of a cmi5.xml course structure. */
export function courseAus(cmi5Xml: string): CourseAu[] {
  const doc = new DOMParser().parseFromString(cmi5Xml, 'text/xml');
  return [...doc.getElementsByTagName('au')].map((au) => {
    const text = (name: string) => au.getElementsByTagName(name)[0]?.textContent?.trim() ?? null;
    return { id: au.getAttribute('id') ?? '', url: text('url') ?? '', moveOn: au.getAttribute('moveOn') ?? 'NotApplicable', launchParameters: text('launchParameters') };
  });
}

const agentKey = (agent: unknown): string => {
  const account = (agent as Partial<Agent> | null)?.account;
  return account ? `${account.homePage}|${account.name}` : JSON.stringify(agent);
};

/** Serves `packageDir` (holding cmi5.xml) as the LMS does, with `lrs` behind it, on `port` (0: any free one). */
export async function startCmi5Lms(packageDir: string, lrs: RunningLrs, port = 0): Promise<Cmi5Lms> {
  const aus = courseAus(fs.readFileSync(path.join(packageDir, 'cmi5.xml'), 'utf8'));
  const files: StaticServer = await serveStatic({ '/course/': packageDir });
  const sessions = new Map<string, Session>();
  const documents = new Map<string, string>();
  const fetches: Cmi5Lms['fetches'] = [];
  const statementRequests: string[] = [];
  let origin = '';

  const stateKey = (activityId: string, agent: unknown, registration: string, stateId: string) => JSON.stringify(['state', activityId, agentKey(agent), registration, stateId]);
  const profileKey = (agent: unknown, profileId: string) => JSON.stringify(['profile', agentKey(agent), profileId]);
  const sessionOf = (request: http.IncomingMessage) => [...sessions.values()].find((s) => request.headers.authorization === `Basic ${s.token}`);

  const server = http.createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', origin);
      const body = await readBody(request);
      if (url.pathname.startsWith('/lms/fetch/')) return answerFetch(url, request, response);
      if (url.pathname === '/lms/player') return answerPlayer(url, response);
      if (url.pathname.startsWith('/xAPI/')) {
        if (!sessionOf(request)) return send(response, 401, 'text/plain', 'no session has this token');
        if (url.pathname === '/xAPI/activities/state') return answerDocument(request, response, body, stateDocumentKey(url));
        if (url.pathname === '/xAPI/agents/profile') return answerDocument(request, response, body, profileKey(parseJson(url.searchParams.get('agent')), url.searchParams.get('profileId') ?? ''));
        if (url.pathname === '/xAPI/statements' || url.pathname === '/xAPI/about') return passOn(url, request, response, body);
        return send(response, 404, 'text/plain', 'not here');
      }
      return passToFiles(request, response);
    })().catch((error: unknown) => send(response, 500, 'text/plain', String(error)));
  });

  function stateDocumentKey(url: URL): string {
    const q = url.searchParams;
    return stateKey(q.get('activityId') ?? '', parseJson(q.get('agent')), q.get('registration') ?? '', q.get('stateId') ?? '');
  }

  function answerFetch(url: URL, request: http.IncomingMessage, response: http.ServerResponse): void {
    const session = [...sessions.values()].find((s) => url.pathname === `/lms/fetch/${s.fetchKey}`);
    if (request.method !== 'POST') return send(response, 405, 'text/plain', 'POST only');
    if (!session) return json(response, 200, { 'error-code': '2', 'error-text': 'Unknown fetch URL.' });
    session.fetched++;
    const first = session.fetched === 1;
    fetches.push({ sessionId: session.sessionId, answer: first ? 'token' : 'error' });
    // cmi5 8.2.3: a fetch URL gives its token once; later calls get error 1, still with status 200.
    json(response, 200, first ? { 'auth-token': session.token } : { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
  }

  function answerPlayer(url: URL, response: http.ServerResponse): void {
    const launch = url.searchParams.get('launch') ?? '';
    // No icon of its own: the browser would ask the LMS for /favicon.ico, which no package holds.
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><iframe id="au" title="Course unit" style="width:100vw;height:100vh;border:0"></iframe>
<script>document.getElementById('au').src = ${JSON.stringify(launch).replace(/</g, '\\u003c')};</script></body></html>`;
    send(response, 200, 'text/html; charset=utf-8', page);
  }

  function answerDocument(request: http.IncomingMessage, response: http.ServerResponse, body: Buffer, key: string): void {
    switch (request.method) {
      case 'GET': {
        const kept = documents.get(key);
        return kept === undefined ? send(response, 404, 'text/plain', 'no document') : send(response, 200, 'application/json', kept);
      }
      case 'PUT':
        documents.set(key, body.toString('utf8'));
        return send(response, 204);
      case 'POST': {
        const merged = { ...(parseJson(documents.get(key) ?? '{}') as object), ...(parseJson(body.toString('utf8')) as object) };
        documents.set(key, JSON.stringify(merged));
        return send(response, 204);
      }
      case 'DELETE':
        documents.delete(key);
        return send(response, 204);
      default:
        return send(response, 405, 'text/plain', 'no');
    }
  }

  async function passOn(url: URL, request: http.IncomingMessage, response: http.ServerResponse, body: Buffer): Promise<void> {
    const target = new URL(url.pathname.slice('/xAPI/'.length) + url.search, lrs.endpoint);
    const headers: Record<string, string> = { Authorization: lrs.auth, 'X-Experience-API-Version': String(request.headers['x-experience-api-version'] ?? '1.0.3') };
    if (request.headers['content-type']) headers['Content-Type'] = request.headers['content-type'];
    const answer = await fetch(target, { method: request.method, headers, ...(body.length ? { body: body.toString('utf8') } : {}) });
    const text = await answer.text();
    if (url.pathname === '/xAPI/statements') statementRequests.push(`${request.method} ${answer.status}`);
    send(response, answer.status, answer.headers.get('content-type') ?? 'application/json', text);
  }

  async function passToFiles(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const answer = await fetch(files.origin + (request.url ?? '/'), { method: request.method });
    const bytes = Buffer.from(await answer.arrayBuffer());
    send(response, answer.status, answer.headers.get('content-type') ?? 'application/octet-stream', bytes);
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    aus,
    fetches,
    statementRequests,
    misses: files.misses,
    async launch({ au, actor, registration, launchMode = 'Normal', returnUrl }) {
      const session: Session = { sessionId: randomUUID(), token: randomBytes(18).toString('base64'), fetchKey: randomBytes(12).toString('hex'), fetched: 0 };
      sessions.set(session.sessionId, session);
      // The LMS's own id for the AU, the same on every launch (cmi5 8.1.5), never the publisher's.
      const activityId = `${origin}/lms/activities/${encodeURIComponent(au.id)}`;
      const auUrl = new URL(au.url, `${origin}/course/`);
      const grouping = [{ objectType: 'Activity', id: au.id }];
      const launchData = {
        contextTemplate: { contextActivities: { grouping }, extensions: { [CMI5.sessionId]: session.sessionId } },
        launchMode,
        moveOn: au.moveOn,
        ...(au.launchParameters ? { launchParameters: au.launchParameters } : {}),
        ...(returnUrl ? { returnURL: returnUrl } : {}),
      };
      documents.set(stateKey(activityId, actor, registration, 'LMS.LaunchData'), JSON.stringify(launchData));

      const launched = {
        id: randomUUID(),
        actor,
        verb: { id: CMI5.launched, display: { 'en-US': 'launched' } },
        object: { objectType: 'Activity', id: activityId },
        context: {
          registration,
          contextActivities: { category: [{ objectType: 'Activity', id: CMI5.categoryCmi5 }], grouping },
          extensions: { [CMI5.sessionId]: session.sessionId, [CMI5.launchMode]: launchMode, [CMI5.launchUrl]: auUrl.href, [CMI5.moveOn]: au.moveOn },
        },
        timestamp: new Date().toISOString(),
      };
      const posted = await fetch(new URL('statements', lrs.endpoint), {
        method: 'POST',
        headers: { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
        body: JSON.stringify(launched),
      });
      if (!posted.ok) throw new Error(`the LRS refused launched: ${posted.status} ${await posted.text()}`);

      const params = new URLSearchParams({
        endpoint: `${origin}/xAPI/`,
        fetch: `${origin}/lms/fetch/${session.fetchKey}`,
        actor: JSON.stringify(actor),
        registration,
        activityId,
      });
      auUrl.search += (auUrl.search ? '&' : '') + params.toString();
      return { url: auUrl.href, playerUrl: `${origin}/lms/player?${new URLSearchParams({ launch: auUrl.href }).toString()}`, sessionId: session.sessionId, activityId, launchedStatementId: launched.id };
    },
    state(activityId, actor, registration, stateId) {
      const kept = documents.get(stateKey(activityId, actor, registration, stateId));
      return kept === undefined ? undefined : parseJson(kept);
    },
    setPreferences(actor, preferences) {
      documents.set(profileKey(actor, 'cmi5LearnerPreferences'), JSON.stringify(preferences));
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await files.close();
    },
  };
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function parseJson(text: string | null): unknown {
  try {
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

function send(response: http.ServerResponse, status: number, type?: string, body?: string | Buffer): void {
  response.writeHead(status, { ...(type ? { 'content-type': type } : {}), 'cache-control': 'no-store' });
  response.end(body);
}

function json(response: http.ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json', JSON.stringify(value));
}
