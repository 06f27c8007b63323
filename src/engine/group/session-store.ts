// Keeps each scenario's group session on the facilitator's device (an injected key-value
// store: localStorage in the browser, a Map in tests) until the facilitator clears it. A kept
// session that cannot be read is never dropped: the reader says why and hands back its text.
import type { ReadProblem } from '../read-problem';
import type { KeyValueStore } from '../save';
import type { KeptRun } from './group-run';
import { makeSessionFile, parseSessionFile } from './session-file';

const sessionKey = (scenarioId: string) => `asymmetry:group:${scenarioId}`;
const setAsideKey = (scenarioId: string) => `asymmetry:group-kept:${scenarioId}`;

export type KeptSession = { status: 'empty' } | { status: 'ok'; runs: KeptRun[] } | { status: 'unusable'; problem: ReadProblem; raw: string };

export class GroupSessions {
  constructor(private readonly store: KeyValueStore) {}

  read(scenarioId: string, storyVersion: string): KeptSession {
    let raw: string | null;
    try {
      raw = this.store.getItem(sessionKey(scenarioId));
    } catch {
      return { status: 'empty' };
    }
    if (raw === null) return { status: 'empty' };
    const read = parseSessionFile(raw);
    if (!read.ok) return { status: 'unusable', problem: read.problem, raw };
    if (read.value.scenarioId !== scenarioId) return { status: 'unusable', problem: { kind: 'other-scenario', scenarioId: read.value.scenarioId }, raw };
    // The game was updated since: the codes no longer replay on this story.
    if (read.value.storyVersion !== storyVersion) return { status: 'unusable', problem: { kind: 'story-changed' }, raw };
    return { status: 'ok', runs: read.value.runs };
  }

  /** Moves an unusable session out of the way, so a new one does not overwrite it; false if the store refused. */
  setAside(scenarioId: string, raw: string): boolean {
    try {
      this.store.setItem(setAsideKey(scenarioId), raw);
      this.store.removeItem(sessionKey(scenarioId));
      return true;
    } catch {
      return false;
    }
  }

  /** Keeps the session; false when the store refused (full, or off), so the page can say so. */
  write(scenarioId: string, storyVersion: string, runs: readonly KeptRun[], now: Date): boolean {
    try {
      if (runs.length === 0) this.store.removeItem(sessionKey(scenarioId));
      else this.store.setItem(sessionKey(scenarioId), JSON.stringify(makeSessionFile(scenarioId, storyVersion, runs, now)));
      return true;
    } catch {
      return false;
    }
  }
}
