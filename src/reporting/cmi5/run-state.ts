// The AU's own state for this registration (State API, RUN_STATE_ID): the run so far as a run
// code, to resume it in the next session, the attempt id its statements carry (so a run resumed
// on another device stays one run in the LRS), and whether completed was sent (cmi5 allows one
// per registration). Every change is kept on the device first and then written to the LRS, the
// latest only, again after a failure; while the device's copy is not yet written it is the
// newer one and wins on the next start. Once written, the LRS's copy wins (the learner may
// have gone on elsewhere), and the device's copy is only the fallback when the LRS cannot
// be read.
import * as z from 'zod/mini';
import { readKept, type KeyValueStore } from '../../engine/save';
import type { Timers } from '../xapi/lrs-client';
import { decodeRunCode } from '../../engine/run-code';
import { BASE_DELAY_MS, MAX_DELAY_MS } from '../xapi/statement-queue';
import { DocumentError, type StateAddress, type XapiDocuments } from './documents';

const STATE_FORMAT = 'asymmetry-cmi5-run';
const STATE_SCHEMA = 1;

export interface RunState {
  scenarioId: string;
  code: string;
  attempt: string;
  completed: boolean;
}

const stateSchema = z.object({
  format: z.literal(STATE_FORMAT),
  schema: z.literal(STATE_SCHEMA),
  scenarioId: z.string().check(z.minLength(1)),
  code: z.string(),
  attempt: z.string().check(z.minLength(1), z.maxLength(100)),
  completed: z.boolean(),
});
const keptSchema = z.object({ state: stateSchema, written: z.boolean() });

/** True when the run `later` is the run `kept` gone on: the same story and seed, its choices first. */
export function continuesRun(kept: string, later: string): boolean {
  const a = decodeRunCode(kept);
  const b = decodeRunCode(later);
  if (!a.ok || !b.ok) return false;
  const same = a.value.scenarioHash === b.value.scenarioHash && a.value.storyHash === b.value.storyHash && a.value.seed === b.value.seed;
  return same && a.value.choices.length <= b.value.choices.length && a.value.choices.every((choice, turn) => b.value.choices[turn] === choice);
}

export const runStateKey = (registration: string, activityId: string): string => `asymmetry:cmi5:run:${registration}:${activityId}`;

const asDocument = (state: RunState) => ({ format: STATE_FORMAT, schema: STATE_SCHEMA, ...state });

function readState(document: unknown): RunState | null {
  const parsed = stateSchema.safeParse(document);
  if (!parsed.success) return null;
  const { scenarioId, code, attempt, completed } = parsed.data;
  return { scenarioId, code, attempt, completed };
}

export interface RunStateHost {
  /** The device's lasting storage (localStorage). */
  store: KeyValueStore;
  timers: Timers;
  /** Told when the LRS refuses a write (not when it cannot be reached: that is retried). */
  onRefused?: (status: number) => void;
}

export class RunStateDocument {
  private state: RunState | null = null;
  private written = true;
  private writing = false;
  private timer: unknown = null;
  private failures = 0;

  constructor(
    private readonly documents: XapiDocuments,
    private readonly address: StateAddress,
    private readonly host: RunStateHost,
  ) {}

  get current(): RunState | null {
    return this.state;
  }

  /** Reads the state: the device's copy if not yet written (and writes it), else the LRS's, else the device's. */
  async load(): Promise<RunState | null> {
    const kept = this.readKept();
    if (kept && !kept.written) {
      this.save(kept.state);
      return this.state;
    }
    try {
      this.state = readState(await this.documents.getState(this.address));
      this.written = true;
    } catch {
      this.state = kept?.state ?? null;
    }
    return this.state;
  }

  save(state: RunState): void {
    this.state = state;
    this.written = false;
    this.keep();
    this.failures = 0;
    this.cancelTimer();
    void this.write();
  }

  /** Sends the latest now (the device is back online). */
  retryNow(): void {
    if (this.written || this.writing) return;
    this.cancelTimer();
    void this.write();
  }

  /** The page is going away: the latest, if not yet written, in a request that outlives the page. */
  leave(): void {
    this.cancelTimer();
    if (this.written || !this.state) return;
    const state = this.state;
    this.documents.putState(this.address, asDocument(state), { keepalive: true }).then(
      () => this.markWritten(state),
      () => undefined,
    );
  }

  private async write(): Promise<void> {
    if (this.writing || !this.state) return;
    this.writing = true;
    const state = this.state;
    try {
      await this.documents.putState(this.address, asDocument(state));
      this.failures = 0;
      this.markWritten(state);
    } catch (error) {
      if (error instanceof DocumentError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) {
        // Refused: asking again says the same; the next save tries again.
        this.host.onRefused?.(error.status);
      } else {
        this.retryLater();
      }
    } finally {
      this.writing = false;
    }
    // Saved again while this one was on its way: write the newer one.
    if (!this.written && this.state !== state && this.timer === null) void this.write();
  }

  private retryLater(): void {
    this.failures++;
    const delay = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (this.failures - 1));
    this.timer = this.host.timers.setTimeout(() => {
      this.timer = null;
      void this.write();
    }, delay);
  }

  private cancelTimer(): void {
    if (this.timer === null) return;
    this.host.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private markWritten(state: RunState): void {
    if (this.state !== state) return;
    this.written = true;
    this.keep();
  }

  private keep(): void {
    if (!this.state) return;
    try {
      this.host.store.setItem(this.key(), JSON.stringify({ state: asDocument(this.state), written: this.written }));
    } catch {
      // Storage full or off: the LRS's copy is the only one.
    }
  }

  private readKept(): { state: RunState; written: boolean } | null {
    const kept = readKept(this.host.store, this.key(), keptSchema);
    const state = kept ? readState(kept.state) : null;
    return kept && state ? { state, written: kept.written } : null;
  }

  private key(): string {
    return runStateKey(this.address.registration, this.address.activityId);
  }
}
