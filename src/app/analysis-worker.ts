// Runs the debrief's counterfactual analysis off the main thread, so the page stays smooth
// while every alternative is played out. Plain data in, plain data out.
import { analyseChoicePoints } from '../engine/analysis/counterfactuals';
import type { LogEntry } from '../engine/run-log';
import type { ScenarioMeta } from '../engine/scenario-meta';
import { buildTaxonomy } from '../engine/taxonomy';
import concepts from '../../story/concepts.json';
import moves from '../../story/moves.json';

export interface AnalysisRequest {
  meta: ScenarioMeta;
  storyJson: string;
  storyVersion: string;
  log: LogEntry[];
  seed: number;
}

export type AnalysisMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; points: Awaited<ReturnType<typeof analyseChoicePoints>> }
  | { type: 'error'; message: string };

const post = (message: AnalysisMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { meta, storyJson, storyVersion, log, seed } = event.data;
  analyseChoicePoints({ meta, storyJson, storyVersion, taxonomy: buildTaxonomy(moves, concepts) }, log, seed, {
    onProgress: ({ done, total }) => post({ type: 'progress', done, total }),
  }).then(
    (points) => post({ type: 'done', points }),
    (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
