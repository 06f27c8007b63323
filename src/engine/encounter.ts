// One playthrough of one scenario: steps the story from choice point to choice point (tags
// parsed, time costs applied: story-driver.ts), tracks the hidden variables and keeps the
// transcript and run log. Pure TypeScript: it knows nothing of how it is drawn.
import { Emitter } from './events';
import type { LogEntry, OfferedChoice, RunSummary, TranscriptLine, VariableSnapshot } from './run-log';
import type { ScenarioBundle } from './scenario-bundle';
import type { ScenarioMeta } from './scenario-meta';
import { StoryDriver, type EncounterProblem } from './story-driver';
import { trackedVariables, type TrackedVariable } from './variables';

// Encounter.begin takes a bundle: callers that only play need not know where it is defined.
export type { ScenarioBundle };

/** Everything needed to put an encounter back exactly where it was. */
export interface EncounterSnapshot {
  inkState: string;
  transcript: TranscriptLine[];
  log: LogEntry[];
}

export interface StepEvent {
  lines: readonly TranscriptLine[];
  choices: readonly OfferedChoice[];
  ended: boolean;
}

export class EncounterError extends Error {
  override name = 'EncounterError';
}

export class Encounter {
  readonly meta: ScenarioMeta;
  readonly storyVersion: string;
  readonly tracked: readonly TrackedVariable[];
  private readonly steps = new Emitter<StepEvent>();
  private readonly story: StoryDriver;
  private readonly transcriptLines: TranscriptLine[] = [];
  private readonly logEntries: LogEntry[] = [];
  private offered: OfferedChoice[] = [];

  private constructor(bundle: ScenarioBundle, seed = 0) {
    this.meta = bundle.meta;
    this.storyVersion = bundle.storyVersion;
    this.tracked = trackedVariables(bundle.meta);
    this.story = new StoryDriver(bundle, () => this.transcriptLines.at(-1)?.text, seed);
  }

  /** Tag and runtime problems met since the start (or the last jumpTo). */
  get problems(): EncounterProblem[] {
    return this.story.problems;
  }

  /**
   * Starts a new playthrough and runs to the first choice point. The seed picks the run's
   * variant (what the story draws with RANDOM); the same seed and choices replay it exactly.
   */
  static begin(bundle: ScenarioBundle, seed = 0): Encounter {
    if (!isSeed(seed)) throw new EncounterError(`A run's seed is a whole number from 0 to ${MAX_SEED}, not ${String(seed)}.`);
    const encounter = new Encounter(bundle, seed);
    encounter.runToChoice();
    return encounter;
  }

  /**
   * Starts this encounter again from the beginning under `seed`, keeping its compiled story:
   * replaying a room's runs need not build a story for each. Earlier logs handed out stay as
   * they were (each turn's entry is its own object), but the log array itself starts again.
   */
  restart(seed: number): void {
    if (!isSeed(seed)) throw new EncounterError(`A run's seed is a whole number from 0 to ${MAX_SEED}, not ${String(seed)}.`);
    this.story.reset(seed);
    this.transcriptLines.length = 0;
    this.logEntries.length = 0;
    this.problems.length = 0;
    this.runToChoice();
  }

  /** Restores a snapshot taken from a save. Throws EncounterError if it does not fit this story. */
  static restore(bundle: ScenarioBundle, snapshot: EncounterSnapshot): Encounter {
    const encounter = new Encounter(bundle);
    if (snapshot.transcript.some((line) => line.turn > snapshot.log.length)) {
      throw new EncounterError('The saved transcript and run log disagree about how many choices were made.');
    }
    try {
      encounter.jumpTo(snapshot.inkState);
    } catch (error) {
      throw new EncounterError(`The saved story state could not be read: ${(error as Error).message}`);
    }
    encounter.transcriptLines.push(...snapshot.transcript);
    encounter.logEntries.push(...snapshot.log);
    if (encounter.story.canContinue) throw new EncounterError('The save was taken in the middle of a line.');
    return encounter;
  }

  /**
   * Puts this encounter at a saved ink state with an empty history: for exploring what an
   * option would have led to, where only what happens next matters.
   */
  jumpTo(inkState: string): void {
    this.story.load(inkState);
    this.transcriptLines.length = 0;
    this.logEntries.length = 0;
    this.problems.length = 0;
    this.offered = this.story.readChoices();
  }

  /** The ink state alone: cheap to take and to jump back to. */
  inkState(): string {
    return this.story.save();
  }

  subscribe(listener: (event: StepEvent) => void): () => void {
    return this.steps.subscribe(listener);
  }

  get transcript(): readonly TranscriptLine[] {
    return this.transcriptLines;
  }

  get log(): readonly LogEntry[] {
    return this.logEntries;
  }

  get choices(): readonly OfferedChoice[] {
    return this.offered;
  }

  get ended(): boolean {
    return this.offered.length === 0 && !this.story.canContinue;
  }

  /** The lines shown since the last choice: what the player is looking at now. */
  get currentLines(): TranscriptLine[] {
    const turn = this.logEntries.length;
    return this.transcriptLines.filter((l) => l.turn === turn);
  }

  /** The id of the ending reached, if the story tagged one. */
  get ending(): string | null {
    for (let i = this.transcriptLines.length - 1; i >= 0; i--) {
      const ending = this.transcriptLines[i]!.tags.ending;
      if (ending) return ending;
    }
    return null;
  }

  /** The run's seed: with the choices, all it takes to replay the run. */
  get seed(): number {
    return this.story.seed;
  }

  /** What the story drew from its seed: the scenario's variation variables, as they are now. */
  get variant(): VariableSnapshot {
    return this.story.variables((this.meta.variation ?? []).map((v) => ({ name: v.name, label: v.label, min: -Infinity, max: Infinity })));
  }

  get variables(): VariableSnapshot {
    return this.story.variables(this.tracked);
  }

  /** The run so far, as the debrief and the results file take it. */
  summary(): RunSummary {
    return { seed: this.seed, log: this.logEntries, final: this.variables, ended: this.ended, ending: this.ending };
  }

  snapshot(): EncounterSnapshot {
    return {
      inkState: this.story.save(),
      transcript: structuredClone(this.transcriptLines),
      log: structuredClone(this.logEntries),
    };
  }

  choose(index: number): StepEvent {
    const choice = this.offered.find((c) => c.index === index);
    if (!choice) throw new EncounterError(`There is no choice ${index} here (${this.offered.length} offered).`);
    const before = this.variables;
    const last = this.transcriptLines.at(-1);
    const prompt = last && last.turn === this.logEntries.length ? last.text : null;
    const path = this.story.choicePath(index);
    this.story.choose(choice);
    const turn = this.logEntries.length;
    const entry: LogEntry = {
      turn,
      knot: knotOf(path),
      path,
      prompt,
      offered: this.offered,
      chosen: index,
      moves: choice.moves,
      time: choice.time,
      before,
      after: before,
      disclosed: [],
    };
    this.logEntries.push(entry);
    const step = this.runToChoice();
    entry.after = this.variables;
    entry.disclosed = step.lines.flatMap((l) => (l.tags.disclose ? [l.tags.disclose] : []));
    // Only now is the log complete: listeners (the autosave among them) must see it whole.
    this.steps.emit(step);
    return step;
  }

  private runToChoice(): StepEvent {
    const turn = this.logEntries.length;
    const lines: TranscriptLine[] = [];
    this.story.runToChoice((text, tags) => lines.push({ turn, text, tags: { ...tags } }));
    this.transcriptLines.push(...lines);
    this.offered = this.story.readChoices();
    return { lines, choices: this.offered, ended: this.ended };
  }
}

/** Seeds are small enough to read out and type: a run code carries one. */
export const MAX_SEED = 99_999;

export function isSeed(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_SEED;
}

/** "opening.0.c-1" → "opening"; a choice at the top of the story has no knot. */
export function knotOf(path: string): string {
  const first = path.split('.')[0] ?? '';
  return /^\d+$/.test(first) || first === '' ? '(top)' : first;
}
