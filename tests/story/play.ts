// Plays library scenarios by what the options say, for story tests that pin a scene: a test
// names the choices it takes by a piece of their text, so it reads like the scene it checks.
import path from 'node:path';
import { bundleOf, compileScenario, loadTaxonomy, storyPaths } from '../../build/scenario-catalog';
import type { Diagnostic } from '../../build/ink-compile';
import { Encounter, type ScenarioBundle, type StepEvent } from '../../src/engine/encounter';
import type { OfferedChoice, VariableSnapshot } from '../../src/engine/run-log';
import { outcomeScore, stakesOf } from '../../src/engine/stakes';
import { STORY_DIR } from '../helpers';

/** An option named by a piece of its text, or by a pattern its text matches. */
export type Pick = string | RegExp;

const bundles = new Map<string, ScenarioBundle>();

/** Scenario `id` from story/, compiled once per test file (only that one: compiling them all is slow). */
export function libraryBundle(id: string): ScenarioBundle {
  const known = bundles.get(id);
  if (known) return known;
  const { taxonomy, diagnostics } = loadTaxonomy(STORY_DIR);
  const problems: Diagnostic[] = [...diagnostics];
  const { scenario } = taxonomy ? compileScenario(path.join(storyPaths(STORY_DIR).scenarios, id), taxonomy, problems) : { scenario: null };
  if (!taxonomy || !scenario) throw new Error(`no scenario "${id}" compiled (${problems.map((d) => `${d.file}:${d.line} ${d.message}`).join('; ')})`);
  const bundle = bundleOf(scenario, taxonomy);
  bundles.set(id, bundle);
  return bundle;
}

/** Whether an option's text answers to `pick`: it contains the string, or matches the pattern. */
export function names(pick: Pick, text: string): boolean {
  return typeof pick === 'string' ? text.includes(pick) : pick.test(text);
}

const offered = (encounter: Encounter) => encounter.choices.map((c) => `  - ${c.text}`).join('\n');

/** The one offered choice whose text matches; throws, listing what was offered, if none or several do. */
export function optionMatching(encounter: Encounter, pick: Pick): OfferedChoice {
  const matches = encounter.choices.filter((c) => names(pick, c.text));
  if (matches.length !== 1) throw new Error(`${matches.length} options match ${String(pick)} at turn ${encounter.log.length}; offered:\n${offered(encounter)}`);
  return matches[0]!;
}

/** Takes the one option `pick` names, and returns the encounter (to chain). */
export function take(encounter: Encounter, pick: Pick): Encounter {
  encounter.choose(optionMatching(encounter, pick).index);
  return encounter;
}

/** A test of the moment: `pick` names an option on offer. */
export const offers = (pick: Pick) => (encounter: Encounter) => encounter.choices.some((c) => names(pick, c.text));

/** A test of the moment: a line shown since the last choice contains `text`. */
export const says = (text: string) => (encounter: Encounter) => encounter.currentLines.some((l) => l.text.includes(text));

/**
 * Takes each pick in turn. Where a pick is not on offer but a detour is (a moment only some runs
 * meet, such as a disclosure to answer), the detour is taken first, up to three times.
 */
export function takeEach(encounter: Encounter, picks: readonly Pick[], detours: readonly Pick[] = []): Encounter {
  for (const pick of picks) {
    if (encounter.ended) throw new Error(`the story ended before ${String(pick)}`);
    for (let turns = 0; turns < 3 && !offers(pick)(encounter); turns++) {
      const detour = detours.find((d) => offers(d)(encounter));
      if (!detour) break;
      take(encounter, detour);
    }
    take(encounter, pick);
  }
  return encounter;
}

/** Starts scenario `id` with `seed` and takes each pick in turn. */
export function play(id: string, seed: number, picks: readonly Pick[]): Encounter {
  return takeEach(Encounter.begin(libraryBundle(id), seed), picks);
}

/** The first of `prefs` that names exactly one offered option, if any does. */
function preferred(encounter: Encounter, prefs: readonly Pick[]): Pick | undefined {
  return prefs.find((p) => encounter.choices.filter((c) => names(p, c.text)).length === 1);
}

/**
 * Plays on by preference: at each choice point takes the option named by the first of `prefs`
 * that names exactly one offered option, until `until` holds or the story ends. Throws, listing
 * the options, where no preference fits.
 */
export function playOn(encounter: Encounter, prefs: readonly Pick[], until: (e: Encounter) => boolean = () => false): Encounter {
  while (!encounter.ended && !until(encounter)) {
    const pick = preferred(encounter, prefs);
    if (pick === undefined) throw new Error(`seed ${encounter.seed}: no preference fits at turn ${encounter.log.length}; offered:\n${offered(encounter)}`);
    take(encounter, pick);
  }
  return encounter;
}

/** A moment a test plays to: one where `pick` names an offered option, or where a test holds. */
export type Moment = Pick | ((encounter: Encounter) => boolean);

/** Plays on by preference (as playOn) to the moment `at`; throws if the story ends first. */
export function playTo(encounter: Encounter, prefs: readonly Pick[], at: Moment): Encounter {
  const reached = typeof at === 'function' ? at : offers(at);
  playOn(encounter, prefs, reached);
  if (!reached(encounter)) throw new Error(`seed ${encounter.seed}: the story ended before ${typeof at === 'function' ? 'the moment' : String(at)} was reached`);
  return encounter;
}

/** Plays on to an ending: by preference (as playOn) where one fits, otherwise the first option offered. */
export function finish(encounter: Encounter, prefs: readonly Pick[] = []): Encounter {
  for (let turns = 0; !encounter.ended; turns++) {
    if (turns > 200) throw new Error(`seed ${encounter.seed}: no ending after 200 choices`);
    const pick = preferred(encounter, prefs);
    if (pick === undefined) encounter.choose(encounter.choices[0]!.index);
    else take(encounter, pick);
  }
  return encounter;
}

/** Every line shown so far, as one text to search. */
export function transcriptText(encounter: Encounter): string {
  return encounter.transcript.map((l) => l.text).join('\n');
}

/** The lines shown since the last choice, as one text to search. */
export function currentText(encounter: Encounter): string {
  return encounter.currentLines.map((l) => l.text).join('\n');
}

/** A copy of the encounter at this moment, to try an option without disturbing it. */
export function fork(bundle: ScenarioBundle, encounter: Encounter): Encounter {
  return Encounter.restore(bundle, encounter.snapshot());
}

/** What one option did: the option, the encounter after it, the lines it led to (also as one text), every variable's change and its weighted score. */
export interface Trial {
  option: OfferedChoice;
  after: Encounter;
  step: StepEvent;
  said: string;
  change: VariableSnapshot;
  score: number;
}

/**
 * What taking `pick` from here does, tried on a copy (the encounter is left as it was), as the
 * debrief and the checker judge it: the weighted change of the scenario's stakes over the choice
 * and the lines that follow it.
 */
export function tryOption(bundle: ScenarioBundle, encounter: Encounter, pick: Pick | OfferedChoice): Trial {
  const after = fork(bundle, encounter);
  const before = encounter.variables;
  const option = typeof pick === 'object' && 'index' in pick ? pick : optionMatching(encounter, pick);
  const step = after.choose(option.index);
  const change: VariableSnapshot = {};
  for (const name of new Set([...Object.keys(before), ...Object.keys(after.variables)])) change[name] = (after.variables[name] ?? 0) - (before[name] ?? 0);
  return { option, after, step, said: step.lines.map((l) => l.text).join('\n'), change, score: outcomeScore(change, stakesOf(bundle.meta)) };
}

/** The weighted outcome of taking `pick` from here (see tryOption). */
export function optionScore(bundle: ScenarioBundle, encounter: Encounter, pick: Pick): number {
  return tryOption(bundle, encounter, pick).score;
}

/** Each offered option's outcome from here (see tryOption), by its text. */
export function optionScores(bundle: ScenarioBundle, encounter: Encounter): Map<string, number> {
  return new Map(encounter.choices.map((option) => [option.text, tryOption(bundle, encounter, option).score]));
}

/** The score, in `scores` (from optionScores), of the one option `pick` names; throws if none or several. */
export function scoreOf(scores: ReadonlyMap<string, number>, pick: Pick): number {
  const named = [...scores].filter(([text]) => names(pick, text));
  if (named.length !== 1) throw new Error(`${named.length} options match ${String(pick)}: ${[...scores.keys()].join(' | ')}`);
  return named[0]![1];
}

/** The text of the best-scoring option in `scores` (from optionScores; the first, on a tie). */
export function bestOf(scores: ReadonlyMap<string, number>): string {
  return [...scores].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The offered option that does best by the scenario's stakes (the first, on a tie). */
export function bestOption(bundle: ScenarioBundle, encounter: Encounter): OfferedChoice {
  const best = bestOf(optionScores(bundle, encounter));
  return encounter.choices.find((c) => c.text === best)!;
}

/** How a run starts, before the first choice: what its seed drew, and the tracked variables. */
export interface Start {
  variant: Readonly<VariableSnapshot>;
  variables: Readonly<VariableSnapshot>;
}

const starts = new Map<ScenarioBundle, Map<number, Start>>();
/** One encounter per scenario, restarted on each seed looked up: building its story costs far more than starting it. */
const starters = new Map<ScenarioBundle, Encounter>();

/** How `seed` starts (see Start), remembered: tests look up the same seeds again and again. */
export function startOf(bundle: ScenarioBundle, seed: number): Start {
  const known = starts.get(bundle) ?? new Map<number, Start>();
  starts.set(bundle, known);
  if (!known.has(seed)) {
    const starter = starters.get(bundle);
    if (starter) starter.restart(seed);
    const encounter = starter ?? Encounter.begin(bundle, seed);
    starters.set(bundle, encounter);
    known.set(seed, { variant: encounter.variant, variables: encounter.variables });
  }
  return known.get(seed)!;
}

/** What `seed` draws: the scenario's variation variables (remembered, see startOf). */
export function variantOf(bundle: ScenarioBundle, seed: number): Readonly<VariableSnapshot> {
  return startOf(bundle, seed).variant;
}

/** A variant test: every variable named in `want` was drawn with the value given. */
export const drawing =
  (want: Readonly<Record<string, number>>) =>
  (variant: Readonly<VariableSnapshot>): boolean =>
    Object.entries(want).every(([name, value]) => variant[name] === value);

/** The seeds from 1 (below `limit`) whose drawn variant satisfies `test`, in order. */
export function* seedsWhere(bundle: ScenarioBundle, test: (variant: Readonly<VariableSnapshot>, seed: number) => boolean, limit = 5000): Generator<number> {
  for (let seed = 1; seed < limit; seed++) if (test(variantOf(bundle, seed), seed)) yield seed;
}

/** The first seed (from 1) whose drawn variant satisfies `test`, for a test that needs that variant. */
export function firstSeed(bundle: ScenarioBundle, test: (variant: Readonly<VariableSnapshot>, seed: number) => boolean, limit = 5000): number {
  for (const seed of seedsWhere(bundle, test, limit)) return seed;
  throw new Error(`no seed below ${limit} draws that variant`);
}

/**
 * The first run, over the seeds whose variant satisfies `fits`, that `reach` brings to the moment
 * a test needs: `reach` plays a fresh encounter of the seed and returns it there, or null where
 * this seed's run goes another way (a throw, such as for an option its path does not offer,
 * counts as null).
 */
export function firstRun(
  bundle: ScenarioBundle,
  fits: (variant: Readonly<VariableSnapshot>) => boolean,
  reach: (start: Encounter) => Encounter | null,
  limit = 5000,
): Encounter {
  for (const seed of seedsWhere(bundle, fits, limit)) {
    let reached: Encounter | null;
    try {
      reached = reach(Encounter.begin(bundle, seed));
    } catch {
      reached = null;
    }
    if (reached) return reached;
  }
  throw new Error(`no seed below ${limit} reaches that moment`);
}

/**
 * The first run, over the seeds whose variant satisfies `fits`, that taking `picks` in turn (with
 * `detours`, as takeEach) brings to a moment short of the end where `at` holds.
 */
export function firstRunThrough(
  bundle: ScenarioBundle,
  fits: (variant: Readonly<VariableSnapshot>) => boolean,
  picks: readonly Pick[],
  at: Moment,
  { detours = [], limit = 5000 }: { detours?: readonly Pick[]; limit?: number } = {},
): Encounter {
  const reached = typeof at === 'function' ? at : offers(at);
  return firstRun(bundle, fits, (start) => {
    const encounter = takeEach(start, picks, detours);
    return !encounter.ended && reached(encounter) ? encounter : null;
  }, limit);
}

/** The values each variation variable is drawn with over seeds 1 to `count`, by name, in order. */
export function valuesDrawn(bundle: ScenarioBundle, count: number): Map<string, number[]> {
  const seen = new Map((bundle.meta.variation ?? []).map((v) => [v.name, new Set<number>()]));
  for (let seed = 1; seed <= count; seed++) for (const [name, values] of seen) values.add(variantOf(bundle, seed)[name]!);
  return new Map([...seen].map(([name, values]) => [name, [...values].sort((a, b) => a - b)]));
}
