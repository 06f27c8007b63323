// One step of a story at a time: what the story checker explores. Drives the engine's
// StoryDriver, as the game's Encounter does, so the checker sees the same lines, tags,
// choices and problems a player would, but keeps no transcript or run log: only what it
// checks. Serialising and loading ink state is the costliest thing beyond ink itself, so a
// state is kept only when asked for.
import type { EncounterProblem, ScenarioBundle } from '../src/engine/encounter.ts';
import type { OfferedChoice, VariableSnapshot } from '../src/engine/run-log.ts';
import { StoryDriver } from '../src/engine/story-driver.ts';
import { trackedVariables, type TrackedVariable } from '../src/engine/variables.ts';

export interface StepInfo {
  /** The ink state after this step, if it was kept (to come back to it later). */
  state: string | null;
  ended: boolean;
  /** The last ending tag on the way here: the ending the game shows. */
  ending: string | null;
  choices: readonly OfferedChoice[];
  variables: VariableSnapshot;
  /** Tag and runtime problems met in this step. */
  problems: EncounterProblem[];
  /** The last line shown in this step: where a dead end is. */
  lastLine: string | null;
  /** The knots and stitches asked about that the path went through; only once it has ended. */
  visited: string[];
}

const NONE: never[] = [];

export class Stepper {
  readonly initial: StepInfo;
  private readonly driver: StoryDriver;
  private readonly tracked: readonly TrackedVariable[];
  /** The step the live story is at; stepping from any other loads its kept state. */
  private at: StepInfo;
  /** The last line shown on the current path, for runtime errors ink cannot place. */
  private shown: string | null = null;

  /** `knots`: the knots and stitches ("knot.stitch") whose visits a step that ends reports. */
  constructor(
    bundle: ScenarioBundle,
    private readonly knots: readonly string[],
  ) {
    this.driver = new StoryDriver(bundle, () => this.shown);
    this.tracked = trackedVariables(bundle.meta);
    this.initial = this.run(null, true);
    this.at = this.initial;
  }

  /** Makes a choice offered at `from`: the step the story is at, or one whose state was kept. */
  step(from: StepInfo, choice: OfferedChoice, keepState: boolean): StepInfo {
    if (from !== this.at) {
      if (from.state === null) throw new Error('the stepper cannot go back to a step whose state was not kept');
      this.driver.load(from.state);
    }
    this.driver.choose(choice);
    this.at = this.run(from, keepState);
    return this.at;
  }

  private run(from: StepInfo | null, keepState: boolean): StepInfo {
    const d = this.driver;
    let lastLine: string | null = null;
    let ending = from?.ending ?? null;
    this.shown = from?.lastLine ?? null;
    d.runToChoice((text, tags) => {
      lastLine = this.shown = text;
      if (tags.ending) ending = tags.ending;
    });
    const choices = d.readChoices();
    const ended = choices.length === 0 && !d.canContinue;
    return {
      state: keepState ? d.save() : null,
      ended,
      ending,
      choices,
      variables: d.variables(this.tracked),
      problems: d.problems.length ? d.problems.splice(0) : NONE,
      lastLine,
      // Visit counts only grow, so the end of a path holds every knot the path went through.
      visited: ended ? this.knots.filter((k) => d.visits(k) > 0) : NONE,
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
