import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../src/engine/save';
import { MemoryStore } from '../../src/platform/storage';
import { LrsClient, LrsRequestError, type LrsProblem } from '../../src/reporting/xapi/lrs-client';
import {
  KEEPALIVE_MAX_BYTES,
  outboxKey,
  StatementQueue,
  type QueueEvents,
  type QueueState,
  type SetAsideStatement,
  type StatementSender,
} from '../../src/reporting/xapi/statement-queue';
import { buildStatement, choiceStatement, verb, type Statement } from '../../src/reporting/xapi/statements';
import { realTaxonomy } from '../helpers';
import { startFaultyProxy, type Fault, type FaultyProxy } from '../support/faulty-proxy';
import { startLrs, type RunningLrs } from '../support/lrs';
import { ManualTimers, settle } from '../support/manual-timers';
import { playReported } from '../support/reported-run';

const KEY = outboxKey('https://lrs.example/xapi/');
const actor = { objectType: 'Agent' as const, account: { homePage: 'https://school.example', name: 'learner-1' } };

function statements(count: number, padding = ''): Statement[] {
  return Array.from({ length: count }, (_, i) =>
    buildStatement(
      { verb: verb('answered'), object: { objectType: 'Activity', id: `https://w3id.org/asymmetry/xapi/test/${i}${padding}` }, at: new Date(Date.UTC(2026, 11, 7, 9, 0, i)) },
      { actor, context: {}, newId: randomUUID },
    ),
  );
}

type Answer = 'ok' | LrsProblem | { problem: LrsProblem; status?: number; retryAfterMs?: number };

/** A sender whose answers the test decides, batch by batch: `answer(batch)`, or 'ok'. */
function scriptedSender(answer: (batch: readonly Statement[], call: number) => Answer = () => 'ok') {
  const calls: { ids: string[]; keepalive: boolean }[] = [];
  const sender: StatementSender = {
    postStatements(batch, { keepalive }) {
      calls.push({ ids: batch.map((s) => s.id), keepalive });
      const given = answer(batch, calls.length - 1);
      if (given === 'ok') return Promise.resolve();
      const { problem, status, retryAfterMs } = typeof given === 'string' ? { problem: given, status: undefined, retryAfterMs: undefined } : given;
      return Promise.reject(new LrsRequestError(problem, status ?? null, retryAfterMs ?? null));
    },
  };
  return { sender, calls, sentIds: () => calls.flatMap((c) => c.ids) };
}

interface QueueSetUp {
  store?: KeyValueStore;
  random?: () => number;
  events?: QueueEvents;
  batchSize?: number;
}

function queueWith(sender: StatementSender, { store = new MemoryStore(), random = () => 0.5, events = {}, batchSize = 3 }: QueueSetUp = {}) {
  const timers = new ManualTimers();
  const states: QueueState[] = [];
  const queue = new StatementQueue(KEY, sender, { store, timers, random, now: () => new Date(Date.UTC(2026, 11, 7, 10)) }, { onState: (s) => states.push(s), ...events }, { batchSize });
  return { queue, timers, store, states };
}

const storedPending = (store: KeyValueStore): string[] => {
  const raw = store.getItem(KEY);
  return raw === null ? [] : (JSON.parse(raw) as { pending: Statement[] }).pending.map((s) => s.id);
};

describe('the outbox, sending', () => {
  it('keeps statements on the device before sending, sends them in order in batches, and forgets each once acknowledged', async () => {
    const all = statements(7);
    let storedAtFirstSend: string[] = [];
    const store = new MemoryStore();
    const { sender, calls } = scriptedSender((_, call) => {
      if (call === 0) storedAtFirstSend = storedPending(store);
      return 'ok';
    });
    const { queue } = queueWith(sender, { store });
    queue.add(all);
    await settle();
    expect(storedAtFirstSend).toEqual(all.map((s) => s.id));
    expect(calls.map((c) => c.ids)).toEqual([all.slice(0, 3), all.slice(3, 6), all.slice(6)].map((b) => b.map((s) => s.id)));
    expect(calls.every((c) => !c.keepalive)).toBe(true);
    expect(queue.waiting).toEqual([]);
    expect(store.getItem(KEY)).toBeNull();
  });

  it('queues a statement once, however often it is added', async () => {
    const [one, two] = statements(2);
    const { sender, sentIds } = scriptedSender();
    const { queue } = queueWith(sender);
    queue.add([one!, one!]);
    queue.add([one!, two!]);
    await settle();
    queue.add([one!]);
    await settle();
    expect(sentIds()).toEqual([one!.id, two!.id]);
  });

  it('sends the same statements again after a failure that passes, waiting twice as long each time, with jitter', async () => {
    const all = statements(2);
    const failures: LrsProblem[] = ['unreachable', 'timeout', 'server', 'throttled', 'server', 'server', 'server', 'server', 'server'];
    const { sender, calls } = scriptedSender((_, call) => failures[call] ?? 'ok');
    let jitter = 0;
    const { queue, timers, states } = queueWith(sender, { random: () => jitter });
    queue.add(all);
    await settle();
    const waits: number[] = [];
    for (let i = 0; i < failures.length; i++) {
      jitter = i % 2 ? 0.75 : 0;
      waits.push(...timers.delays);
      timers.fire();
      await settle();
    }
    // Half the ceiling, plus up to half again at random (here none, then three quarters of it,
    // in turn); the ceiling doubles from 1 s to at most 60 s.
    const ceilings = [1, 2, 4, 8, 16, 32, 60, 60, 60].map((s) => s * 1000);
    const jitters = [0, 0, 0.75, 0, 0.75, 0, 0.75, 0, 0.75];
    expect(waits).toEqual(ceilings.map((c, k) => c / 2 + (jitters[k]! * c) / 2));
    expect(calls).toHaveLength(failures.length + 1);
    expect(new Set(calls.map((c) => c.ids.join()))).toEqual(new Set([all.map((s) => s.id).join()]));
    expect(queue.waiting).toEqual([]);
    expect(states.filter((s) => s.state === 'retrying').map((s) => s.state === 'retrying' && s.problem)).toEqual(failures);
    expect(states.at(-1)).toEqual({ state: 'sent' });
  });

  it('waits as long as a Retry-After asks, even for new statements; coming back online sends at once', async () => {
    const { sender, calls } = scriptedSender((_, call) => (call === 0 ? { problem: 'throttled', status: 429, retryAfterMs: 120_000 } : 'ok'));
    const { queue, timers } = queueWith(sender);
    queue.add(statements(1));
    await settle();
    expect(timers.delays).toEqual([120_000]);
    queue.add(statements(1));
    await settle();
    expect(calls).toHaveLength(1);
    queue.flush();
    await settle();
    expect(timers.delays).toEqual([]);
    expect(calls).toHaveLength(2);
    expect(queue.waiting).toEqual([]);
  });

  it('sets aside only the statement the LRS refuses, sends the others in order, and says so', async () => {
    const all = statements(7);
    const bad = all[4]!.id;
    const { sender, calls } = scriptedSender((batch) => (batch.some((s) => s.id === bad) ? { problem: 'refused', status: 400 } : 'ok'));
    const setAside: SetAsideStatement[] = [];
    const store = new MemoryStore();
    const { queue } = queueWith(sender, { store, batchSize: 4, events: { onSetAside: (s) => setAside.push(...s) } });
    queue.add(all);
    await settle();
    const accepted = calls.filter((c) => !c.ids.includes(bad)).flatMap((c) => c.ids);
    expect(accepted).toEqual(all.filter((s) => s.id !== bad).map((s) => s.id));
    expect(setAside).toEqual([{ statement: all[4], status: 400, at: '2026-12-07T10:00:00.000Z' }]);
    expect(queue.waiting).toEqual([]);
    // Kept on the device, not sent again after a reload.
    const reloaded = scriptedSender();
    const again = queueWith(reloaded.sender, { store });
    expect(again.queue.setAside.map((s) => s.statement.id)).toEqual([bad]);
    again.queue.add(statements(1));
    await settle();
    expect(reloaded.sentIds()).not.toContain(bad);
  });

  it('holds the statements when the LRS refuses the credential, and asks again only with the next statement', async () => {
    let refuse = true;
    const { sender, calls } = scriptedSender(() => (refuse ? { problem: 'credential', status: 401 } : 'ok'));
    const { queue, timers, states } = queueWith(sender);
    queue.add(statements(2));
    await settle();
    expect(states.at(-1)).toEqual({ state: 'held', problem: 'credential', waiting: 2 });
    expect(timers.delays).toEqual([]);
    expect(calls).toHaveLength(1);
    refuse = false;
    queue.add(statements(3).slice(2));
    await settle();
    expect(calls).toHaveLength(2);
    expect(queue.waiting).toEqual([]);
  });
});

describe('the outbox, across reloads, tabs and storage that fails', () => {
  it('a reload sends what was waiting, once: what the LRS acknowledged is not sent again', async () => {
    const all = statements(5);
    const store = new MemoryStore();
    const first = scriptedSender((_, call) => (call === 0 ? 'ok' : 'unreachable'));
    const before = queueWith(first.sender, { store });
    before.queue.add(all);
    await settle();
    before.queue.stop();
    expect(storedPending(store)).toEqual(all.slice(3).map((s) => s.id));

    const second = scriptedSender();
    const after = queueWith(second.sender, { store });
    expect(after.queue.waiting.map((s) => s.id)).toEqual(all.slice(3).map((s) => s.id));
    after.queue.flush();
    await settle();
    expect(second.sentIds()).toEqual(all.slice(3).map((s) => s.id));
    expect(store.getItem(KEY)).toBeNull();
  });

  it('two tabs sharing the device lose none of each other’s statements', async () => {
    const store = new MemoryStore();
    const down = () => 'unreachable' as const;
    const a = queueWith(scriptedSender(down).sender, { store });
    const b = queueWith(scriptedSender(down).sender, { store });
    const [one, two, three] = statements(3);
    a.queue.add([one!]);
    b.queue.add([two!]);
    a.queue.add([three!]);
    await settle();
    expect(storedPending(store).sort()).toEqual([one!.id, two!.id, three!.id].sort());
  });

  it('keeps statements in memory when storage is full, says so, and stores them again when it can', async () => {
    let full = false;
    const inner = new MemoryStore();
    const store: KeyValueStore = {
      getItem: (k) => inner.getItem(k),
      setItem: (k, v) => {
        if (full) throw new DOMException('quota', 'QuotaExceededError');
        inner.setItem(k, v);
      },
      removeItem: (k) => inner.removeItem(k),
    };
    const reports: string[] = [];
    const { sender, sentIds } = scriptedSender((_, call) => (call === 0 ? 'unreachable' : 'ok'));
    const { queue, timers } = queueWith(sender, { store, events: { onStorage: (s) => reports.push(s) } });
    full = true;
    const all = statements(2);
    queue.add(all);
    await settle();
    expect(reports).toEqual(['memory-only']);
    expect(queue.waiting).toEqual(all);
    full = false;
    timers.fire();
    await settle();
    expect(sentIds()).toEqual([...all, ...all].map((s) => s.id));
    expect(reports).toEqual(['memory-only', 'stored']);
  });

  it('keeps an outbox it cannot read aside, and starts a new one', () => {
    const store = new MemoryStore();
    store.setItem(KEY, '{"format":"asymmetry-xapi-outbox","schema":99}');
    const { queue } = queueWith(scriptedSender(() => 'unreachable').sender, { store });
    queue.add(statements(1));
    expect(store.getItem(`${KEY}:unreadable`)).toBe('{"format":"asymmetry-xapi-outbox","schema":99}');
    expect(storedPending(store)).toHaveLength(1);
  });

  it('on leaving, sends what is waiting in one keepalive request that fits the browser’s limit', async () => {
    const { sender, calls } = scriptedSender((_, call) => (call === 0 ? 'unreachable' : 'ok'));
    const { queue } = queueWith(sender, { batchSize: 100 });
    const big = statements(40, `/${'x'.repeat(2000)}`);
    queue.add(big);
    await settle();
    queue.leave();
    await settle();
    const last = calls.at(-1)!;
    expect(last.keepalive).toBe(true);
    const sent = big.filter((s) => last.ids.includes(s.id));
    expect(last.ids).toEqual(big.slice(0, last.ids.length).map((s) => s.id));
    expect(sent.length).toBeLessThan(big.length);
    expect(new TextEncoder().encode(JSON.stringify(sent)).length).toBeLessThanOrEqual(KEEPALIVE_MAX_BYTES);
    expect(new TextEncoder().encode(JSON.stringify(big.slice(0, sent.length + 1))).length).toBeGreaterThan(KEEPALIVE_MAX_BYTES);
    expect(queue.waiting).toEqual(big.slice(sent.length));
  });
});

describe('the outbox in front of a real LRS, through a network that fails', () => {
  let lrs: RunningLrs;
  let proxy: FaultyProxy;
  beforeAll(async () => {
    lrs = await startLrs();
    proxy = await startFaultyProxy(lrs.endpoint);
  });
  afterAll(async () => {
    await proxy?.close();
    await lrs?.stop();
  });

  it('ends with exactly one statement per choice, as built, through 503s, hangs, refused connections, lost answers and a reload', async () => {
    const taxonomy = realTaxonomy();
    const played = playReported('the-offer', 77, { attempt: randomUUID() });
    const built = played.choices.map((report) =>
      choiceStatement(report, { actor, context: {}, newId: randomUUID, leverOf: (id) => taxonomy.moves.get(id)?.lever ?? null }),
    );
    expect(built.length).toBeGreaterThan(6);

    const store = new MemoryStore();
    const faults: Fault[] = ['unavailable', 'hang', 'refuse', 'lost-answer', 'throttled', 'none'];
    const problems = new Set<LrsProblem>();
    const open = () => {
      const client = new LrsClient({ endpoint: proxy.endpoint, auth: lrs.auth }, { fetch, timers: globalThis, timeoutMs: 800 });
      const states: QueueState[] = [];
      const queue = new StatementQueue(outboxKey(client.endpoint), client, { store, timers: globalThis, random: Math.random, now: () => new Date() }, {
          onState: (state) => {
            states.push(state);
            if (state.state === 'retrying') problems.add(state.problem);
          },
        }, { batchSize: 2, baseDelayMs: 20, maxDelayMs: 200 });
      return { queue, states };
    };
    const until = async (what: () => boolean) => {
      for (let i = 0; i < 400 && !what(); i++) await new Promise((r) => setTimeout(r, 25));
      expect(what()).toBe(true);
    };

    // The first half, one statement at a time, each under the next fault; then the page reloads.
    let page = open();
    const half = Math.ceil(built.length / 2);
    for (const [i, statement] of built.slice(0, half).entries()) {
      await proxy.setFault(faults[i % faults.length]!);
      const failuresBefore = page.states.filter((s) => s.state === 'retrying').length;
      page.queue.add([statement]);
      if (faults[i % faults.length] !== 'none') await until(() => page.states.filter((s) => s.state === 'retrying').length > failuresBefore);
    }
    page.queue.stop();
    expect(page.queue.waiting.length).toBeGreaterThan(0);

    // Reloaded while the LRS is still out of reach: the rest is queued on top of what was waiting.
    page = open();
    await proxy.setFault('refuse');
    page.queue.add(built.slice(half));
    await until(() => page.states.some((s) => s.state === 'retrying'));
    await proxy.setFault('none');
    await until(() => page.queue.waiting.length === 0);

    const stored = await lrs.statements({ activity: 'https://w3id.org/asymmetry/xapi/scenarios/the-offer', related_activities: 'true' });
    expect(stored.map((s) => s.id)).toEqual(built.map((s) => s.id));
    for (const [i, statement] of stored.entries()) expect(statement).toMatchObject(built[i]!);
    // Some statements did reach the LRS more than once (answers lost or late): it kept each once.
    const posted = proxy.requests.filter((r) => r.method === 'POST').flatMap((r) => r.ids);
    expect(posted.length).toBeGreaterThan(built.length);
    expect(new Set(proxy.requests.map((r) => r.fault))).toEqual(new Set(faults.filter((f) => f !== 'refuse')));
    // Refused connections never reach the proxy's log: the queue saw them as the LRS out of reach.
    expect(problems).toEqual(new Set(['server', 'timeout', 'unreachable', 'throttled']));
  });
});
