// Time for the facilitator's device to import a room's runs as codes (each decoded, checked
// and replayed by the engine) and count them into the group picture, beside the same number
// of plain inkjs playthroughs of the same story (a new Story, random choices to the end),
// measured in the same process so the ratio survives a noisy machine. The split points'
// counterfactuals, which run after the picture is on screen, are timed on their own.
import path from 'node:path';
import { Story } from 'inkjs';
import { bundleOf, buildCatalog } from '../build/scenario-catalog';
import type { ScenarioBundle } from '../src/engine/encounter';
import { groupPicture } from '../src/engine/group/group-picture';
import { RunCollector } from '../src/engine/group/run-collector';
import { analyseGroup } from '../src/engine/group/split-points';
import { randomPlaythrough, seededRandom } from '../src/engine/random-play';
import { runCodeOf } from '../src/engine/run-code';

export interface GroupImportTiming {
  scenario: string;
  runs: number;
  importMs: number[];
  inkjsMs: number[];
  splitMs: number[];
}

/** The aim for the whole import of a room of 200 on this machine. */
export const IMPORT_AIM_MS = 1000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function plainPlaythroughs(bundle: ScenarioBundle, count: number): void {
  const random = seededRandom(7);
  for (let i = 0; i < count; i++) {
    const story = new Story(bundle.storyJson);
    for (let guard = 0; guard < 500; guard++) {
      while (story.canContinue) story.Continue();
      if (story.currentChoices.length === 0) break;
      story.ChooseChoiceIndex(Math.floor(random() * story.currentChoices.length));
    }
  }
}

export async function groupImportBenchmark(root: string, scenarioId = 'carlos', runs = 200, rounds = 5): Promise<GroupImportTiming> {
  const catalog = buildCatalog(path.join(root, 'story'));
  const scenario = catalog.scenarios.find((s) => s.meta.id === scenarioId);
  if (!catalog.taxonomy || !scenario) throw new Error(`scenario "${scenarioId}" does not build`);
  const bundle = bundleOf(scenario, catalog.taxonomy);
  const ids = catalog.scenarios.map((s) => s.meta.id);
  const pasted = Array.from({ length: runs }, (_, i) => runCodeOf(bundle.meta.id, bundle.storyVersion, randomPlaythrough(bundle, 5000 + i).summary())).join('\n');
  const timing: GroupImportTiming = { scenario: scenarioId, runs, importMs: [], inkjsMs: [], splitMs: [] };
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first, so a machine getting busier or quieter weighs on both.
    const measureImport = async () => {
      let t = performance.now();
      const collector = new RunCollector(bundle, ids);
      const added = collector.addCodes(pasted).filter((o) => o.status === 'added').length;
      if (added !== runs) throw new Error(`only ${added} of ${runs} codes were imported`);
      const picture = groupPicture(bundle.meta, collector.runs);
      timing.importMs.push(performance.now() - t);
      t = performance.now();
      await analyseGroup(bundle, picture, collector.runs);
      timing.splitMs.push(performance.now() - t);
    };
    const measurePlain = () => {
      const t = performance.now();
      plainPlaythroughs(bundle, runs);
      timing.inkjsMs.push(performance.now() - t);
    };
    if (round % 2 === 0) {
      await measureImport();
      measurePlain();
    } else {
      measurePlain();
      await measureImport();
    }
  }
  return timing;
}

export function formatGroupImport(t: GroupImportTiming): string {
  const imported = median(t.importMs);
  const plain = median(t.inkjsMs);
  return [
    `Group import: ${t.runs} run codes of "${t.scenario}", median of ${t.importMs.length} rounds`,
    `  import (decode, check, replay) and count   ${imported.toFixed(0)} ms   (min ${Math.min(...t.importMs).toFixed(0)}, max ${Math.max(...t.importMs).toFixed(0)}; aim under ${IMPORT_AIM_MS} ms: ${imported < IMPORT_AIM_MS ? 'met' : 'not met'})`,
    `  ${t.runs} plain inkjs playthroughs              ${plain.toFixed(0)} ms`,
    `  ratio import / plain playthroughs          ${(imported / plain).toFixed(2)}x`,
    `  split points played out (afterwards)       ${median(t.splitMs).toFixed(0)} ms`,
  ].join('\n');
}
