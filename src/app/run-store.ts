// What the device keeps beside the autosave: the learner's written reaction (never exported),
// the nickname they chose to put on their runs (if any) and, after "replay from here", the
// first run, so the two can be compared side by side.
import type { KeyValueStore } from '../engine/save';
import { parseResults, type ResultsFile } from '../engine/results';
import { cleanNickname } from '../engine/run-code';

const reactionKey = (scenarioId: string) => `asymmetry:reaction:${scenarioId}`;
const comparisonKey = (scenarioId: string) => `asymmetry:compare:${scenarioId}`;
const reflectionsKey = (scenarioId: string) => `asymmetry:reflections:${scenarioId}`;
const attemptKey = (scenarioId: string) => `asymmetry:attempt:${scenarioId}`;
const NICKNAME_KEY = 'asymmetry:nickname';

export interface StoredComparison {
  fromTurn: number;
  first: ResultsFile;
}

export class RunStore {
  /** Kept here too, so a store that is full or off does not lose it for this visit. */
  private chosenNickname: string | null | undefined;
  /** Comparisons storage would not take (full or off): replay from a moment still compares, for this visit. */
  private readonly unkept = new Map<string, StoredComparison>();

  constructor(private readonly store: KeyValueStore) {}

  reaction(scenarioId: string): string {
    return this.store.getItem(reactionKey(scenarioId)) ?? '';
  }

  saveReaction(scenarioId: string, text: string): void {
    try {
      this.store.setItem(reactionKey(scenarioId), text);
    } catch {
      // A full store must not interrupt writing; the text stays in the field.
    }
  }

  /** The nickname the learner chose for their runs, or null (anonymous, the default). */
  nickname(): string | null {
    return this.chosenNickname !== undefined ? this.chosenNickname : cleanNickname(this.store.getItem(NICKNAME_KEY) ?? '');
  }

  /** Keeps a nickname if it may be one (an empty one means anonymous); says whether it was kept. */
  saveNickname(text: string): boolean {
    const name = cleanNickname(text);
    if (name === null && text.trim() !== '') return false;
    this.chosenNickname = name;
    try {
      if (name === null) this.store.removeItem(NICKNAME_KEY);
      else this.store.setItem(NICKNAME_KEY, name);
    } catch {
      // Storage full or off: the nickname still goes on this run's code and file.
    }
    return true;
  }

  /** The learner's answer to a moment's reflection in the debrief; like the reaction, never exported. */
  reflection(scenarioId: string, turn: number): string {
    const value = this.reflections(scenarioId)[String(turn)];
    return typeof value === 'string' ? value : '';
  }

  saveReflection(scenarioId: string, turn: number, text: string): void {
    try {
      this.store.setItem(reflectionsKey(scenarioId), JSON.stringify({ ...this.reflections(scenarioId), [String(turn)]: text }));
    } catch {
      // As with the reaction: the text stays in the field.
    }
  }

  private reflections(scenarioId: string): Record<string, unknown> {
    try {
      const parsed: unknown = JSON.parse(this.store.getItem(reflectionsKey(scenarioId)) ?? '{}');
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }

  comparison(scenarioId: string): StoredComparison | null {
    const unkept = this.unkept.get(scenarioId);
    if (unkept) return unkept;
    const raw = this.store.getItem(comparisonKey(scenarioId));
    if (!raw) return null;
    try {
      const { fromTurn, first } = JSON.parse(raw) as { fromTurn: unknown; first: unknown };
      const read = parseResults(JSON.stringify(first));
      return read.ok && typeof fromTurn === 'number' ? { fromTurn, first: read.value } : null;
    } catch {
      return null;
    }
  }

  saveComparison(scenarioId: string, comparison: StoredComparison): void {
    this.unkept.delete(scenarioId);
    try {
      this.store.setItem(comparisonKey(scenarioId), JSON.stringify(comparison));
    } catch {
      this.unkept.set(scenarioId, comparison);
    }
  }

  /**
   * The id a learning record store knows this run by: made with `newId` the first time, then
   * kept with the run across reloads, so its statements stay one attempt.
   */
  attempt(scenarioId: string, newId: () => string): string {
    const kept = this.store.getItem(attemptKey(scenarioId));
    if (kept && /^[0-9a-f-]{36}$/.test(kept)) return kept;
    const id = newId();
    try {
      this.store.setItem(attemptKey(scenarioId), id);
    } catch {
      // Storage full or off: the run keeps this id for this visit.
    }
    return id;
  }

  /** A new run from the start: nothing to compare with, nothing reacted to yet, a new attempt. */
  forget(scenarioId: string): void {
    this.unkept.delete(scenarioId);
    this.store.removeItem(attemptKey(scenarioId));
    this.store.removeItem(reactionKey(scenarioId));
    this.store.removeItem(reflectionsKey(scenarioId));
    this.store.removeItem(comparisonKey(scenarioId));
  }
}
