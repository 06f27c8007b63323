// Polling a learning record store for a live session: every page followed, each read starting
// just before the latest statement seen, waiting longer after each passing failure (as long as
// the LRS asks, if longer), stopping at one waiting will not mend (never asking again with a
// refused credential), and nothing from a read the facilitator stopped. Errors are the real
// client's (reporting/xapi/lrs-client.ts), read as the app reads them.
import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, POLL_INTERVAL_MS, SINCE_OVERLAP_MS, StatementPoll, type PollState, type StatementFeed, type StatementPage, type StatementQuery } from '../../src/engine/group/lrs-poll';
import { LrsRequestError, type LrsProblem } from '../../src/reporting/xapi/lrs-client';
import { readFailure } from '../../src/reporting/xapi/statement-runs';

type Answer = StatementPage | LrsRequestError | Promise<StatementPage>;
type Asked = Parameters<StatementFeed['getStatements']>[0];

/** An LRS that gives the answers it was told, in order (then empty pages), and remembers what it was asked. */
class ScriptedFeed implements StatementFeed {
  readonly asked: (Asked | string)[] = [];
  constructor(private readonly answers: Answer[]) {}
  getStatements(query: Asked): Promise<StatementPage> {
    this.asked.push(query);
    return this.answer();
  }
  more(link: string): Promise<StatementPage> {
    this.asked.push(link);
    return this.answer();
  }
  private answer(): Promise<StatementPage> {
    const next = this.answers.shift() ?? { statements: [], more: null };
    return next instanceof LrsRequestError ? Promise.reject(next) : Promise.resolve(next);
  }
}

const QUERY: StatementQuery = { activity: 'https://w3id.org/asymmetry/xapi/scenarios/carlos', registration: null, since: null };
/** What the poll asks the LRS for: the activity and those related to it, oldest first, from `since`. */
const asked = (since?: string, registration?: string): Asked => ({
  activity: QUERY.activity,
  relatedActivities: true,
  ascending: true,
  ...(registration ? { registration } : {}),
  ...(since ? { since } : {}),
});
const at = (second: number) => new Date(Date.UTC(2026, 11, 7, 9, 0, second)).toISOString();
const statement = (id: string, second: number) => ({ id, stored: at(second) });
const page = (statements: unknown[], more: string | null = null): StatementPage => ({ statements, more });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A poll on `feed` whose waits are held until the test lets each one pass. */
function polling(feed: StatementFeed, query = QUERY) {
  const read: unknown[][] = [];
  const states: PollState<LrsProblem>[] = [];
  const waits: number[] = [];
  const pending: (() => void)[] = [];
  let reads = 0;
  const poll = new StatementPoll(feed, query, {
    onStatements: (statements) => read.push([...statements]),
    onRead: () => reads++,
    onState: (state) => states.push(state),
    failure: readFailure,
    wait: (ms) => {
      waits.push(ms);
      return new Promise<void>((resolve) => pending.push(resolve));
    },
    now: () => new Date('2026-12-07T09:30:00Z'),
  });
  /** Lets the current wait end, and the read after it run. */
  const next = async () => {
    pending.shift()?.();
    await settle();
  };
  return { poll, read, states, waits, next, reads: () => reads };
}

describe('polling the statements API', () => {
  it('follows `more` to the last page, then reads again from just before the latest statement stored', async () => {
    const feed = new ScriptedFeed([page([statement('a', 1), statement('b', 3)], '/xAPI/statements?cursor=1'), page([statement('c', 20)], '/xAPI/statements?cursor=2'), page([]), page([statement('d', 25)])]);
    const p = polling(feed, { ...QUERY, since: at(0) });
    p.poll.start();
    await settle();
    expect(p.read.map((s) => s.length)).toEqual([2, 1, 0]);
    expect(p.reads()).toBe(1);
    expect(feed.asked).toEqual([asked(at(0)), '/xAPI/statements?cursor=1', '/xAPI/statements?cursor=2']);
    expect(p.states.at(-1)).toEqual({ state: 'live', at: new Date('2026-12-07T09:30:00Z'), nextInMs: POLL_INTERVAL_MS });
    expect(p.waits).toEqual([POLL_INTERVAL_MS]);
    await p.next();
    expect(feed.asked[3]).toEqual(asked(new Date(Date.parse(at(20)) - SINCE_OVERLAP_MS).toISOString()));
    await p.next();
    expect(feed.asked[4]).toEqual(asked(at(15)));
    p.poll.stop();
  });

  it('reads everything when no start is given, and never from before the start given', async () => {
    const unstored = [{ id: 'no stored time' }, { id: 'x', stored: 'yesterday' }, null];
    const everything = new ScriptedFeed([page(unstored)]);
    const p = polling(everything);
    p.poll.start();
    await settle();
    await p.next();
    expect(everything.asked).toEqual([asked(), asked()]);
    p.poll.stop();
    const fromStart = new ScriptedFeed([page([statement('a', 3)])]);
    const q = polling(fromStart, { ...QUERY, registration: 'a-registration', since: at(2) });
    q.poll.start();
    await settle();
    await q.next();
    expect(fromStart.asked).toEqual([asked(at(2), 'a-registration'), asked(at(2), 'a-registration')]);
    q.poll.stop();
  });

  it('waits twice as long after each passing failure, up to a minute (or as long as the LRS asks), and as usual again once a read works', async () => {
    const feed = new ScriptedFeed([
      new LrsRequestError('unreachable'),
      new LrsRequestError('throttled', 429, 45_000),
      new LrsRequestError('server', 503),
      new LrsRequestError('timeout'),
      new LrsRequestError('unreachable'),
      new LrsRequestError('unreachable'),
      page([statement('a', 1)]),
    ]);
    const p = polling(feed);
    p.poll.start();
    await settle();
    for (let i = 0; i < 6; i++) await p.next();
    expect(p.waits).toEqual([10_000, 45_000, 40_000, MAX_BACKOFF_MS, MAX_BACKOFF_MS, MAX_BACKOFF_MS, POLL_INTERVAL_MS]);
    expect(p.states.filter((s) => s.state === 'retrying').map((s) => s.state === 'retrying' && [s.problem, s.failures])).toEqual([
      ['unreachable', 1],
      ['throttled', 2],
      ['server', 3],
      ['timeout', 4],
      ['unreachable', 5],
      ['unreachable', 6],
    ]);
    expect(p.read).toEqual([[statement('a', 1)]]);
    p.poll.stop();
  });

  for (const [problem, status] of [
    ['credential', 401],
    ['credential', 403],
    ['not-lrs', 404],
    ['refused', 400],
  ] as const) {
    it(`stops at what waiting will not mend (${status}: ${problem}) and does not ask again`, async () => {
      const feed = new ScriptedFeed([new LrsRequestError(problem, status)]);
      const p = polling(feed);
      p.poll.start();
      await settle();
      expect(p.states.at(-1)).toEqual({ state: 'stopped', problem });
      expect(p.poll.reading).toBe(false);
      expect(p.waits).toEqual([]);
      expect(feed.asked).toHaveLength(1);
    });
  }

  it('drops what a read brings once stopped, and reads afresh when started again', async () => {
    let answer!: (page: StatementPage) => void;
    const slow = new Promise<StatementPage>((resolve) => (answer = resolve));
    const feed = new ScriptedFeed([slow, page([statement('b', 2)])]);
    const p = polling(feed);
    p.poll.start();
    p.poll.stop();
    expect(p.states.at(-1)).toEqual({ state: 'stopped', problem: null });
    answer(page([statement('a', 1)]));
    await settle();
    expect(p.read).toEqual([]);
    expect(p.reads()).toBe(0);
    p.poll.start();
    await settle();
    expect(p.read).toEqual([[statement('b', 2)]]);
    p.poll.stop();
  });

  it('takes a `more` that leads back to a page already read for something that is not an LRS, and stops', async () => {
    const feed = new ScriptedFeed([page([], '/again'), page([], '/again')]);
    const p = polling(feed);
    p.poll.start();
    await settle();
    expect(p.states.at(-1)).toEqual({ state: 'stopped', problem: 'not-lrs' });
    expect(p.reads()).toBe(0);
  });
});
