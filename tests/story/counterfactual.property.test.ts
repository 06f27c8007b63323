// Property: for seeded random runs of every scenario, playing an alternative at a choice
// point yields exactly the change the counterfactual analysis predicted for it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleOf, buildCatalog } from '../../build/scenario-catalog';
import { analyseChoicePoints } from '../../src/engine/analysis/counterfactuals';
import { encounterAt } from '../../src/engine/analysis/moments';
import { Encounter, type ScenarioBundle } from '../../src/engine/encounter';
import { randomPlaythrough } from '../../src/engine/random-play';
import { STORY_DIR } from '../helpers';

const catalog = buildCatalog(STORY_DIR);
const bundles: ScenarioBundle[] = catalog.scenarios.map((s) => bundleOf(s, catalog.taxonomy!));

// Analysing a run is the costly part (every option at every point is played on to an ending);
// playing one option again from the start costs a few per cent of that. So each run is analysed
// once and checked closely: the state before every choice point, and every option at two points
// fast-check picks. Eight runs check some 50 options per scenario, twice what 25 runs checking
// one option each did, at under half the time. The seed is fixed so that every run of the suite
// checks the same runs; a failure names the run's seed and turn (and fast-check its inputs).
const RUNS = 8;
const PROPERTY_SEED = 20_260_101;
const POINTS_PLAYED = 2;

describe.each(bundles.map((b) => [b.meta.id, b] as const))('counterfactuals of %s', (_id, bundle) => {
  it('predict exactly what playing each alternative does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.nat(), { minLength: POINTS_PLAYED, maxLength: POINTS_PLAYED }), async (seed, pointPicks) => {
        const run = randomPlaythrough(bundle, seed);
        const points = await analyseChoicePoints(bundle, run.log, run.seed, { limits: { exactBudget: 0, samples: 1, seed } });
        expect(points.map((p) => p.turn)).toEqual(run.log.map((e) => e.turn));

        const walked = Encounter.begin(bundle, run.seed);
        for (const [i, point] of points.entries()) {
          expect(walked.variables, `seed ${seed}, before turn ${point.turn}`).toEqual(point.before);
          walked.choose(run.log[i]!.chosen);
        }

        for (const point of new Set(pointPicks.map((pick) => points[pick % points.length]!))) {
          for (const option of point.options) {
            const where = `seed ${seed}, turn ${point.turn}, “${option.text}”`;
            const played = encounterAt(bundle, run.log, point.turn, run.seed);
            const step = played.choose(option.index);
            expect(played.variables, where).toEqual(option.after);
            expect(step.lines.flatMap((l) => (l.tags.disclose ? [l.tags.disclose] : [])), where).toEqual(option.disclosed);
            expect(step.lines.map((l) => l.text).filter(Boolean).slice(0, 3), where).toEqual(option.lines);
            if (played.ended) expect(option.endings.odds, where).toEqual({ [played.ending!]: 1 });
          }
        }
      }),
      { numRuns: RUNS, seed: PROPERTY_SEED },
    );
  });
});
