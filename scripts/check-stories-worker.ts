// A worker thread of the story checker: compiles the library once, then checks the
// scenarios it is sent, one at a time, and posts back each report.
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { buildCatalog } from '../build/scenario-catalog.ts';
import { DEFAULT_CHECK, checkScenario, formatReport } from '../build/story-checker.ts';

export interface CheckRequest {
  root: string;
  id: string;
  playthroughs: number;
}

export interface CheckResult {
  id: string;
  text: string;
  errors: number;
  warnings: number;
}

let catalog: ReturnType<typeof buildCatalog> | null = null;

parentPort?.on('message', (request: CheckRequest) => {
  // Counting every visit lets the checker see which knots are never reached.
  catalog ??= buildCatalog(path.join(request.root, 'story'), { countAllVisits: true });
  const scenario = catalog.scenarios.find((s) => s.meta.id === request.id)!;
  const bundle = { meta: scenario.meta, storyJson: scenario.json, storyVersion: scenario.storyVersion, taxonomy: catalog.taxonomy! };
  const report = checkScenario(bundle, scenario.files.filter((f) => f.endsWith('.ink')), { ...DEFAULT_CHECK, playthroughs: request.playthroughs });
  const result: CheckResult = {
    id: request.id,
    text: formatReport(report, request.root),
    errors: report.findings.filter((f) => f.severity === 'error').length,
    warnings: report.findings.filter((f) => f.severity === 'warning').length,
  };
  parentPort!.postMessage(result);
});
