// Property: for seeded random runs of every scenario, playing an alternative at a choice
// point yields exactly the change the counterfactual analysis predicted for it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleOf, buildCatalog } from '../../build/scenario-catalog';
import { analyseChoicePoints } from '../../src/engine/analysis/counterfactuals';
import { encounterAt } from '../../src/engine/analysis/moments';
import type { ScenarioBundle } from '../../src/engine/encounter';
import { randomPlaythrough } from '../../src/engine/random-play';
import { STORY_DIR } from '../helpers';

const catalog = buildCatalog(STORY_DIR);
const bundles: ScenarioBundle[] = catalog.scenarios.map((s) => bundleOf(s, catalog.taxonomy!));

describe.each(bundles.map((b) => [b.meta.id, b] as const))('counterfactuals of %s', (_id, bundle) => {
  it('predict exactly what playing the alternative does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), fc.nat(), async (seed, pointPick, optionPick) => {
        const run = randomPlaythrough(bundle, seed);
        const points = await analyseChoicePoints(bundle, run.log, run.seed, { limits: { exactBudget: 0, samples: 1, seed } });
        const point = points[pointPick % points.length]!;
        const option = point.options[optionPick % point.options.length]!;

        const played = encounterAt(bundle, run.log, point.turn, run.seed);
        expect(played.variables).toEqual(point.before);
        const step = played.choose(option.index);
        expect(played.variables).toEqual(option.after);
        expect(step.lines.flatMap((l) => (l.tags.disclose ? [l.tags.disclose] : []))).toEqual(option.disclosed);
        expect(step.lines.map((l) => l.text).filter(Boolean).slice(0, 3)).toEqual(option.lines);
        if (played.ended) expect(option.endings.odds).toEqual({ [played.ending!]: 1 });
      }),
      { numRuns: 25 },
    );
  });
});
