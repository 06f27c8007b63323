// Timers a test runs by hand: what is due, and after how long, is visible, and nothing fires
// until the test says so.
import type { Timers } from '../../src/reporting/xapi/lrs-client';

export class ManualTimers implements Timers {
  private next = 1;
  private readonly due = new Map<number, { run: () => void; ms: number }>();

  setTimeout(run: () => void, ms: number): number {
    const handle = this.next++;
    this.due.set(handle, { run, ms });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.due.delete(handle as number);
  }

  /** The delays of the timers set and not yet run or cleared, in the order they were set. */
  get delays(): number[] {
    return [...this.due.values()].map((t) => t.ms);
  }

  /** Runs the oldest timer set whose delay is at least `minMs` (by default, any). */
  fire(minMs = 0): void {
    const entry = [...this.due.entries()].find(([, t]) => t.ms >= minMs);
    if (!entry) throw new Error(`no timer of ${minMs} ms or more is set (set: ${this.delays.join(', ') || 'none'})`);
    this.due.delete(entry[0]);
    entry[1].run();
  }
}

/** Lets every promise already settled run its callbacks (a few rounds: a send's answer goes through several). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
