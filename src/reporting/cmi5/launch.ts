// The five query parameters a cmi5 LMS launches an assignable unit with (cmi5 section 8.1):
// where the LRS is, the one-time URL that hands out the session's credential, the learner, the
// registration and the AU's activity id. Read from the page's query string, in any order;
// anything malformed is refused, naming the parameter, so no statement goes out half-addressed.
import type { Agent } from '../xapi/statements';

export interface Cmi5Launch {
  /** The LRS endpoint, always ending in a slash so resources resolve under it. */
  endpoint: string;
  /** POSTed once for the session's auth token (section 8.2). */
  fetchUrl: string;
  /** The learner as the LMS names them: an Agent with an account (section 9.2). */
  actor: Agent;
  /** The learner's enrolment: a UUID, in every statement and state request. */
  registration: string;
  /** The AU as the LMS knows it: the object of every cmi5-defined statement. */
  activityId: string;
}

export const LAUNCH_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;
export type LaunchParameter = (typeof LAUNCH_PARAMETERS)[number];

export type LaunchRead = { ok: true; launch: Cmi5Launch } | { ok: false; parameter: LaunchParameter };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// An absolute IRI: a scheme, a colon, then something.
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** True when the query string carries every cmi5 launch parameter (well formed or not). */
export function looksLikeCmi5Launch(search: string): boolean {
  const query = new URLSearchParams(search);
  return LAUNCH_PARAMETERS.every((name) => query.has(name));
}

export function readCmi5Launch(search: string): LaunchRead {
  const query = new URLSearchParams(search);
  const endpoint = httpUrl(query.get('endpoint'));
  if (!endpoint) return { ok: false, parameter: 'endpoint' };
  const fetchUrl = httpUrl(query.get('fetch'));
  if (!fetchUrl) return { ok: false, parameter: 'fetch' };
  const actor = accountAgent(query.get('actor'));
  if (!actor) return { ok: false, parameter: 'actor' };
  const registration = query.get('registration') ?? '';
  if (!UUID.test(registration)) return { ok: false, parameter: 'registration' };
  const activityId = query.get('activityId') ?? '';
  if (!IRI.test(activityId)) return { ok: false, parameter: 'activityId' };
  return {
    ok: true,
    launch: { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, fetchUrl, actor, registration: registration.toLowerCase(), activityId },
  };
}

function httpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The actor parameter: JSON for an Agent identified by an account, kept as the LMS wrote it. */
function accountAgent(value: string | null): Agent | null {
  if (!value) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || (parsed.objectType !== undefined && parsed.objectType !== 'Agent')) return null;
  const { account, name } = parsed;
  if (!isRecord(account) || typeof account.homePage !== 'string' || typeof account.name !== 'string' || !httpUrl(account.homePage)) return null;
  if (name !== undefined && typeof name !== 'string') return null;
  return { objectType: 'Agent', ...(name === undefined ? {} : { name }), account: { homePage: account.homePage, name: account.name } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
