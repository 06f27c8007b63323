// `npm run bench`: builds what it measures, runs the benchmarks and prints their figures.
// Figures never fail the run; only real failures (a build error, a page that never shows its
// first choice) exit non-zero, with the reason.
//   npm run bench -- [--scenario ID] [--loads N]     (or BENCH_LOADS=N; CHROMIUM_PATH=...)
import path from 'node:path';
import { parseArgs } from 'node:util';
import { choiceLatencyBenchmark, formatChoiceLatency } from './choice-latency';
import { debriefBenchmark, formatDebrief } from './debrief';
import { formatFrames, framesBenchmark } from './frames';
import { formatGroupImport, groupImportBenchmark } from './group-import';
import { formatHeap, heapBenchmark } from './heap';
import { formatLighthouse, lighthouseBenchmark } from './lighthouse';
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

  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const log = (message: string) => console.error(`[bench] ${message}`);
  const result = await loadTimeBenchmark({ root, scenario: values.scenario, loads, chromiumPath, log });
  console.log(formatLoadTime(result));
  console.log('');
  // The browser benchmarks, one after another on the deep-linked scenario.
  const browserBench = async (name: string, report: () => Promise<string>) => {
    log(`${name}…`);
    console.log(await report());
    console.log('');
  };
  await browserBench('frames', async () => formatFrames(await framesBenchmark(root, result.scenario, chromiumPath)));
  await browserBench('choice to next line', async () => formatChoiceLatency(await choiceLatencyBenchmark(root, result.scenario, chromiumPath)));
  await browserBench('heap over three encounters', async () => formatHeap(await heapBenchmark(root, result.scenario, chromiumPath)));
  await browserBench('Lighthouse', async () => formatLighthouse(await lighthouseBenchmark(root, result.scenario, chromiumPath)));
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
