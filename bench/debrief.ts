// Time to build the whole debrief (every counterfactual, ending odds, pivotal moments) for
// the scenario with the longest runs, beside the time to construct one inkjs Story for it,
// measured in the same process so the ratio survives a noisy machine.
import path from 'node:path';
import { Story } from 'inkjs';
import { bundleOf, buildCatalog } from '../build/scenario-catalog';
import { analyseChoicePoints } from '../src/engine/analysis/counterfactuals';
import { declineWords } from '../build/memo-words';
import { buildDebrief } from '../src/engine/debrief';
import { TransitionMemo } from '../src/engine/ink/transition-memo';
import type { ScenarioBundle } from '../src/engine/encounter';
import { randomPlaythrough } from '../src/engine/random-play';

/** The aim: the whole debrief within this many times one Story's construction. */
const AIM_RATIO = 100;

export interface DebriefTiming {
  scenario: string;
  /** Why the transition memo does nothing for the scenario in the analysis (null: it works). */
  memo: TransitionMemo<unknown>['declined'];
  choices: number;
  debriefMs: number[];
  storyMs: number[];
}

/** Story constructions timed per seeded run, for the reference. */
const STORIES_PER_RUN = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function debriefBenchmark(root: string, runs = 7): Promise<DebriefTiming> {
  const catalog = buildCatalog(path.join(root, 'story'));
  if (!catalog.taxonomy || catalog.scenarios.length === 0) throw new Error('the story library does not build');
  const bundles: ScenarioBundle[] = catalog.scenarios.map((s) => bundleOf(s, catalog.taxonomy!));
  // The longest scenario: the most choices on a typical (seeded) run.
  const lengths = bundles.map((b) => randomPlaythrough(b, 1).log.length);
  const bundle = bundles[lengths.indexOf(Math.max(...lengths))]!;
  const debriefMs: number[] = [];
  const storyMs: number[] = [];
  let choices = 0;
  for (let seed = 1; seed <= runs; seed++) {
    const run = randomPlaythrough(bundle, seed);
    choices = Math.max(choices, run.log.length);
    // A Story is built in a few milliseconds, where a collection or a timer tick weighs a lot:
    // several per run, so that the reference is as steady as what it is compared with.
    for (let i = 0; i < STORIES_PER_RUN; i++) {
      const t = performance.now();
      new Story(bundle.storyJson);
      storyMs.push(performance.now() - t);
    }
    const t = performance.now();
    const points = await analyseChoicePoints(bundle, run.log, run.seed);
    buildDebrief(bundle.meta, catalog.taxonomy, run.summary(), points);
    debriefMs.push(performance.now() - t);
  }
  const memo = new TransitionMemo(new Story(bundle.storyJson), bundle.storyJson).declined;
  return { scenario: bundle.meta.id, memo, choices, debriefMs, storyMs };
}

export function formatDebrief(t: DebriefTiming): string {
  const d = median(t.debriefMs);
  const s = median(t.storyMs);
  return [
    `Debrief: scenario "${t.scenario}" (runs of up to ${t.choices} choices), median of ${t.debriefMs.length} seeded runs`,
    `  whole debrief, all counterfactuals   ${d.toFixed(0)} ms   (min ${Math.min(...t.debriefMs).toFixed(0)}, max ${Math.max(...t.debriefMs).toFixed(0)})`,
    `  one inkjs Story constructed           ${s.toFixed(1)} ms   (median of ${t.storyMs.length})`,
    `  ratio debrief / Story                 ${(d / s).toFixed(0)}x   (aim ≤ ${AIM_RATIO}x: ${d / s <= AIM_RATIO ? 'met' : 'not met'})`,
    `  transition memo in the analysis        ${t.memo ? declineWords(t.memo) : 'on'}`,
    '  (in the game the analysis runs in a worker, so none of this is a task on the main thread)',
  ].join('\n');
}
