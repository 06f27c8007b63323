// Builds a debrief view for a run: the description at once, the counterfactual analysis in
// the background (with progress), the stored reaction, and a comparison after a replay; and
// the debrief so far, for a run still being played.
import type { CatalogEntry } from 'virtual:asymmetry/catalog';
import type { AnalysisProgress } from '../engine/analysis/counterfactuals';
import { buildDebrief } from '../engine/debrief';
import type { RunSummary } from '../engine/run-log';
import { Encounter, type ScenarioBundle } from '../engine/encounter';
import { runFromResults } from '../engine/results';
import { runCodeLine, runCodeOf } from '../engine/run-code';
import { DebriefView, debriefSoFarView, type DebriefViewOptions, type RunComparison, type RunShare } from '../ui/debrief-view';
import { analyseInBackground } from './analyse';
import type { RunStore } from './run-store';
import { getTaxonomy } from './taxonomy-data';

export interface DebriefFlowOptions {
  entry: CatalogEntry;
  bundle: ScenarioBundle;
  run: RunSummary;
  runs: RunStore;
  readOnly: boolean;
  practice: boolean;
  actions: DebriefViewOptions['actions'];
}

export function debriefFor(options: DebriefFlowOptions): DebriefView {
  const { entry, bundle, run, runs } = options;
  const { meta } = bundle;
  const taxonomy = getTaxonomy();
  const listeners: ((p: AnalysisProgress) => void)[] = [];
  // What the seed drew, read from the start of the run: the same for every moment of it.
  const variant = Encounter.begin(bundle, run.seed).variant;
  const analysed = analyseInBackground(bundle, run.log, run.seed, (p) => listeners.forEach((l) => l(p))).then((points) => buildDebrief(meta, taxonomy, run, points, variant));
  const debrief = buildDebrief(meta, taxonomy, run, undefined, variant);
  return new DebriefView({
    debrief,
    analysed,
    subscribeProgress: (listener) => listeners.push(listener),
    reaction: { load: () => runs.reaction(entry.meta.id), save: (text) => runs.saveReaction(entry.meta.id, text) },
    reflections: { load: (turn) => runs.reflection(entry.meta.id, turn), save: (turn, text) => runs.saveReflection(entry.meta.id, turn, text) },
    practice: options.practice,
    comparison: options.readOnly ? null : comparisonFor(options, debrief),
    readOnly: options.readOnly,
    share: options.readOnly || !run.ended ? null : shareOf(options),
    actions: options.actions,
  });
}

/** Mid-run: the choices so far and their power moves, none of what they did to the hidden values. */
export function debriefSoFar(bundle: ScenarioBundle, run: RunSummary): HTMLElement {
  return debriefSoFarView(buildDebrief(bundle.meta, getTaxonomy(), run));
}

/** The run's code, worked out once, and the nickname the learner may put on it. */
function shareOf({ bundle, run, runs }: DebriefFlowOptions): RunShare {
  const code = runCodeOf(bundle.meta.id, bundle.storyVersion, run);
  return {
    codeLine: (nickname) => runCodeLine(code, nickname),
    nickname: { load: () => runs.nickname(), save: (text) => runs.saveNickname(text) },
  };
}

function comparisonFor(options: DebriefFlowOptions, second: RunComparison['second']['debrief']): RunComparison | null {
  const stored = options.runs.comparison(options.entry.meta.id);
  if (!stored) return null;
  const chosen = (log: RunSummary['log']) => log.slice(0, stored.fromTurn).map((e) => e.offered.find((o) => o.index === e.chosen)?.text);
  // Only a run that branched from the stored one at that point is its replay.
  if (JSON.stringify(chosen(stored.first.log)) !== JSON.stringify(chosen(options.run.log))) return null;
  const first = buildDebrief(options.bundle.meta, getTaxonomy(), runFromResults(stored.first));
  return { fromTurn: stored.fromTurn, first: { label: 'First run', debrief: first }, second: { label: 'Replay', debrief: second } };
}
