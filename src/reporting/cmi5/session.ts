// One cmi5 session: the launch's auth token, fetched once (the fetch URL answers once, cmi5
// section 8.2), and what the AU has said in the session so far. Kept in the page's session
// store under the fetch URL (unique to a launch), so a reload inside the LMS's frame carries
// on the same session without asking the fetch URL again, and a new launch starts afresh.
import * as z from 'zod/mini';
import { readKept, type KeyValueStore } from '../../engine/save';
import type { Fetch, Timers } from '../xapi/lrs-client';
import { Cmi5StartError } from './start-error';

export const sessionKey = (fetchUrl: string): string => `asymmetry:cmi5:session:${fetchUrl}`;

const recordSchema = z.object({
  token: z.string().check(z.minLength(1)),
  /** When initialized was sent (ISO 8601), null before. */
  initializedAt: z.nullable(z.string()),
  terminated: z.boolean(),
});
type SessionRecord = z.infer<typeof recordSchema>;

export interface SessionHost {
  fetch: Fetch;
  timers: Timers;
  /** sessionStorage in the browser: this tab's, gone when it closes. */
  sessionStore: KeyValueStore;
  timeoutMs: number;
}

export class Cmi5Session {
  private constructor(
    private readonly key: string,
    private readonly store: KeyValueStore,
    private record: SessionRecord,
  ) {}

  /** The session this launch already has in this tab, else a new one with a token from the fetch URL. */
  static async open(fetchUrl: string, host: SessionHost): Promise<Cmi5Session> {
    const key = sessionKey(fetchUrl);
    const kept = readRecord(host.sessionStore, key);
    if (kept) return new Cmi5Session(key, host.sessionStore, kept);
    const token = await fetchAuthToken(fetchUrl, host);
    const session = new Cmi5Session(key, host.sessionStore, { token, initializedAt: null, terminated: false });
    session.write();
    return session;
  }

  get authorization(): string {
    return `Basic ${this.record.token}`;
  }

  get initializedAt(): Date | null {
    return this.record.initializedAt === null ? null : new Date(this.record.initializedAt);
  }

  /** Terminated was sent: the session is over, nothing more may be said in it. */
  get terminated(): boolean {
    return this.record.terminated;
  }

  markInitialized(at: Date): void {
    this.record = { ...this.record, initializedAt: at.toISOString() };
    this.write();
  }

  markTerminated(): void {
    this.record = { ...this.record, terminated: true };
    this.write();
  }

  private write(): void {
    try {
      this.store.setItem(this.key, JSON.stringify(this.record));
    } catch {
      // Session storage refused: the session goes on in memory; a reload would ask the fetch URL again.
    }
  }
}

function readRecord(store: KeyValueStore, key: string): SessionRecord | null {
  return readKept(store, key, recordSchema);
}

/** POSTs the fetch URL (a GET could be cached) for the session's auth-token. */
async function fetchAuthToken(fetchUrl: string, { fetch, timers, timeoutMs }: SessionHost): Promise<string> {
  const controller = new AbortController();
  const timer = timers.setTimeout(() => controller.abort(), timeoutMs);
  let answer: unknown;
  try {
    const response = await fetch(fetchUrl, { method: 'POST', cache: 'no-store', credentials: 'omit', signal: controller.signal });
    if (!response.ok) throw new Cmi5StartError({ kind: 'unreachable' });
    answer = JSON.parse(await response.text());
  } catch (error) {
    if (error instanceof Cmi5StartError) throw error;
    // No answer, or one that is not JSON: the LMS is not answering as cmi5 says.
    throw new Cmi5StartError(error instanceof SyntaxError ? { kind: 'auth-token', errorCode: null } : { kind: 'unreachable' });
  } finally {
    timers.clearTimeout(timer);
  }
  const fields = typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : {};
  const token = fields['auth-token'];
  if (typeof token === 'string' && token !== '') return token;
  const code = fields['error-code'];
  throw new Cmi5StartError({ kind: 'auth-token', errorCode: typeof code === 'string' || typeof code === 'number' ? String(code) : null });
}
