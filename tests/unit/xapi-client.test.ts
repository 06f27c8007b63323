import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, LrsClient, LrsRequestError, type Fetch, type LrsProblem } from '../../src/reporting/xapi/lrs-client';
import { normalEndpoint } from '../../src/settings/lrs-endpoint';
import { buildStatement, verb, type Statement } from '../../src/reporting/xapi/statements';
import { startLrs, type RunningLrs } from '../support/lrs';
import { ManualTimers, settle } from '../support/manual-timers';

const actor = { objectType: 'Agent' as const, account: { homePage: 'https://school.example', name: 'learner-2' } };
const activity = `https://w3id.org/asymmetry/xapi/scenarios/client-test-${randomUUID()}`;

function statement(i: number, { registration, name = 'answered' }: { registration?: string; name?: 'answered' | 'completed' } = {}): Statement {
  return buildStatement(
    { verb: verb(name), object: { objectType: 'Activity', id: `${activity}/choice-points/${i}` }, parent: [{ objectType: 'Activity', id: activity }], at: new Date(Date.UTC(2026, 11, 7, 9, 0, i)) },
    { actor, context: { registration }, newId: randomUUID },
  );
}

const failure = (promise: Promise<unknown>): Promise<LrsRequestError> =>
  promise.then(
    () => {
      throw new Error('it succeeded');
    },
    (error: unknown) => {
      if (!(error instanceof LrsRequestError)) throw error;
      return error;
    },
  );

/** A fetch that records each request and answers `status` with `body`; like the page's, it refuses to be called as another object's method. */
function answering(status: number, body = '', headers: Record<string, string> = {}) {
  const seen: { url: string; init: RequestInit }[] = [];
  const fetch: Fetch = function (this: unknown, url, init) {
    if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
    seen.push({ url, init });
    return Promise.resolve(new Response(status === 204 ? null : body, { status, headers }));
  };
  return { fetch, seen };
}

const clientWith = (fetch: Fetch, timers = new ManualTimers()) =>
  new LrsClient({ endpoint: 'https://lrs.example/xapi', auth: basicAuth('key', 'secret') }, { fetch, timers, timeoutMs: 5_000 });

describe('the LRS client, on the wire', () => {
  it('posts statements as JSON with the xAPI version and the credential, sends no cookies, and keeps a request alive when asked', async () => {
    const { fetch, seen } = answering(200, '[]');
    await clientWith(fetch).postStatements([statement(1)], { keepalive: true });
    expect(seen).toHaveLength(1);
    const { url, init } = seen[0]!;
    expect(url).toBe('https://lrs.example/xapi/statements');
    expect(init).toMatchObject({
      method: 'POST',
      keepalive: true,
      credentials: 'omit',
      headers: { 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic a2V5OnNlY3JldA==', 'Content-Type': 'application/json' },
    });
    expect(JSON.parse(init.body as string)).toEqual([statement(1)].map((s) => ({ ...s, id: expect.any(String) })));
  });

  it('says what each failing answer means', async () => {
    const cases: [number, LrsProblem][] = [
      [400, 'refused'],
      [401, 'credential'],
      [403, 'credential'],
      [404, 'not-lrs'],
      [405, 'not-lrs'],
      [408, 'timeout'],
      [409, 'refused'],
      [413, 'refused'],
      [429, 'throttled'],
      [500, 'server'],
      [503, 'server'],
    ];
    for (const [status, problem] of cases) {
      const error = await failure(clientWith(answering(status, 'no').fetch).postStatements([statement(1)]));
      expect([error.problem, error.status]).toEqual([problem, status]);
    }
    const slowDown = await failure(clientWith(answering(429, '', { 'Retry-After': '3' }).fetch).postStatements([statement(1)]));
    expect(slowDown.retryAfterMs).toBe(3000);
    const unreachable = await failure(clientWith(() => Promise.reject(new TypeError('fetch failed'))).postStatements([statement(1)]));
    expect([unreachable.problem, unreachable.status]).toEqual(['unreachable', null]);
  });

  it('gives up on a request that takes longer than its timeout', async () => {
    const timers = new ManualTimers();
    const hanging: Fetch = (_, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const pending = failure(clientWith(hanging, timers).postStatements([statement(1)]));
    await settle();
    expect(timers.delays).toEqual([5_000]);
    timers.fire();
    expect((await pending).problem).toBe('timeout');
    expect(timers.delays).toEqual([]);
  });

  it('follows a `more` link only on the endpoint’s own server, and takes an answer that is not a page as not an LRS', async () => {
    const elsewhere = answering(200, '{"statements":[],"more":""}');
    expect((await failure(clientWith(elsewhere.fetch).more('https://other.example/xapi/statements?cursor=1'))).problem).toBe('not-lrs');
    expect(elsewhere.seen).toEqual([]);
    for (const body of ['<html>sign in</html>', '{"more":""}', '{"statements":{},"more":""}', '[]']) {
      expect((await failure(clientWith(answering(200, body).fetch).getStatements({}))).problem).toBe('not-lrs');
    }
  });

  it('encodes a key and secret as UTF-8 Basic credentials, and takes only http(s) endpoints', () => {
    expect(atob(basicAuth('clé', 'mot de passe').slice('Basic '.length))).toBe(String.fromCharCode(...new TextEncoder().encode('clé:mot de passe')));
    expect(normalEndpoint(' https://lrs.example/xapi?x=1#top ')).toBe('https://lrs.example/xapi/');
    expect(normalEndpoint('http://127.0.0.1:8080/xAPI/')).toBe('http://127.0.0.1:8080/xAPI/');
    for (const bad of ['ftp://lrs.example/', 'javascript:alert(1)', 'lrs.example/xapi', 'https://user:pass@lrs.example/', '']) expect(normalEndpoint(bad)).toBeNull();
  });
});

describe('the LRS client, against a real LRS', () => {
  let lrs: RunningLrs;
  let client: LrsClient;
  const registration = randomUUID();
  const sent = [statement(0), statement(1, { registration }), statement(2), statement(3, { registration, name: 'completed' }), statement(4)];
  beforeAll(async () => {
    lrs = await startLrs();
    client = new LrsClient({ endpoint: lrs.endpoint, auth: lrs.auth }, { fetch, timers: globalThis });
    // One at a time, a few milliseconds apart: each is stored at its own time, for `since`.
    for (const one of sent) {
      await client.postStatements([one]);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // The same statements again: the LRS keeps each once.
    await client.postStatements(sent);
  });
  afterAll(async () => {
    await lrs?.stop();
  });

  async function readAll(first: Promise<{ statements: unknown[]; more: string | null }>): Promise<{ ids: string[]; pages: number }> {
    let page = await first;
    const ids: string[] = [];
    let pages = 1;
    for (;;) {
      ids.push(...page.statements.map((s) => (s as { id: string }).id));
      if (!page.more) return { ids, pages };
      page = await client.more(page.more);
      pages++;
    }
  }

  it('reads an activity’s statements page by page, following `more`, each once', async () => {
    const { ids, pages } = await readAll(client.getStatements({ activity, relatedActivities: true, ascending: true, limit: 2 }));
    expect(ids).toEqual(sent.map((s) => s.id));
    expect(pages).toBe(3);
  });

  it('reads by registration, by verb, and since a time', async () => {
    expect((await readAll(client.getStatements({ activity, relatedActivities: true, registration, ascending: true }))).ids).toEqual([sent[1]!.id, sent[3]!.id]);
    expect((await readAll(client.getStatements({ activity, relatedActivities: true, verb: verb('completed').id }))).ids).toEqual([sent[3]!.id]);
    const all = await client.getStatements({ activity, relatedActivities: true, ascending: true });
    const third = all.statements[2] as { stored: string };
    const later = await readAll(client.getStatements({ activity, relatedActivities: true, ascending: true, since: third.stored }));
    expect(later.ids).toEqual(sent.slice(3).map((s) => s.id));
  });

  it('is told when it sends a statement that conflicts with one stored under the same id', async () => {
    const changed = { ...sent[0]!, timestamp: '2026-12-08T09:00:00.000Z' };
    const error = await failure(client.postStatements([changed]));
    expect([error.problem, error.status]).toEqual(['refused', 409]);
  });
});
