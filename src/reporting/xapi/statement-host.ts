// What a reporter that sends statements is given by the page: the network, the clock, storage
// for its outbox, ids and the taxonomy's levers. Shared by the plain-xAPI and cmi5 reporters.
import type { KeyValueStore } from '../../engine/save';
import type { Fetch, Timers } from './lrs-client';
import type { QueueEvents } from './statement-queue';
import type { LeverOf, NewId } from './statements';

export interface StatementHost {
  fetch: Fetch;
  timers: Timers;
  /** The device's lasting storage (localStorage): the outbox. */
  store: KeyValueStore;
  /** A fresh UUID v4 (crypto.randomUUID). */
  newId: NewId;
  /** In [0, 1): the outbox's retry jitter. */
  random: () => number;
  now: () => Date;
  leverOf: LeverOf;
  /** The outbox's news: sending, retrying, held, statements set aside, storage refused. */
  events?: QueueEvents;
  /** Calls `listener` when the device comes back online (window's 'online' event); returns the unsubscribe. */
  onOnline?: (listener: () => void) => () => void;
  /** Per request; the client's default otherwise. */
  timeoutMs?: number;
}
