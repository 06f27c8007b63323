// Why something read from outside the running game (a save, a results file, a run code) was
// refused: as data, so the engine says what is wrong and the UI says it in words
// (ui/problem-text.ts), in whatever language the UI speaks.
export type ReadProblem =
  /** Bigger than any real one; refused before it is parsed. */
  | { kind: 'too-large' }
  /** Not data at all: not JSON, or not the characters of a run code. */
  | { kind: 'unreadable' }
  /** Readable, but not the kind of thing asked for (a save where a results file was wanted). */
  | { kind: 'wrong-kind' }
  | { kind: 'older-version' }
  | { kind: 'newer-version' }
  /**
   * The right kind, but damaged: `field` names the first part that is wrong (a path such as
   * "log.3.chosen"), or a check across parts: "checksum", "choice-order", "story-state",
   * "code" (a results file's code does not match its log), "mixed" (its code is of another
   * scenario or story version than the file names: put together from more than one run), "log"
   * (its log is not what replaying its code gives), "nickname".
   */
  | { kind: 'damaged'; field: string }
  /** For another scenario: named when the reader knows it. */
  | { kind: 'other-scenario'; scenarioId: string | null }
  /**
   * Made with another version of this scenario's story, so it cannot be replayed exactly.
   * `gone`, for a saved run carried onto the new version (engine/story-update.ts): the first
   * choice no longer on offer there.
   */
  | { kind: 'story-changed'; gone?: PathGone }
  /** A choice the story never offered at that point (counting from 0). */
  | { kind: 'does-not-replay'; turn: number }
  /** A run stopped before its end, where a finished one is needed. */
  | { kind: 'unfinished' };

/**
 * Where a saved run's path leaves the updated story: its choice `turn` (counting from 0), the
 * option taken there as the learner read it, and what changed: that option is no longer offered
 * at that moment, the moment itself is no longer there, or the story now ends before it.
 */
export interface PathGone {
  turn: number;
  choice: string;
  change: 'option' | 'moment' | 'ends-sooner';
}

export type Read<T> = { ok: true; value: T } | { ok: false; problem: ReadProblem };

/** A refusal, for readers to return. */
export const refuse = (problem: ReadProblem): { ok: false; problem: ReadProblem } => ({ ok: false, problem });
