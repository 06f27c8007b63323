// One step of a story at a time: what the story checker explores, and what the debrief plays
// on with to find where an option can end. Drives the engine's StoryDriver, as the game's
// Encounter does, so it sees the same lines, tags, choices and problems a player would, but
// keeps no transcript or run log. Serialising and loading ink state is the costliest thing
// beyond ink itself, so a state is kept only when asked for; random playthroughs go forward
// only (restart, play) and replay choices met before from the transition memo.
import { SimpleJson } from 'inkjs/engine/SimpleJson';
import type { ScenarioBundle } from '../scenario-bundle';
import type { EncounterProblem } from '../story-driver';
import type { OfferedChoice, VariableSnapshot } from '../run-log';
import { StoryDriver } from '../story-driver';
import { trackedVariables, type TrackedVariable } from '../variables';
import { TransitionMemo, type Kept } from './transition-memo';

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
  /** Where the story stands, for the transition memo (-1: nowhere it can look up). */
  place: number;
}

/** What a step saw that the transition memo keeps, to give back when it replays the step; `ending` is the ending tag met in this step itself. */
type Seen = Pick<StepInfo, 'ended' | 'ending' | 'choices' | 'lastLine'>;

const NONE: never[] = [];

/**
 * A choice point to come back to with back(), and a key equal for choice points with the same
 * future: kept by the transition memo where it can follow the story, else as a saved state.
 */
export interface Here {
  readonly key: string;
  readonly info: StepInfo;
  readonly kept: Kept | null;
}

/** An ink state as inkjs reads it from JSON. */
export type ParsedState = Readonly<Record<string, unknown>>;

export class Stepper {
  /** The start of the story under the current seed (see reseed()). */
  initial: StepInfo;
  private readonly driver: StoryDriver;
  private readonly memo: TransitionMemo<Seen>;
  private readonly tracked: readonly TrackedVariable[];
  /** The step the live story is at; stepping from any other loads its kept state. */
  private at: StepInfo;
  /** The last line shown on the current path, for runtime errors ink cannot place. */
  private shown: string | null = null;
  /** The initial state, parsed once for restart(). */
  private start: ParsedState | null = null;
  /** The seed of the current start. */
  private seed: number;
  /** Choices made with play(), and how many of them the memo replayed rather than ink playing them. */
  readonly plays = { total: 0, replayed: 0 };
  /** The start under each seed met so far, with its parsed state. */
  private readonly starts = new Map<number, { info: StepInfo; parsed: ParsedState | null }>();

  /**
   * `knots`: the knots and stitches ("knot.stitch") whose visits a step that ends reports.
   * `memo`: replay choices met before rather than run ink again (off only to test that it changes nothing).
   * `seed`: the story seed, which picks the run's variant. Each step's variables include the
   * scenario's variation variables beside the tracked ones.
   */
  constructor(
    bundle: ScenarioBundle,
    private readonly knots: readonly string[],
    memo = true,
    seed = 0,
  ) {
    this.seed = seed;
    this.driver = new StoryDriver(bundle, () => this.shown, seed);
    this.memo = new TransitionMemo(this.driver.inkStory, bundle.storyJson, memo);
    const variation = (bundle.meta.variation ?? []).map((v) => ({ name: v.name, label: v.label, min: -Infinity, max: Infinity }));
    this.tracked = [...trackedVariables(bundle.meta), ...variation];
    this.initial = { ...this.run(null, true).info, place: this.memo.placeNow() };
    this.at = this.initial;
    this.starts.set(seed, { info: this.initial, parsed: null });
  }

  /**
   * Moves to the start of the story under another seed (another variant of the run). The memo
   * is kept: what ink did without drawing at random holds under every seed.
   */
  reseed(seed: number): StepInfo {
    this.starts.get(this.seed)!.parsed = this.start;
    this.seed = seed;
    let start = this.starts.get(seed);
    if (!start) {
      this.memo.detach();
      this.driver.reset(seed);
      start = { info: { ...this.run(null, true).info, place: this.memo.placeNow() }, parsed: null };
      this.starts.set(seed, start);
      this.at = start.info;
    }
    this.initial = start.info;
    this.start = start.parsed;
    return this.restart();
  }

  /** Why the transition memo does nothing for this story (null: it works). */
  get memoDeclined(): TransitionMemo<Seen>['declined'] {
    return this.memo.declined;
  }

  /** A saved ink state, parsed once to be jumped to many times (see jumpTo). */
  static parse(state: string): ParsedState {
    return Object.freeze(SimpleJson.TextToDictionary(state));
  }

  /**
   * Moves to a saved state at a choice point, to play on from it with play(). What was shown
   * before it is dropped (see here()), so the step has no last line or ending of its own.
   */
  jumpTo(state: ParsedState): StepInfo {
    this.memo.detach();
    const d = this.driver;
    d.inkStory.state.LoadJsonObj(state);
    const choices = d.readChoices();
    this.at = { state: null, ended: choices.length === 0 && !d.canContinue, ending: null, choices, variables: d.variables(this.tracked), problems: NONE, lastLine: null, visited: NONE, place: this.memo.placeNow() };
    return this.at;
  }

  /**
   * The choice point the story is at, to come back to. A saved state leaves out the text last
   * shown: ink sets that aside before it goes on, so it does not change the future.
   */
  here(): Here {
    const info = { ...this.at, ending: null };
    const kept = this.memo.keep(this.at.place);
    if (kept) return { key: kept.key, info, kept };
    this.driver.inkStory.state.ResetOutput();
    return { key: this.driver.save(), info, kept: null };
  }

  /** Back to a choice point kept with here(); what was shown on the way there is dropped, as in jumpTo(). */
  back(here: Here): StepInfo {
    if (here.kept) {
      this.memo.putBack(here.kept);
      this.at = here.info;
      return this.at;
    }
    return this.jumpTo(Stepper.parse(here.key));
  }

  /** Back to the start, for a new playthrough with play(). */
  restart(): StepInfo {
    // From the parsed state: parsing the same JSON ten thousand times would cost more than the loading.
    this.start ??= Stepper.parse(this.initial.state!);
    if (this.at !== this.initial) this.driver.inkStory.state.LoadJsonObj(this.start);
    this.at = this.initial;
    return this.initial;
  }

  /**
   * Makes a choice offered at the step the story is at (play from restart() onwards): replayed
   * from the transition memo when the same situation was met before, otherwise played by ink.
   */
  play(from: StepInfo, choice: OfferedChoice): StepInfo {
    if (from !== this.at) throw new Error('play() continues from the step the story is at');
    this.driver.spendTime(choice.time);
    const known = this.memo.recall(from.place, choice.index);
    this.plays.total++;
    if (known) {
      this.plays.replayed++;
      this.memo.replay(known);
      const d = this.driver;
      this.at = {
        ...known.seen,
        state: null,
        ending: known.seen.ending ?? from.ending,
        variables: d.variables(this.tracked),
        problems: NONE,
        visited: known.seen.ended ? this.visitedKnots() : NONE,
        place: known.place,
      };
      return this.at;
    }
    let info!: Omit<StepInfo, 'place'>;
    const place = this.memo.record(from.place, choice.index, () => {
      this.driver.take(choice.index);
      const ran = this.run(from, false);
      info = ran.info;
      // A step with problems is played again each time, so that each path meets them.
      return { seen: { ended: info.ended, ending: ran.endingHere, choices: info.choices, lastLine: info.lastLine }, remember: info.problems.length === 0 };
    });
    this.at = { ...info, place };
    return this.at;
  }

  /** Makes a choice offered at `from`: the step the story is at, or one whose state was kept. */
  step(from: StepInfo, choice: OfferedChoice, keepState: boolean): StepInfo {
    if (from !== this.at) {
      if (from.state === null) throw new Error('the stepper cannot go back to a step whose state was not kept');
      this.driver.load(from.state);
    } else {
      this.memo.detach();
    }
    this.driver.choose(choice);
    this.at = { ...this.run(from, keepState).info, place: -1 };
    return this.at;
  }

  /** Lets ink run to the next choice point; also says which ending tag, if any, this step itself met. */
  private run(from: StepInfo | null, keepState: boolean): { info: Omit<StepInfo, 'place'>; endingHere: string | null } {
    const d = this.driver;
    let lastLine: string | null = null;
    let endingHere: string | null = null;
    this.shown = from?.lastLine ?? null;
    d.runToChoice((text, tags) => {
      lastLine = this.shown = text;
      if (tags.ending) endingHere = tags.ending;
    });
    const choices = d.readChoices();
    const ended = choices.length === 0 && !d.canContinue;
    const info = {
      state: keepState ? d.save() : null,
      ended,
      ending: endingHere ?? from?.ending ?? null,
      choices,
      variables: d.variables(this.tracked),
      problems: d.problems.length ? d.problems.splice(0) : NONE,
      lastLine,
      // Visit counts only grow, so the end of a path holds every knot the path went through.
      visited: ended ? this.visitedKnots() : NONE,
    };
    return { info, endingHere };
  }

  private visitedKnots(): string[] {
    return this.knots.filter((k) => this.driver.visits(k) > 0);
  }
}
