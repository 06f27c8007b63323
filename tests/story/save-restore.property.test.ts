// Property: for random choice sequences of every scenario, a run saved and restored at random
// points (as the autosave writes it and the menu's Continue reads it back, through storage as
// text) ends exactly as the same run played without a break: the same lines, variables, log,
// ink state and debrief. A restore that lost or doubled anything would show here first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleOf, buildCatalog } from '../../build/scenario-catalog';
import { buildDebrief } from '../../src/engine/debrief';
import { Encounter, MAX_SEED, type ScenarioBundle } from '../../src/engine/encounter';
import { SaveSlots } from '../../src/engine/save';
import { MemoryStore } from '../../src/platform/storage';
import { STORY_DIR } from '../helpers';

const catalog = buildCatalog(STORY_DIR);
const taxonomy = catalog.taxonomy!;
const bundles: ScenarioBundle[] = catalog.scenarios.map((s) => bundleOf(s, taxonomy));

// Runs are cheap (a few milliseconds each); the seed is fixed so every suite run checks the same ones.
const RUNS = 12;
const PROPERTY_SEED = 20_261_207;
/** Longer than any run of the library, so that every run is played to its ending. */
const MAX_TURNS = 120;

/** Plays `picks` (each taken modulo the options offered, cycling) to the end; `breakAt` says where to save and restore. */
function play(bundle: ScenarioBundle, seed: number, picks: readonly number[], breakAt: (turn: number) => boolean): Encounter {
  const slots = new SaveSlots(new MemoryStore(), () => new Date('2026-12-07T12:00:00Z'));
  let encounter = Encounter.begin(bundle, seed);
  for (let turn = 0; !encounter.ended && turn < MAX_TURNS; turn++) {
    if (breakAt(turn)) {
      slots.write(encounter);
      const resumed = slots.resume(bundle);
      if (resumed.status !== 'ok') throw new Error(`the save at turn ${turn} did not resume: ${resumed.status}`);
      encounter = resumed.encounter;
    }
    const offered = encounter.choices;
    encounter.choose(offered[picks[turn % picks.length]! % offered.length]!.index);
  }
  return encounter;
}

/** Everything a player or the debrief can see of a run. */
function seen(bundle: ScenarioBundle, run: Encounter) {
  return {
    transcript: run.transcript,
    log: run.log,
    variables: run.variables,
    ended: run.ended,
    ending: run.ending,
    inkState: run.inkState(),
    debrief: buildDebrief(bundle.meta, taxonomy, run.summary(), undefined, run.variant),
  };
}

describe.each(bundles.map((b) => [b.meta.id, b] as const))('saves of %s', (_id, bundle) => {
  it('restored at random points, give exactly the run played without a break', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_SEED }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        fc.uniqueArray(fc.nat({ max: 30 }), { minLength: 1, maxLength: 4 }),
        (seed, picks, breaks) => {
          const whole = play(bundle, seed, picks, () => false);
          expect(whole.ended, `seed ${seed}: the run reaches an ending`).toBe(true);
          const broken = play(bundle, seed, picks, (turn) => breaks.includes(turn));
          expect(seen(bundle, broken)).toEqual(seen(bundle, whole));
        },
      ),
      { numRuns: RUNS, seed: PROPERTY_SEED },
    );
  });
});
