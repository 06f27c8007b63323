// npm run check:stories [-- ID ...] [-- --sharing]: compiles every scenario and explores it
// (exhaustively where small, by seeded random playthroughs beyond). Prints a report for
// writers; exits 1 on any error, so `npm test` fails. PLAYTHROUGHS=N changes the number of
// random runs; --sharing lists the choice points where the most power-sharing option wins.
// Scenarios are checked in parallel, one worker thread per core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { formatDiagnostic } from '../build/ink-compile.ts';
import { buildCatalog } from '../build/scenario-catalog.ts';
import { DEFAULT_CHECK } from '../build/story-checker.ts';
import type { CheckRequest, CheckResult } from './check-stories-worker.ts';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const listSharingWins = process.argv.includes('--sharing');
const wanted = (id: string) => only.length === 0 || only.includes(id);
const playthroughs = Number(process.env.PLAYTHROUGHS ?? DEFAULT_CHECK.playthroughs);
// How long each scenario took the last time this many playthroughs were checked.
const TIMINGS = path.join(root, 'node_modules', '.cache', 'check-stories', `timings-${playthroughs}.json`);

const started = performance.now();
// The workers load while the catalog compiles here; they get the compiled stories.
const pool = Array.from({ length: os.availableParallelism() }, () => new Worker(new URL('./check-stories-worker.mjs', import.meta.url)));
// Counting every visit lets the checker see which knots are never reached.
const catalog = buildCatalog(path.join(root, 'story'), { countAllVisits: true });
let errors = 0;
let warnings = 0;
let contested = 0;
let sharingBest = 0;
for (const d of catalog.diagnostics) {
  const scenario = /scenarios[\\/]([^\\/]+)[\\/]/.exec(d.file)?.[1];
  if (scenario && !wanted(scenario)) continue;
  console.log(formatDiagnostic(d, root));
  errors++;
}

const ids = catalog.taxonomy ? catalog.scenarios.map((s) => s.meta.id).filter(wanted) : [];
const workers = pool.splice(0, Math.max(1, Math.min(ids.length, pool.length)));
for (const idle of pool) void idle.terminate();
// Longest first (as long as the last run took), so that no thread is left with a long one at the end.
const timings = readTimings();
const cost = (id: string) => timings[id] ?? Infinity;
const queue = [...ids].sort((a, b) => cost(b) - cost(a) || a.localeCompare(b));
const reports = new Map<string, CheckResult>();

function run(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const next = () => {
      const id = queue.shift();
      if (id === undefined) {
        void worker.terminate().then(() => resolve());
        return;
      }
      const scenario = catalog.scenarios.find((s) => s.meta.id === id)!;
      const request: CheckRequest = { root, meta: scenario.meta, json: scenario.json, storyVersion: scenario.storyVersion, files: scenario.files, playthroughs, listSharingWins };
      worker.postMessage(request);
    };
    worker.on('message', (result: CheckResult) => {
      reports.set(result.id, result);
      next();
    });
    worker.on('error', reject);
    next();
  });
}

await Promise.all(workers.map(run));
writeTimings({ ...timings, ...Object.fromEntries([...reports.values()].map((r) => [r.id, Math.round(r.millis)])) });
for (const id of ids) {
  const result = reports.get(id)!;
  console.log(result.text);
  errors += result.errors;
  warnings += result.warnings;
  contested += result.contested;
  sharingBest += result.sharingBest;
}
// The library's one-strategy figure: how often sharing the most power is simply the answer (aim: 60% or less).
console.log(`\nAcross the library, the most power-sharing option is also the best by outcome at ${Math.round(sharingBest)} of ${contested} choice points, counted per variant (${Math.round((100 * sharingBest) / Math.max(1, contested))}%; aim 60% or less).`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\n${ids.length} scenario(s) checked in ${seconds} s on ${workers.length} thread(s): ${errors} error(s), ${warnings} warning(s).`);
process.exit(errors ? 1 : 0);

/** How long each scenario took last time: only to order the work, so anything unreadable is ignored. */
function readTimings(): Record<string, number> {
  try {
    return JSON.parse(fs.readFileSync(TIMINGS, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

function writeTimings(timings: Record<string, number>): void {
  try {
    fs.mkdirSync(path.dirname(TIMINGS), { recursive: true });
    fs.writeFileSync(TIMINGS, JSON.stringify(timings));
  } catch {
    // Only an ordering hint: without it the next run goes in alphabetical order.
  }
}
