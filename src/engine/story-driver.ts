// The ink story of one scenario, moved one choice point at a time: lines with their tags
// parsed and checked, choices with their moves and minutes, the visit clock, runtime errors.
// Encounter plays it for the game and keeps the transcript and run log around it; the story
// checker steps it directly, a million lines a scenario, keeping only what it checks. Both
// see the same story the same way because both go through here.
import { Story } from 'inkjs';
import type { Choice } from 'inkjs/engine/Choice';
import { ErrorType } from 'inkjs/engine/Error';
import type { ScenarioBundle } from './scenario-bundle';
import type { OfferedChoice, VariableSnapshot } from './run-log';
import { parseChoiceTags, parseLineTags, vocabularyOf, type ChoiceTags, type LineTags, type Parsed, type TagVocabulary } from './tags';
import { snapshotVariables, type TrackedVariable } from './variables';

export interface EncounterProblem {
  kind: 'tag' | 'runtime';
  message: string;
  /** Where in the story: the ink path, or the text of the line. */
  where: string;
}

export class StoryDriver {
  /** Tag and runtime problems met so far; whoever reads them may empty the list. */
  readonly problems: EncounterProblem[] = [];
  private readonly story: Story;
  private readonly vocabulary: TagVocabulary;
  private readonly clock: string | undefined;
  // Tags parsed, by their raw text: a story repeats the same few sets of tags many times.
  private readonly lineTags = new Map<string, Parsed<LineTags>>();
  private readonly choiceTags = new Map<string, Parsed<ChoiceTags>>();

  /**
   * `lastLine` names where a runtime error is when ink cannot: the last line shown. `seed` is
   * ink's story seed: it drives the scenario's RANDOM and shuffles, so the same seed and
   * choices replay the same run, here or in any ink player.
   */
  constructor(bundle: ScenarioBundle, lastLine: () => string | null | undefined, seed = 0) {
    this.story = new Story(bundle.storyJson);
    this.seedWith(seed);
    this.story.onError = (message, type) => {
      const where = this.story.state.currentPathString ?? lastLine() ?? '(start)';
      this.problems.push({ kind: 'runtime', message: `${type === ErrorType.Warning ? 'warning' : 'error'}: ${message}`, where });
    };
    this.vocabulary = vocabularyOf(bundle.meta, bundle.taxonomy.moves);
    this.clock = bundle.meta.clock?.variable;
  }

  get canContinue(): boolean {
    return this.story.canContinue;
  }

  /**
   * Continues to the next choice point, or the end, handing over each line to show with its
   * tags. A line with neither text nor tags is not shown; a tag-only line is (it carries
   * presentation changes for the scene). Lines with the same tags get the same object: copy
   * it to change it.
   */
  runToChoice(show: (text: string, tags: LineTags) => void): void {
    const story = this.story;
    while (story.canContinue) {
      const text = story.Continue()?.trim() ?? '';
      const parsed = this.parsed(this.lineTags, story.currentTags ?? [], parseLineTags);
      for (const p of parsed.problems) this.problems.push({ kind: 'tag', message: `${p.tag} ${p.message}`, where: text });
      if (text === '' && Object.keys(parsed.tags).length === 0) continue;
      show(text, parsed.tags);
    }
  }

  /** The choices on offer now, their tags parsed (problems are recorded). */
  readChoices(): OfferedChoice[] {
    return this.story.currentChoices.map((choice: Choice) => {
      const parsed = this.parsed(this.choiceTags, choice.tags ?? [], parseChoiceTags);
      for (const p of parsed.problems) {
        this.problems.push({ kind: 'tag', message: `${p.tag} ${p.message}`.trim(), where: choice.sourcePath });
      }
      return { index: choice.index, text: choice.text.trim(), moves: [...parsed.tags.moves], time: parsed.tags.time, why: parsed.tags.why };
    });
  }

  private parsed<T>(cache: Map<string, Parsed<T>>, raw: readonly string[], parse: (raw: readonly string[], vocabulary: TagVocabulary) => Parsed<T>): Parsed<T> {
    const key = raw.join('\n');
    let parsed = cache.get(key);
    if (!parsed) cache.set(key, (parsed = parse(raw, this.vocabulary)));
    return parsed;
  }

  /** ink's path to an offered choice: where in the story the choice point is. */
  choicePath(index: number): string {
    return this.story.currentChoices[index]!.sourcePath;
  }

  /** Takes a choice read by readChoices: its minutes go on the visit clock before the story reacts. */
  choose(choice: OfferedChoice): void {
    this.spendTime(choice.time);
    this.take(choice.index);
  }

  /** Lets ink react to a choice whose minutes spendTime() has already put on the clock. */
  take(index: number): void {
    this.story.ChooseChoiceIndex(index);
  }

  /**
   * The ink story itself, for the story checker's transition memo, which replays a choice it
   * has seen by setting ink's state directly. The game never needs it.
   */
  get inkStory(): Story {
    return this.story;
  }

  variables(tracked: readonly TrackedVariable[]): VariableSnapshot {
    return snapshotVariables({ read: (name) => this.story.variablesState.$(name) }, tracked);
  }

  /** How often a knot or stitch ("knot.stitch") has been visited; needs a story compiled to count all visits. */
  visits(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  /** The ink state alone: what save() gives, load() puts back. */
  save(): string {
    return this.story.state.toJson();
  }

  load(state: string): void {
    this.story.state.LoadJson(state);
  }

  /** Back to the very start of the story, under `seed`. */
  reset(seed: number): void {
    this.story.ResetState();
    this.seedWith(seed);
  }

  /** The story seed of the state the story is in (a loaded state brings its own). */
  get seed(): number {
    return this.story.state.storySeed;
  }

  /**
   * ink seeds RANDOM and shuffles from the clock; an explicit seed makes every run replayable
   * from its seed and choices alone, which the debrief's counterfactuals depend on.
   */
  private seedWith(seed: number): void {
    this.story.state.storySeed = seed;
    this.story.state.previousRandom = 0;
  }

  /** Puts a choice's minutes on the visit clock, as choose() does before ink moves on. */
  spendTime(minutes: number): void {
    const clock = this.clock;
    if (!clock || minutes === 0) return;
    const current = this.story.variablesState.$(clock);
    if (typeof current === 'number') this.story.variablesState.$(clock, current + minutes);
  }
}
