// The plain-xAPI reporter: a run's statements (initialized, each choice answered, completed)
// to the LRS a launch link or the facilitator's settings name, through the outbox. The actor is
// the one the launch gives; otherwise an anonymous account on this site, a random name kept on
// the device: nothing about the person. Plain xAPI keeps no resume state (the device's own
// save resumes a run), so resumeCode is always null.
import * as z from 'zod/mini';
import type { KeyValueStore } from '../../engine/save';
import type { LrsSettings } from '../../settings/settings';
import type { Reporter } from '../reporter';
import { normalEndpoint } from '../../settings/lrs-endpoint';
import { authorizationFor, basicAuth, LrsClient } from './lrs-client';
import { outboxKey, StatementQueue } from './statement-queue';
import { choiceStatement, completedStatement, initializedStatement, type Agent, type NewId, type StatementOptions } from './statements';
import type { StatementHost } from './statement-host';
import { IRI_BASE } from './vocabulary';

/** Where this device's anonymous learner name is kept. */
export const LEARNER_KEY = 'asymmetry:xapi:learner';

export interface XapiConfig {
  /** The xAPI endpoint, normalised (http(s), ending in a slash). */
  endpoint: string;
  /** The Authorization header value, or null for none. */
  auth: string | null;
  /** The actor the launch named, or null for the device's anonymous account. */
  actor: Agent | null;
  registration: string | null;
  from: 'launch' | 'settings';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Plain xAPI's configuration, if this page has one: from the launch link (the TinCan/Rustici
 * parameters `endpoint`, `auth`, `actor`, `registration`), else from the settings (endpoint, key,
 * secret). Null when neither names an http(s) endpoint, and for a cmi5 launch (it has `fetch`).
 */
export function xapiConfigFrom(params: URLSearchParams, settings: LrsSettings): XapiConfig | null {
  if (params.has('fetch')) return null;
  const launched = params.get('endpoint');
  if (launched !== null) {
    const endpoint = normalEndpoint(launched);
    if (endpoint === null) return null;
    const auth = params.get('auth')?.trim() || null;
    const registration = params.get('registration')?.trim() ?? '';
    return {
      endpoint,
      auth: auth === null ? null : authorizationFor(auth),
      actor: actorFromLaunch(params.get('actor')),
      registration: UUID.test(registration) ? registration.toLowerCase() : null,
      from: 'launch',
    };
  }
  const endpoint = settings.lrsEndpoint ? normalEndpoint(settings.lrsEndpoint) : null;
  if (endpoint === null) return null;
  const auth = settings.lrsKey || settings.lrsSecret ? basicAuth(settings.lrsKey, settings.lrsSecret) : null;
  return { endpoint, auth, actor: null, registration: null, from: 'settings' };
}

// The TinCan launch's actor: xAPI's Agent, or the older form Rustici's launch links still use
// (each field a one-item array; an account as accountServiceHomePage and accountName).
const first = (value: unknown): unknown => (Array.isArray(value) ? (value as unknown[])[0] : value);
const text = z.string().check(z.minLength(1), z.maxLength(500));
const iri = z.url({ protocol: /^https?$/ });
const launchAgent = z.object({
  objectType: z.optional(z.literal('Agent')),
  name: z.optional(text),
  mbox: z.optional(z.string().check(z.regex(/^mailto:[^@\s]+@[^@\s]+$/))),
  mbox_sha1sum: z.optional(z.string().check(z.regex(/^[0-9a-f]{40}$/i))),
  openid: z.optional(iri),
  account: z.optional(z.object({ homePage: iri, name: text })),
});

/** The launch's actor as an xAPI Agent with exactly one identifier, or null if it is not one. */
export function actorFromLaunch(json: string | null): Agent | null {
  if (json === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const given = data as Record<string, unknown>;
  const account = first(given.account) as Record<string, unknown> | undefined;
  const parsed = launchAgent.safeParse({
    objectType: given.objectType,
    name: first(given.name),
    mbox: first(given.mbox),
    mbox_sha1sum: first(given.mbox_sha1sum),
    openid: first(given.openid),
    account:
      typeof account === 'object' && account !== null
        ? { homePage: account.homePage ?? account.accountServiceHomePage, name: account.name ?? account.accountName }
        : undefined,
  });
  if (!parsed.success) return null;
  const { name, mbox, mbox_sha1sum, openid, account: accountOf } = parsed.data;
  const identifiers = { mbox, mbox_sha1sum, openid, account: accountOf };
  const present = Object.entries(identifiers).filter(([, value]) => value !== undefined);
  if (present.length !== 1) return null;
  return { objectType: 'Agent', ...(name ? { name } : {}), ...Object.fromEntries(present) };
}

/**
 * This device's anonymous learner: an account on the page's own site, named by a random id
 * kept in `store` (a new one for this page only, if storage refuses it).
 */
export function anonymousActor(store: KeyValueStore, origin: string, newId: NewId): Agent {
  let name: string | null = null;
  try {
    name = store.getItem(LEARNER_KEY);
    if (!name) {
      name = newId();
      store.setItem(LEARNER_KEY, name);
    }
  } catch {
    name ??= newId();
  }
  // An account's home page must be an IRI: a page opened from a file has no origin to give.
  const homePage = /^https?:\/\//.test(origin) ? origin : IRI_BASE;
  return { objectType: 'Agent', account: { homePage, name } };
}

export interface XapiReporterHost extends StatementHost {
  /** The page's origin (location.origin): the anonymous account's home page. */
  origin: string;
}

export interface XapiReporter extends Reporter {
  readonly kind: 'xapi';
  readonly queue: StatementQueue;
}

export function createXapiReporter(config: XapiConfig, host: XapiReporterHost): XapiReporter {
  const client = new LrsClient({ endpoint: config.endpoint, auth: config.auth }, { fetch: host.fetch, timers: host.timers, timeoutMs: host.timeoutMs });
  const queue = new StatementQueue(outboxKey(client.endpoint), client, host, host.events);
  host.onOnline?.(() => queue.flush());
  const options: StatementOptions = {
    actor: config.actor ?? anonymousActor(host.store, host.origin, host.newId),
    context: { registration: config.registration },
    newId: host.newId,
  };
  return {
    kind: 'xapi',
    queue,
    resumeCode: () => Promise.resolve(null),
    started: (run, at) => queue.add([initializedStatement(run, at, options)]),
    choice: (report) => queue.add([choiceStatement(report, { ...options, leverOf: host.leverOf })]),
    ended: (report) => queue.add([completedStatement(report, options)]),
    leave: () => queue.leave(),
  };
}
