// One step of a story at a time: what the story checker explores. Wraps the engine's
// Encounter so the checker sees exactly what a player would. Serialising and loading ink
// state is most of the cost beyond ink itself, so it happens only when asked for.
import { Encounter, type EncounterProblem, type ScenarioBundle } from '../src/engine/encounter.ts';
import type { OfferedChoice, VariableSnapshot } from '../src/engine/run-log.ts';

export interface StepInfo {
  /** The ink state after this step, if it was kept (to come back to it later). */
  state: string | null;
  ended: boolean;
  ending: string | null;
  choices: readonly OfferedChoice[];
  variables: VariableSnapshot;
  problems: EncounterProblem[];
  /** The last line shown: where a dead end is. */
  lastLine: string | null;
  /** Knots and stitches visited on the way here; read only when the story has ended. */
  visited: string[];
}

export class Stepper {
  private readonly encounter: Encounter;
  readonly initial: StepInfo;

  constructor(bundle: ScenarioBundle) {
    this.encounter = Encounter.begin(bundle);
    this.initial = this.info(this.encounter.currentLines.at(-1)?.text ?? null, true);
  }

  /**
   * Makes a choice from `from` (a kept state), or, without it, from wherever the previous
   * step left the story.
   */
  step(choiceIndex: number, from: string | null, keepState: boolean): StepInfo {
    const e = this.encounter;
    if (from !== null) e.jumpTo(from);
    const step = e.choose(choiceIndex);
    return this.info(step.lines.at(-1)?.text ?? null, keepState);
  }

  private info(lastLine: string | null, keepState: boolean): StepInfo {
    const e = this.encounter;
    const ended = e.ended;
    const state = keepState || ended ? e.inkState() : null;
    // Visit counts only grow, so the end of a path holds every knot the path went through.
    const visits = ended ? ((JSON.parse(state!) as { visitCounts?: Record<string, number> }).visitCounts ?? {}) : {};
    return {
      state: keepState ? state : null,
      ended,
      ending: ended ? e.ending : null,
      choices: e.choices,
      variables: e.variables,
      problems: e.problems.length ? [...e.problems] : [],
      lastLine,
      visited: Object.keys(visits),
    };
  }
}

/** Visit counts above this are treated alike, so that going round a loop again is the same state. */
export const VISIT_CAP = 3;

/**
 * A key that is equal for states with the same future. The turn counter and turn indices
 * matter only to stories that use TURNS_SINCE or TURNS, and are dropped otherwise; visit
 * counts are capped, which is exact unless a story tests a count above the cap.
 */
export function stateKeyer(storyJson: string): (state: string) => string {
  const usesTurns = /"turns?"/.test(storyJson);
  return (state) => {
    const parsed = JSON.parse(state) as Record<string, unknown>;
    if (!usesTurns) {
      delete parsed.turnIdx;
      delete parsed.turnIndices;
    }
    const visits = parsed.visitCounts as Record<string, number> | undefined;
    if (visits) for (const k of Object.keys(visits)) visits[k] = Math.min(visits[k]!, VISIT_CAP);
    // Thread numbers only grow as a story runs; their values say nothing about the future.
    return JSON.stringify(parsed)
      .replace(/"(threadIndex|threadCounter|originalThreadIndex)":\d+/g, '"$1":0')
      .replace(/"\d+":\{"callstack"/g, '"t":{"callstack"');
  };
}
