// `npm run bench`: builds what it measures, runs the benchmarks and prints their figures.
// Figures never fail the run; only real failures (a build error, a page that never shows its
// first choice) exit non-zero, with the reason.
//   npm run bench -- [--scenario ID] [--loads N]     (or BENCH_LOADS=N; CHROMIUM_PATH=...)
import path from 'node:path';
import { parseArgs } from 'node:util';
import { debriefBenchmark, formatDebrief } from './debrief';
import { formatFrames, framesBenchmark } from './frames';
import { formatGroupImport, groupImportBenchmark } from './group-import';
import { formatLoadTime, loadTimeBenchmark } from './load-time';
import { formatSounds } from './sounds';
import { formatStoryCheck, storyCheckBenchmark } from './story-check';

const DEFAULT_LOADS = 9;
const MIN_LOADS = 7;

const root = path.resolve(import.meta.dirname, '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scenario: { type: 'string' }, loads: { type: 'string' } },
    strict: true,
  });
  const loads = Number(values.loads ?? process.env.BENCH_LOADS ?? DEFAULT_LOADS);
  if (!Number.isInteger(loads) || loads < 1) throw new Error(`the number of loads must be a positive integer, got "${values.loads ?? process.env.BENCH_LOADS}"`);
  if (loads < MIN_LOADS) console.warn(`note: ${loads} loads is fewer than the ${MIN_LOADS} the load-time figure calls for.`);

  // The game's Vite config resolves its story folder against the working directory.
  process.chdir(root);

  const result = await loadTimeBenchmark({
    root,
    scenario: values.scenario,
    loads,
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    log: (message) => console.error(`[bench] ${message}`),
  });
  console.log(formatLoadTime(result));
  console.log('');
  console.log(formatFrames(await framesBenchmark(root, result.scenario, process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')));
  console.log('');
  console.log(formatDebrief(await debriefBenchmark(root)));
  console.log('');
  console.log(formatStoryCheck(storyCheckBenchmark(root)));
  console.log('');
  console.log(formatGroupImport(await groupImportBenchmark(root)));
  console.log('');
  console.log(formatSounds(root));
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
