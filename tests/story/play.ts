// Plays library scenarios by what the options say, for story tests that pin a scene: a test
// names the choices it takes by a piece of their text, so it reads like the scene it checks.
import { bundleOf, buildCatalog } from '../../build/scenario-catalog';
import { Encounter, type ScenarioBundle } from '../../src/engine/encounter';
import type { OfferedChoice } from '../../src/engine/run-log';
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
