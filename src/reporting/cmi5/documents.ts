// The xAPI document resources a cmi5 AU uses beside statements: the State API (the LMS's
// LMS.LaunchData, and the AU's own state) and the Agent Profile API (the learner's
// preferences). JSON documents only, each request with the session's credential and a time
// limit, so a silent network never holds the game up.
import { XAPI_VERSION_HEADER, type Fetch, type Timers } from '../xapi/lrs-client';
import type { Agent } from '../xapi/statements';

export interface StateAddress {
  activityId: string;
  agent: Agent;
  registration: string;
  stateId: string;
}

export interface DocumentsOptions {
  /** The LRS endpoint, ending in a slash. */
  endpoint: string;
  /** The Authorization header value: `Basic <auth-token>`. */
  authorization: string;
  fetch: Fetch;
  timers: Timers;
  timeoutMs: number;
}

/** The LRS answered, but not with the document (a status other than 2xx or 404). */
export class DocumentError extends Error {
  constructor(
    readonly status: number,
    what: string,
  ) {
    super(`${what}: HTTP ${status}`);
    this.name = 'DocumentError';
  }
}

export class XapiDocuments {
  constructor(private readonly options: DocumentsOptions) {}

  /** The state document, parsed; null when there is none (404) or it is not JSON. */
  async getState(address: StateAddress): Promise<unknown> {
    return this.getJson('activities/state', stateQuery(address));
  }

  /** Writes the state document; `keepalive` lets the request outlive the page (leaving). */
  async putState(address: StateAddress, document: unknown, { keepalive = false }: { keepalive?: boolean } = {}): Promise<void> {
    await this.request('PUT', 'activities/state', stateQuery(address), JSON.stringify(document), keepalive);
  }

  /** The agent profile document, parsed; null when there is none (404) or it is not JSON. */
  async getAgentProfile(agent: Agent, profileId: string): Promise<unknown> {
    return this.getJson('agents/profile', { agent: JSON.stringify(agent), profileId });
  }

  private async getJson(resource: string, query: Record<string, string>): Promise<unknown> {
    const { status, body } = await this.request('GET', resource, query);
    if (status === 404) return null;
    try {
      return JSON.parse(body) as unknown;
    } catch {
      return null;
    }
  }

  private async request(method: 'GET' | 'PUT', resource: string, query: Record<string, string>, body?: string, keepalive = false): Promise<{ status: number; body: string }> {
    const { endpoint, authorization, fetch, timers, timeoutMs } = this.options;
    const url = new URL(`${resource}?${new URLSearchParams(query).toString()}`, endpoint);
    const controller = new AbortController();
    const timer = timers.setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetch(url.href, {
        method,
        headers: {
          Authorization: authorization,
          'X-Experience-API-Version': XAPI_VERSION_HEADER,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body }),
        cache: 'no-store',
        credentials: 'omit',
        keepalive,
        signal: controller.signal,
      });
      if (!response.ok && !(method === 'GET' && response.status === 404)) throw new DocumentError(response.status, `${method} ${resource}`);
      return { status: response.status, body: await response.text() };
    } finally {
      timers.clearTimeout(timer);
    }
  }
}

function stateQuery({ activityId, agent, registration, stateId }: StateAddress): Record<string, string> {
  return { activityId, agent: JSON.stringify(agent), registration, stateId };
}
