// The outbox: statements waiting for the learning record store, kept on the device (an
// injected KeyValueStore) from the moment they are made until the LRS has acknowledged them,
// and sent in order, in batches, one request at a time. Each statement's id is fixed before it
// is queued and never changed, so a batch sent again (after a timeout, a 5xx, a reload, a cut
// network) is the same statements: the LRS keeps each once. Waiting out a failure doubles each
// time, with jitter, so a room of devices coming back online does not hit the LRS together.
import * as z from 'zod/mini';
import type { KeyValueStore } from '../../engine/save';
import { isPassing, LrsRequestError, type LrsProblem, type Timers } from './lrs-client';
import type { Statement } from './statements';

export const OUTBOX_PREFIX = 'asymmetry:xapi:outbox';
/** One outbox per endpoint: a statement goes only to the LRS it was made for. */
export const outboxKey = (endpoint: string): string => `${OUTBOX_PREFIX}:${endpoint}`;
const OUTBOX_FORMAT = 'asymmetry-xapi-outbox';
const OUTBOX_SCHEMA = 1;

export const BATCH_SIZE = 25;
export const BASE_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 60_000;
/** A Retry-After longer than this is not waited out in full (a misconfigured LRS could ask for days). */
const MAX_RETRY_AFTER_MS = 10 * 60_000;
/** Browsers allow a page's keepalive requests 64 KiB of body in all; leave() sends what fits under that. */
export const KEEPALIVE_MAX_BYTES = 60_000;

/** What sends a batch (LrsClient fits); a failure is an LrsRequestError, anything else counts as unreachable. */
export interface StatementSender {
  postStatements(statements: readonly Statement[], options: { keepalive: boolean }): Promise<void>;
}

/** A statement the LRS refused (a 4xx that is not about the credential, the address or the load): kept, not sent again. */
export interface SetAsideStatement {
  statement: Statement;
  status: number | null;
  at: string;
}

export type QueueState =
  /** Nothing waiting: every statement queued has been acknowledged (or set aside). */
  | { state: 'sent' }
  | { state: 'sending'; waiting: number }
  /** The last `failures` attempts failed in a way that passes; the next is in `nextInMs`. */
  | { state: 'retrying'; problem: LrsProblem; failures: number; nextInMs: number; waiting: number }
  /**
   * The LRS refused the credential or is not at this address: asking again only repeats it, so
   * the queue waits for the next statement or flush() before it tries again. Nothing is dropped.
   */
  | { state: 'held'; problem: 'credential' | 'not-lrs'; waiting: number };

export interface QueueHost {
  store: KeyValueStore;
  timers: Timers;
  /** In [0, 1): the jitter. */
  random: () => number;
  now: () => Date;
}

export interface QueueEvents {
  onState?: (state: QueueState) => void;
  /** Statements the LRS refused, just set aside. */
  onSetAside?: (setAside: readonly SetAsideStatement[]) => void;
  /** The device's storage refused the outbox (full, or blocked): it is kept in memory until storage works again. */
  onStorage?: (storage: 'stored' | 'memory-only') => void;
}

export interface QueueOptions {
  batchSize?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

interface Outbox {
  pending: Statement[];
  setAside: SetAsideStatement[];
}

const statementSchema = z.looseObject({ id: z.string().check(z.minLength(1)) });
const outboxSchema = z.object({
  format: z.literal(OUTBOX_FORMAT),
  schema: z.literal(OUTBOX_SCHEMA),
  pending: z.array(statementSchema),
  setAside: z.array(z.object({ statement: statementSchema, status: z.nullable(z.number()), at: z.string() })),
});

function parseOutbox(raw: string): Outbox | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = outboxSchema.safeParse(data);
  // Statements are stored as they were built; the schema checks only what the queue relies on.
  return parsed.success ? (parsed.data as unknown as Outbox) : null;
}

const empty = (): Outbox => ({ pending: [], setAside: [] });
const idsOf = (outbox: Outbox): Set<string> => new Set([...outbox.pending.map((s) => s.id), ...outbox.setAside.map((s) => s.statement.id)]);

export class StatementQueue {
  private outbox = empty();
  /** Ids the LRS acknowledged: never queued again, whatever another tab's copy of the outbox says. */
  private readonly acknowledged = new Set<string>();
  private stored = true;
  private sending = false;
  private timer: unknown = null;
  private failures = 0;
  private held = false;
  private stopped = false;
  private batchLimit: number;
  private readonly batchSize: number;
  private readonly baseDelay: number;
  private readonly maxDelay: number;

  constructor(
    private readonly key: string,
    private readonly sender: StatementSender,
    private readonly host: QueueHost,
    private readonly events: QueueEvents = {},
    options: QueueOptions = {},
  ) {
    this.batchSize = options.batchSize ?? BATCH_SIZE;
    this.batchLimit = this.batchSize;
    this.baseDelay = options.baseDelayMs ?? BASE_DELAY_MS;
    this.maxDelay = options.maxDelayMs ?? MAX_DELAY_MS;
    this.update(() => undefined);
  }

  /** Statements not yet acknowledged, oldest first. */
  get waiting(): readonly Statement[] {
    return this.outbox.pending;
  }

  get setAside(): readonly SetAsideStatement[] {
    return this.outbox.setAside;
  }

  /**
   * Queues statements (ids fixed) and sends them unless a back-off is being waited out. They are
   * stored before any is sent; a statement whose id is already queued, set aside or acknowledged
   * is not queued again.
   */
  add(statements: readonly Statement[]): void {
    this.update((outbox) => {
      const known = idsOf(outbox);
      for (const statement of statements) {
        if (known.has(statement.id) || this.acknowledged.has(statement.id)) continue;
        known.add(statement.id);
        outbox.pending.push(statement);
      }
    });
    this.held = false;
    if (this.timer === null) void this.pump();
  }

  /** Sends what is waiting now, without waiting out a back-off (the device came back online). */
  flush(): void {
    this.cancelTimer();
    this.held = false;
    void this.pump();
  }

  /**
   * The page is going away: what is waiting goes in one request the browser completes after the
   * page has gone (fetch keepalive). It stays queued until acknowledged; if the answer never comes
   * back, the next start sends it again, and the LRS keeps it once.
   */
  leave(): void {
    const batch = this.keepaliveBatch();
    if (!batch.length) return;
    this.sender.postStatements(batch, { keepalive: true }).then(
      () => this.acknowledge(batch),
      () => undefined,
    );
  }

  /** Stops sending: the timer is cleared, what is waiting stays stored for the next start. */
  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  private async pump(): Promise<void> {
    if (this.sending || this.stopped || this.held) return;
    this.sending = true;
    try {
      for (;;) {
        const batch = this.outbox.pending.slice(0, this.batchLimit);
        if (!batch.length) {
          this.report({ state: 'sent' });
          return;
        }
        this.report({ state: 'sending', waiting: this.outbox.pending.length });
        const failure = await this.send(batch);
        if (this.stopped) return;
        if (failure === null) {
          this.acknowledge(batch);
          this.failures = 0;
          this.batchLimit = this.batchSize;
        } else if (isPassing(failure.problem)) {
          this.retryLater(failure);
          return;
        } else if (failure.problem === 'credential' || failure.problem === 'not-lrs') {
          this.held = true;
          this.report({ state: 'held', problem: failure.problem, waiting: this.outbox.pending.length });
          return;
        } else if (batch.length > 1) {
          // One statement is at fault: halve the batch until it is alone, so it takes no other with it.
          this.batchLimit = Math.ceil(batch.length / 2);
        } else {
          this.putAside(batch[0]!, failure.status);
          this.batchLimit = this.batchSize;
        }
      }
    } finally {
      this.sending = false;
    }
  }

  private async send(batch: readonly Statement[]): Promise<LrsRequestError | null> {
    try {
      await this.sender.postStatements(batch, { keepalive: false });
      return null;
    } catch (error) {
      return error instanceof LrsRequestError ? error : new LrsRequestError('unreachable');
    }
  }

  private retryLater(failure: LrsRequestError): void {
    this.failures++;
    const ceiling = Math.min(this.maxDelay, this.baseDelay * 2 ** (this.failures - 1));
    let delay = ceiling / 2 + (this.host.random() * ceiling) / 2;
    if (failure.retryAfterMs !== null) delay = Math.max(delay, Math.min(failure.retryAfterMs, MAX_RETRY_AFTER_MS));
    this.timer = this.host.timers.setTimeout(() => {
      this.timer = null;
      void this.pump();
    }, delay);
    this.report({ state: 'retrying', problem: failure.problem, failures: this.failures, nextInMs: delay, waiting: this.outbox.pending.length });
  }

  private cancelTimer(): void {
    if (this.timer === null) return;
    this.host.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private acknowledge(batch: readonly Statement[]): void {
    for (const statement of batch) this.acknowledged.add(statement.id);
    this.update((outbox) => {
      outbox.pending = outbox.pending.filter((s) => !this.acknowledged.has(s.id));
    });
  }

  private putAside(statement: Statement, status: number | null): void {
    const entry: SetAsideStatement = { statement, status, at: this.host.now().toISOString() };
    this.update((outbox) => {
      outbox.pending = outbox.pending.filter((s) => s.id !== statement.id);
      outbox.setAside.push(entry);
    });
    this.events.onSetAside?.([entry]);
  }

  /** The oldest waiting statements whose JSON fits in a keepalive request. */
  private keepaliveBatch(): Statement[] {
    const encoder = new TextEncoder();
    const batch: Statement[] = [];
    let bytes = 2;
    for (const statement of this.outbox.pending) {
      bytes += encoder.encode(JSON.stringify(statement)).length + 1;
      if (bytes > KEEPALIVE_MAX_BYTES) break;
      batch.push(statement);
    }
    return batch;
  }

  /**
   * Applies `change` to the outbox, first taking in what another tab of the same game stored
   * meanwhile, then stores it. Storage that fails leaves the outbox in memory, and says so.
   */
  private update(change: (outbox: Outbox) => void): void {
    const stored = this.read();
    if (stored) this.outbox = this.merged(stored);
    change(this.outbox);
    this.write();
  }

  private merged(stored: Outbox): Outbox {
    const mine = idsOf(this.outbox);
    const asideIds = new Set([...this.outbox.setAside, ...stored.setAside].map((s) => s.statement.id));
    return {
      pending: [...this.outbox.pending, ...stored.pending.filter((s) => !mine.has(s.id))].filter((s) => !this.acknowledged.has(s.id) && !asideIds.has(s.id)),
      setAside: [...this.outbox.setAside, ...stored.setAside.filter((s) => !mine.has(s.statement.id))],
    };
  }

  /** The stored outbox (empty if none), or null if storage cannot be read. Stored text that is not an outbox is kept aside, never dropped. */
  private read(): Outbox | null {
    let raw: string | null;
    try {
      raw = this.host.store.getItem(this.key);
    } catch {
      this.storage(false);
      return null;
    }
    if (raw === null) return empty();
    const outbox = parseOutbox(raw);
    if (outbox) return outbox;
    try {
      if (this.host.store.getItem(`${this.key}:unreadable`) === null) this.host.store.setItem(`${this.key}:unreadable`, raw);
    } catch {
      // Storage that can be read but not written: the write below says so.
    }
    return empty();
  }

  private write(): void {
    try {
      if (this.outbox.pending.length || this.outbox.setAside.length) {
        this.host.store.setItem(this.key, JSON.stringify({ format: OUTBOX_FORMAT, schema: OUTBOX_SCHEMA, ...this.outbox }));
      } else {
        this.host.store.removeItem(this.key);
      }
      this.storage(true);
    } catch {
      this.storage(false);
    }
  }

  private storage(stored: boolean): void {
    if (stored === this.stored) return;
    this.stored = stored;
    this.events.onStorage?.(stored ? 'stored' : 'memory-only');
  }

  private report(state: QueueState): void {
    this.events.onState?.(state);
  }
}
