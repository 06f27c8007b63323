// Plays library scenarios by what the options say, for story tests that pin a scene: a test
// names the choices it takes by a piece of their text, so it reads like the scene it checks.
import { bundleOf, buildCatalog } from '../../build/scenario-catalog';
import { Encounter, type ScenarioBundle } from '../../src/engine/encounter';
import type { OfferedChoice } from '../../src/engine/run-log';
import { outcomeScore, stakesOf } from '../../src/engine/stakes';
import { STORY_DIR } from '../helpers';

const catalog = buildCatalog(STORY_DIR);

export function libraryBundle(id: string): ScenarioBundle {
  const scenario = catalog.scenarios.find((s) => s.meta.id === id);
  if (!scenario) throw new Error(`no scenario "${id}" compiled (${catalog.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('; ')})`);
  return bundleOf(scenario, catalog.taxonomy!);
}

/** The one offered choice whose text matches; throws, listing what was offered, if none or several do. */
export function optionMatching(encounter: Encounter, pick: string | RegExp): OfferedChoice {
  const matches = encounter.choices.filter((c) => (typeof pick === 'string' ? c.text.includes(pick) : pick.test(c.text)));
  if (matches.length !== 1) {
    const offered = encounter.choices.map((c) => `  - ${c.text}`).join('\n');
    throw new Error(`${matches.length} options match ${String(pick)} at turn ${encounter.log.length}; offered:\n${offered}`);
  }
  return matches[0]!;
}

/** Starts scenario `id` with `seed` and takes each pick in turn. */
export function play(id: string, seed: number, picks: readonly (string | RegExp)[]): Encounter {
  const encounter = Encounter.begin(libraryBundle(id), seed);
  for (const pick of picks) encounter.choose(optionMatching(encounter, pick).index);
  return encounter;
}

/** Every line shown so far, as one text to search. */
export function transcriptText(encounter: Encounter): string {
  return encounter.transcript.map((l) => l.text).join('\n');
}

/** A copy of the encounter at this moment, to try an option without disturbing it. */
export function fork(bundle: ScenarioBundle, encounter: Encounter): Encounter {
  return Encounter.restore(bundle, encounter.snapshot());
}

/**
 * Each offered option's outcome from here, as the debrief and the checker judge it: the weighted
 * change of the scenario's stakes over the choice and the lines that follow it.
 */
export function optionScores(bundle: ScenarioBundle, encounter: Encounter): Map<string, number> {
  const stakes = stakesOf(bundle.meta);
  const before = encounter.variables;
  const scores = new Map<string, number>();
  for (const option of encounter.choices) {
    const probe = fork(bundle, encounter);
    probe.choose(option.index);
    const change = Object.fromEntries(stakes.map((s) => [s.name, (probe.variables[s.name] ?? 0) - (before[s.name] ?? 0)]));
    scores.set(option.text, outcomeScore(change, stakes));
  }
  return scores;
}

/** The offered option that does best by the scenario's stakes (the first, on a tie). */
export function bestOption(bundle: ScenarioBundle, encounter: Encounter): OfferedChoice {
  const scores = optionScores(bundle, encounter);
  return [...encounter.choices].sort((a, b) => scores.get(b.text)! - scores.get(a.text)!)[0]!;
}

/** The first seed (from 1) whose drawn variant satisfies `test`, for a test that needs that variant. */
export function firstSeed(bundle: ScenarioBundle, test: (variant: Readonly<Record<string, number>>) => boolean, limit = 5000): number {
  for (let seed = 1; seed < limit; seed++) if (test(Encounter.begin(bundle, seed).variant)) return seed;
  throw new Error('no seed draws that variant');
}
