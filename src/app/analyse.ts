// The debrief's analysis in a worker thread when the browser has one, on the main thread
// (yielding between choice points) when it does not. Same result either way.
import { analyseChoicePoints, type AnalysisProgress, type ChoicePoint } from '../engine/analysis/counterfactuals';
import type { ScenarioBundle } from '../engine/encounter';
import type { LogEntry } from '../engine/run-log';
import type { AnalysisMessage, AnalysisRequest } from './analysis-worker';
import { nextTask } from '../platform/next-task';

function onMainThread(bundle: ScenarioBundle, log: readonly LogEntry[], seed: number, onProgress: (p: AnalysisProgress) => void): Promise<ChoicePoint[]> {
  return analyseChoicePoints(bundle, log, seed, { onProgress, yieldToHost: nextTask });
}

export function analyseInBackground(bundle: ScenarioBundle, log: readonly LogEntry[], seed: number, onProgress: (p: AnalysisProgress) => void): Promise<ChoicePoint[]> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread(bundle, log, seed, onProgress);
  }
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message.points);
        else reject(new Error(message.message));
      }
    };
    // A worker that cannot start (blocked, unsupported) falls back to the main thread.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      onMainThread(bundle, log, seed, onProgress).then(resolve, reject);
    };
    const request: AnalysisRequest = { meta: bundle.meta, storyJson: bundle.storyJson, storyVersion: bundle.storyVersion, log: [...log], seed };
    worker.postMessage(request);
  });
}
