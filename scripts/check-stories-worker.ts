// A worker thread of the story checker: checks the compiled scenarios it is sent, one at a
// time, and posts back each report.
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { loadTaxonomy } from '../build/scenario-catalog.ts';
import { LIBRARY_CHECK, checkScenario, formatReport } from '../build/story-checker.ts';
import type { ScenarioMeta } from '../src/engine/scenario-meta.ts';
import type { Taxonomy } from '../src/engine/taxonomy.ts';

export interface CheckRequest {
  root: string;
  meta: ScenarioMeta;
  json: string;
  storyVersion: string;
  files: string[];
  playthroughs: number;
  listSharingWins: boolean;
}

export interface CheckResult {
  id: string;
  text: string;
  errors: number;
  warnings: number;
  millis: number;
  /** Choice points whose options differ in how much they share, and where the most sharing one is also best. */
  contested: number;
  sharingBest: number;
}

let taxonomy: Taxonomy | null = null;

parentPort?.on('message', (request: CheckRequest) => {
  taxonomy ??= loadTaxonomy(path.join(request.root, 'story')).taxonomy!;
  const bundle = { meta: request.meta, storyJson: request.json, storyVersion: request.storyVersion, taxonomy };
  const report = checkScenario(bundle, request.files.filter((f) => f.endsWith('.ink')), { ...LIBRARY_CHECK, playthroughs: request.playthroughs });
  const result: CheckResult = {
    id: request.meta.id,
    text: formatReport(report, request.root, { listSharingWins: request.listSharingWins }),
    errors: report.findings.filter((f) => f.severity === 'error').length,
    warnings: report.findings.filter((f) => f.severity === 'warning').length,
    millis: report.millis,
    contested: report.judgement.contested,
    sharingBest: report.judgement.sharingBest,
  };
  parentPort!.postMessage(result);
});
