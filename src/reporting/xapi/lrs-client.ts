// The HTTP side of xAPI: statements posted to a learning record store and read back from it.
// fetch and the timers are injected (the page's in the app, Node's in tests); every request
// names xAPI 1.0.3, carries the launch's credential, and gives up after a timeout. A failure
// is one LrsRequestError whose `problem` says what the caller can do about it.
import type { Statement } from './statements';
import { normalEndpoint } from '../../settings/lrs-endpoint';

export const XAPI_VERSION_HEADER = '1.0.3';
export const DEFAULT_TIMEOUT_MS = 20_000;

/** The part of the page's timers the reporting needs: pass `window` (or `globalThis`); its methods are called on it. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The part of fetch the client uses. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface LrsConnection {
  /** The xAPI endpoint (the statements resource is `statements` under it). */
  endpoint: string;
  /** The whole Authorization header value ("Basic ..."), or null to send none. */
  auth: string | null;
}

export interface LrsClientHost {
  fetch: Fetch;
  timers: Timers;
  timeoutMs?: number;
}

/**
 * Why a request failed, as the caller can act on it: the LRS could not be reached, took too
 * long (or answered 408), asked to slow down (429), failed itself (5xx): all worth retrying;
 * it refused the credential (401, 403), is not an LRS's statements API (404, 405, or an answer
 * that is not one), or refused what was sent (any other 4xx: the statement itself is at fault).
 */
export type LrsProblem = 'unreachable' | 'timeout' | 'throttled' | 'server' | 'credential' | 'not-lrs' | 'refused';

export class LrsRequestError extends Error {
  override name = 'LrsRequestError';
  constructor(
    readonly problem: LrsProblem,
    /** The HTTP status, null when there was no answer. */
    readonly status: number | null = null,
    /** How long the LRS asked to be left alone (Retry-After), if it said. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(status === null ? problem : `${problem} (${status})`);
  }
}

/** Worth asking again later: the request or the LRS failed, not what was sent. */
export const isPassing = (problem: LrsProblem): boolean => problem === 'unreachable' || problem === 'timeout' || problem === 'throttled' || problem === 'server';

/** The statements API's GET parameters the game reads with. */
export interface StatementsQuery {
  /** An activity IRI; with relatedActivities, statements about anything under it in context too. */
  activity?: string;
  relatedActivities?: boolean;
  registration?: string;
  verb?: string;
  /** ISO 8601: statements stored after it. */
  since?: string;
  until?: string;
  limit?: number;
  ascending?: boolean;
}

/** One page of statements, and the next page's link (resolved against the endpoint), null on the last. */
export interface StatementsPage {
  statements: unknown[];
  more: string | null;
}

/** The Authorization header for a token as launch links and LRSs hand them out: a whole header, or a bare Basic token. */
export function authorizationFor(token: string): string {
  return token.includes(' ') ? token : `Basic ${token}`;
}

/** An Authorization header for a key and secret (UTF-8, as RFC 7617 allows). */
export function basicAuth(key: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${key}:${secret}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

export class LrsClient {
  readonly endpoint: string;
  private readonly auth: string | null;
  private readonly timeoutMs: number;

  constructor(
    connection: LrsConnection,
    private readonly host: LrsClientHost,
  ) {
    const endpoint = normalEndpoint(connection.endpoint);
    if (endpoint === null) throw new Error(`not an http(s) xAPI endpoint: ${connection.endpoint}`);
    this.endpoint = endpoint;
    this.auth = connection.auth;
    this.timeoutMs = host.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** Stores statements (ids already set: posting one again is harmless, the LRS keeps it once). */
  async postStatements(statements: readonly Statement[], { keepalive = false }: { keepalive?: boolean } = {}): Promise<void> {
    await this.request(this.statementsUrl(), {
      method: 'POST',
      headers: { ...this.headers(), 'Content-Type': 'application/json' },
      body: JSON.stringify(statements),
      keepalive,
    });
  }

  /** The first page of statements matching `query`. */
  getStatements(query: StatementsQuery): Promise<StatementsPage> {
    const url = this.statementsUrl();
    for (const [name, value] of Object.entries(query) as [keyof StatementsQuery, StatementsQuery[keyof StatementsQuery]][]) {
      if (value !== undefined) url.searchParams.set(name === 'relatedActivities' ? 'related_activities' : name, String(value));
    }
    return this.page(url);
  }

  /** The page a `more` link names. Only on the endpoint's own server: the credential goes nowhere else. */
  more(link: string): Promise<StatementsPage> {
    let url: URL;
    try {
      url = new URL(link, this.endpoint);
    } catch {
      return Promise.reject(new LrsRequestError('not-lrs'));
    }
    if (url.origin !== new URL(this.endpoint).origin) return Promise.reject(new LrsRequestError('not-lrs'));
    return this.page(url);
  }

  private statementsUrl(): URL {
    return new URL('statements', this.endpoint);
  }

  private headers(): Record<string, string> {
    return { 'X-Experience-API-Version': XAPI_VERSION_HEADER, ...(this.auth ? { Authorization: this.auth } : {}) };
  }

  private async page(url: URL): Promise<StatementsPage> {
    const body = await this.request(url, { method: 'GET', headers: this.headers(), cache: 'no-store' });
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      throw new LrsRequestError('not-lrs');
    }
    const page = typeof data === 'object' && data !== null ? (data as { statements?: unknown; more?: unknown }) : {};
    if (!Array.isArray(page.statements) || (page.more !== undefined && typeof page.more !== 'string')) throw new LrsRequestError('not-lrs');
    return { statements: page.statements as unknown[], more: page.more ? new URL(page.more, this.endpoint).href : null };
  }

  /** The answer's body, read within the timeout; a failure as an LrsRequestError. */
  private async request(url: URL, init: RequestInit): Promise<string> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = this.host.timers.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    try {
      // Called on its own, not as the host's method: the page's fetch refuses any other `this`.
      const fetch = this.host.fetch;
      const response = await fetch(url.href, { ...init, credentials: 'omit', signal: controller.signal });
      const body = await response.text();
      if (response.ok) return body;
      throw new LrsRequestError(problemOf(response.status), response.status, retryAfterMs(response.headers.get('Retry-After')));
    } catch (error) {
      if (error instanceof LrsRequestError) throw error;
      throw new LrsRequestError(timedOut ? 'timeout' : 'unreachable');
    } finally {
      this.host.timers.clearTimeout(timer);
    }
  }
}

function problemOf(status: number): LrsProblem {
  if (status === 401 || status === 403) return 'credential';
  if (status === 404 || status === 405) return 'not-lrs';
  if (status === 408) return 'timeout';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server';
  if (status >= 400) return 'refused';
  return 'not-lrs';
}

/** Retry-After in seconds (the form LRSs use); a date or anything else is ignored. */
function retryAfterMs(header: string | null): number | null {
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  return Number(header.trim()) * 1000;
}
