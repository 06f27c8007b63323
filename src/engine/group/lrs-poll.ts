// Reads a learning record store's statements API over and over while a session is live: every
// statement of the session's activity stored since the last read, following `more` page by
// page, then waits a few seconds and reads again; on an error it waits longer each time. The
// store itself is behind a StatementFeed (the HTTP client), the clock behind `wait`, so this is
// plain logic, tested without a network.

/** What a facilitator's live session reads: one activity (with related ones), perhaps one registration, from a time on. */
export interface StatementQuery {
  activity: string;
  registration: string | null;
  /** An ISO 8601 time: statements stored after it. */
  since: string | null;
}

/** One page of the statements API: its statements, and where the next page is (null on the last). */
export interface StatementPage {
  statements: readonly unknown[];
  more: string | null;
}

/** The statements API as the poll asks it (the shape of reporting/xapi/lrs-client.ts's LrsClient). */
export interface StatementFeed {
  getStatements(query: { activity: string; relatedActivities: true; ascending: true; registration?: string; since?: string }): Promise<StatementPage>;
  /** The page a `more` link names. */
  more(link: string): Promise<StatementPage>;
}

/** A failed read as the poll acts on it: what went wrong (in the feed's own terms), whether waiting may mend it, and how long the LRS asked to be left alone. */
export interface ReadFailure<P> {
  problem: P;
  passing: boolean;
  retryAfterMs: number | null;
}

export type PollState<P> =
  | { state: 'reading' }
  /** Read to the end; the next read is due in `nextInMs`. */
  | { state: 'live'; at: Date; nextInMs: number }
  /** The last `failures` reads failed; the next one is in `nextInMs`. */
  | { state: 'retrying'; problem: P; failures: number; nextInMs: number }
  /** Not reading: stopped by the facilitator, or by a problem waiting will not mend (a refused credential, an address that is not an LRS). */
  | { state: 'stopped'; problem: P | null };

export interface PollOptions<P> {
  /** Each page's statements, as they come. */
  onStatements: (statements: readonly unknown[]) => void;
  /** A read went to the last page: time to settle what it brought. */
  onRead: () => void;
  onState: (state: PollState<P>) => void;
  /** What an error means: the feed's own, or a MoreLoopError. */
  failure: (error: unknown) => ReadFailure<P>;
  wait: (ms: number) => Promise<void>;
  now: () => Date;
  intervalMs?: number;
  maxBackoffMs?: number;
}

/** Thrown (to `failure`) when `more` leads back to a page already read in the same read: not an LRS's paging. */
export class MoreLoopError extends Error {
  override name = 'MoreLoopError';
}

export const POLL_INTERVAL_MS = 5_000;
export const MAX_BACKOFF_MS = 60_000;
/**
 * Each read starts this long before the latest statement seen: a statement stored just before
 * another may become readable just after it. The overlap is read twice; statements are counted
 * once by their ids.
 */
export const SINCE_OVERLAP_MS = 10_000;
/** A read stops after this many pages and goes on from there next time (a `more` that never ends is not an LRS's). */
const MAX_PAGES_PER_READ = 200;

export class StatementPoll<P> {
  /** Counts starts and stops: a read that began before the latest one drops what it brings. */
  private run = 0;
  private live = false;
  /** The latest `stored` time seen, in ms. */
  private latestStored = Number.NEGATIVE_INFINITY;
  private readonly interval: number;
  private readonly maxBackoff: number;

  constructor(
    private readonly feed: StatementFeed,
    private readonly query: StatementQuery,
    private readonly options: PollOptions<P>,
  ) {
    this.interval = options.intervalMs ?? POLL_INTERVAL_MS;
    this.maxBackoff = options.maxBackoffMs ?? MAX_BACKOFF_MS;
  }

  get reading(): boolean {
    return this.live;
  }

  start(): void {
    if (this.live) return;
    this.live = true;
    void this.loop(++this.run);
  }

  stop(): void {
    this.halt(null);
  }

  private halt(problem: P | null): void {
    if (!this.live) return;
    this.live = false;
    this.run++;
    this.options.onState({ state: 'stopped', problem });
  }

  /** Where the next read starts: the session's own start, or just before the latest statement seen. */
  private since(): string | null {
    const start = this.query.since === null ? Number.NEGATIVE_INFINITY : Date.parse(this.query.since);
    const from = Math.max(start, this.latestStored - SINCE_OVERLAP_MS);
    return Number.isFinite(from) ? new Date(from).toISOString() : this.query.since;
  }

  private async loop(run: number): Promise<void> {
    let failures = 0;
    while (run === this.run) {
      let nextInMs: number;
      try {
        this.options.onState({ state: 'reading' });
        if (!(await this.readAll(run))) return;
        failures = 0;
        nextInMs = this.interval;
        this.options.onState({ state: 'live', at: this.options.now(), nextInMs });
      } catch (error) {
        if (run !== this.run) return;
        const failure = this.options.failure(error);
        if (!failure.passing) {
          // Waiting does not mend it; asking again with a refused credential may even lock the account.
          this.halt(failure.problem);
          return;
        }
        failures++;
        nextInMs = Math.max(Math.min(this.interval * 2 ** failures, this.maxBackoff), Math.min(failure.retryAfterMs ?? 0, this.maxBackoff));
        this.options.onState({ state: 'retrying', problem: failure.problem, failures, nextInMs });
      }
      await this.options.wait(nextInMs);
    }
  }

  /** Reads every page there is now; false if the poll was stopped meanwhile (what came is dropped). */
  private async readAll(run: number): Promise<boolean> {
    const since = this.since();
    const { activity, registration } = this.query;
    let page = await this.feed.getStatements({ activity, relatedActivities: true, ascending: true, ...(registration === null ? {} : { registration }), ...(since === null ? {} : { since }) });
    const links = new Set<string>();
    for (let pages = 1; ; pages++) {
      if (run !== this.run) return false;
      this.take(page.statements);
      if (!page.more || pages === MAX_PAGES_PER_READ) break;
      if (links.has(page.more)) throw new MoreLoopError(page.more);
      links.add(page.more);
      page = await this.feed.more(page.more);
    }
    this.options.onRead();
    return true;
  }

  private take(statements: readonly unknown[]): void {
    for (const statement of statements) {
      const stored = typeof statement === 'object' && statement !== null ? (statement as { stored?: unknown }).stored : undefined;
      const at = typeof stored === 'string' ? Date.parse(stored) : Number.NaN;
      if (Number.isFinite(at)) this.latestStored = Math.max(this.latestStored, at);
    }
    this.options.onStatements(statements);
  }
}
