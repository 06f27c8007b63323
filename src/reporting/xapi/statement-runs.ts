// The reading side of Asymmetry's xAPI: statements fetched from a learning record store, turned
// back into runs. Every choice statement carries the run so far (EXTENSIONS.run: attempt, seed,
// code); the runs are told apart by registration (cmi5) and attempt. Anything else the LRS
// holds (other activities, cmi5's own statements, damaged or hostile ones) is counted, never
// trusted: a statement only ever gives a run code, and the code is replayed.
import { MoreLoopError, StatementPoll, type PollState, type ReadFailure, type StatementFeed, type StatementQuery } from '../../engine/group/lrs-poll';
import type { LrsCredential } from '../../engine/group/lrs-remembered';
import { LiveRuns, type LiveSummary } from '../../engine/group/lrs-runs';
import type { ItemOutcome, RunCollector } from '../../engine/group/run-collector';
import { authorizationFor, basicAuth, isPassing, LrsRequestError, type LrsProblem } from './lrs-client';
import { activityIri, EXTENSIONS } from './vocabulary';

/** Longer than any attempt id or registration the game writes (UUIDs). */
const MAX_ID_CHARS = 200;

/** What one statement is to the group picture. */
export type StatementRead =
  /** A report of a run of this scenario: its code so far. */
  | { kind: 'run'; id: string; run: string; code: string }
  /** A statement, but not one of this scenario's runs (another activity, another registration, or no run in it). */
  | { kind: 'elsewhere'; id: string }
  /** Not a statement that can be read (no id, or a run told with the wrong types). */
  | { kind: 'unreadable' };

export interface StatementCounts {
  /** Statements read, each counted once. */
  read: number;
  /** Statements met again (the LRS pages overlap, or the same one came twice). */
  again: number;
  /** Reports of this scenario's runs. */
  runs: number;
  /** Statements about something else: not a mistake, just not a run of this scenario. */
  elsewhere: number;
  /** Statements that could not be read, including run codes that are not codes. */
  unreadable: number;
  /** Reports of runs beyond the most a session keeps (lrs-runs.ts MAX_LIVE_RUNS), left out. */
  overLimit: number;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const shortString = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_CHARS;

/**
 * Reads one statement as a report of a run of `scenarioId`. With `registration`, only
 * statements of that registration count. Never throws, whatever the statement holds.
 */
export function readStatement(statement: unknown, scenarioId: string, registration: string | null = null): StatementRead {
  if (!isObject(statement) || !shortString(statement.id)) return { kind: 'unreadable' };
  const id = statement.id;
  const scenario = activityIri(scenarioId);
  const object = statement.object;
  const objectId = isObject(object) && typeof object.id === 'string' ? object.id : null;
  if (objectId === null || (objectId !== scenario && !objectId.startsWith(`${scenario}/`))) return { kind: 'elsewhere', id };
  const context = isObject(statement.context) ? statement.context : {};
  const run = isObject(context.extensions) ? context.extensions[EXTENSIONS.run] : undefined;
  if (run === undefined) return { kind: 'elsewhere', id };
  const given = context.registration;
  if (given !== undefined && !shortString(given)) return { kind: 'unreadable' };
  // UUIDs are the same in either case.
  if (registration !== null && (given === undefined || given.toLowerCase() !== registration.toLowerCase())) return { kind: 'elsewhere', id };
  if (!isObject(run) || !shortString(run.attempt) || typeof run.code !== 'string') return { kind: 'unreadable' };
  // JSON keeps the two parts apart, whatever characters they hold.
  return { kind: 'run', id, run: JSON.stringify([given ?? null, run.attempt]), code: run.code };
}

/** Statements read into live runs: each counted once, by its id, and handed on if it reports a run. */
export class StatementRuns {
  private readonly seen = new Set<string>();
  private readonly tally: StatementCounts = { read: 0, again: 0, runs: 0, elsewhere: 0, unreadable: 0, overLimit: 0 };

  constructor(
    private readonly scenarioId: string,
    private readonly registration: string | null,
    private readonly runs: LiveRuns,
  ) {}

  get counts(): StatementCounts {
    return { ...this.tally };
  }

  read(statements: readonly unknown[]): void {
    for (const statement of statements) {
      const read = readStatement(statement, this.scenarioId, this.registration);
      if (read.kind !== 'unreadable') {
        if (this.seen.has(read.id)) {
          this.tally.again++;
          continue;
        }
        this.seen.add(read.id);
      }
      this.tally.read++;
      if (read.kind !== 'run') {
        this.tally[read.kind]++;
        continue;
      }
      const sighting = this.runs.see(read.run, read.code);
      if (sighting === 'unreadable') this.tally.unreadable++;
      else if (sighting === 'too-many') this.tally.overLimit++;
      else this.tally.runs++;
    }
  }
}

/** A failed read of the statements API, for the poll: the client's problem; a paging loop is not an LRS; anything else, a network failure. */
export function readFailure(error: unknown): ReadFailure<LrsProblem> {
  if (error instanceof LrsRequestError) return { problem: error.problem, passing: isPassing(error.problem), retryAfterMs: error.retryAfterMs };
  if (error instanceof MoreLoopError) return { problem: 'not-lrs', passing: false, retryAfterMs: null };
  return { problem: 'unreachable', passing: true, retryAfterMs: null };
}

/** The Authorization header for a read credential: a key and secret, or a token (a bare one is taken as Basic, as launch links give it). */
export function authorizationOf(credential: LrsCredential): string {
  if (credential.kind === 'key') return basicAuth(credential.key, credential.secret);
  return authorizationFor(credential.token);
}

export interface LiveReadingEvents {
  /** After each read: what the collector did with the runs that changed (often nothing), and where the runs and statements stand. */
  read: (outcomes: ItemOutcome[], summary: LiveSummary, counts: StatementCounts) => void;
  state: (state: PollState<LrsProblem>) => void;
}

/**
 * A live session of one scenario: `feed` polled for `query`, its statements read into runs,
 * each finished run handed to `collector`. Returns the poll, not yet started.
 */
export function liveReading(
  scenarioId: string,
  collector: RunCollector,
  feed: StatementFeed,
  query: StatementQuery,
  host: { wait: (ms: number) => Promise<void>; now: () => Date },
  on: LiveReadingEvents,
): StatementPoll<LrsProblem> {
  const runs = new LiveRuns(collector);
  const statements = new StatementRuns(scenarioId, query.registration, runs);
  return new StatementPoll(feed, query, {
    onStatements: (page) => statements.read(page),
    onRead: () => on.read(runs.settle(), runs.summary(), statements.counts),
    onState: on.state,
    failure: readFailure,
    ...host,
  });
}
