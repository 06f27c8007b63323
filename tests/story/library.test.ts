// Story tests: every scenario in story/ compiles cleanly, every choice carries known moves,
// and the hidden variables stay in range across many seeded random playthroughs.
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../build/scenario-catalog';
import { formatDiagnostic } from '../../build/ink-compile';
import type { ScenarioBundle } from '../../src/engine/encounter';
import { randomPlaythrough } from '../../src/engine/random-play';
import { outOfRange } from '../../src/engine/variables';
import { STORY_DIR } from '../helpers';

const catalog = buildCatalog(STORY_DIR);
const PLAYTHROUGHS = 300;

describe('the story library', () => {
  it('compiles with no errors or warnings', () => {
    expect(catalog.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
    expect(catalog.scenarios.length).toBeGreaterThan(0);
  });
});

describe.each(catalog.scenarios.map((s) => [s.meta.id, s] as const))('%s', (_id, scenario) => {
  const bundle: ScenarioBundle = { meta: scenario.meta, storyJson: scenario.json, storyVersion: scenario.storyVersion, taxonomy: catalog.taxonomy! };

  it(`keeps every choice tagged with known moves and variables in range over ${PLAYTHROUGHS} seeded playthroughs`, () => {
    const endings = new Set<string>();
    for (let seed = 1; seed <= PLAYTHROUGHS; seed++) {
      const encounter = randomPlaythrough(bundle, seed, {
        onStep: (e) => {
          const bad = outOfRange(e.variables, e.tracked);
          if (bad.length) throw new Error(`seed ${seed}, turn ${e.log.length}: ${bad.join(', ')}`);
          for (const choice of e.choices) {
            if (choice.moves.length === 0) throw new Error(`seed ${seed}: choice "${choice.text}" has no move`);
          }
        },
      });
      expect(encounter.problems, `seed ${seed}`).toEqual([]);
      expect(encounter.ended, `seed ${seed} did not end`).toBe(true);
      expect(encounter.ending, `seed ${seed} ended without an ending tag`).not.toBeNull();
      endings.add(encounter.ending!);
    }
    expect(endings.size).toBeGreaterThanOrEqual(Math.min(3, scenario.meta.endings.length));
  });

  it('offers at least 8 choice points on a playthrough', () => {
    const shortest = Math.min(...[1, 2, 3, 4, 5, 6, 7, 8].map((seed) => randomPlaythrough(bundle, seed).log.length));
    expect(shortest).toBeGreaterThanOrEqual(8);
  });
});
