// `npm run bench`: builds what it measures, runs the benchmarks and prints their figures.
// Figures never fail the run; only real failures (a build error, a page that never shows its
// first choice) exit non-zero, with the reason.
//   npm run bench -- [--scenario ID] [--loads N] [--only NAME,...]   (or BENCH_LOADS=N; CHROMIUM_PATH=...)
import path from 'node:path';
import { prepareBuilds, type ChosenStory } from './builds';
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

/** Each benchmark by the name `--only` takes, in the order a full run prints them. */
function benchmarks(root: string, story: ChosenStory, loads: number, chromiumPath: string, log: (message: string) => void) {
  const scenario = story.id;
  return {
    'load-time': async () => formatLoadTime(await loadTimeBenchmark({ root, story, loads, chromiumPath, log })),
    frames: async () => formatFrames(await framesBenchmark(root, scenario, chromiumPath)),
    'choice-latency': async () => formatChoiceLatency(await choiceLatencyBenchmark(root, scenario, chromiumPath)),
    heap: async () => formatHeap(await heapBenchmark(root, scenario, chromiumPath)),
    lighthouse: async () => formatLighthouse(await lighthouseBenchmark(root, scenario, chromiumPath)),
    debrief: async () => formatDebrief(await debriefBenchmark(root)),
    'story-check': () => Promise.resolve(formatStoryCheck(storyCheckBenchmark(root))),
    'group-import': async () => formatGroupImport(await groupImportBenchmark(root)),
    sounds: () => Promise.resolve(formatSounds(root)),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scenario: { type: 'string' }, loads: { type: 'string' }, only: { type: 'string' } },
    strict: true,
  });
  const loads = Number(values.loads ?? process.env.BENCH_LOADS ?? DEFAULT_LOADS);
  if (!Number.isInteger(loads) || loads < 1) throw new Error(`the number of loads must be a positive integer, got "${values.loads ?? process.env.BENCH_LOADS}"`);
  if (loads < MIN_LOADS) console.warn(`note: ${loads} loads is fewer than the ${MIN_LOADS} the load-time figure calls for.`);

  // The game's Vite config resolves its story folder against the working directory.
  process.chdir(root);

  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const log = (message: string) => console.error(`[bench] ${message}`);
  const story = await prepareBuilds(root, values.scenario, log);
  const all = benchmarks(root, story, loads, chromiumPath, log);
  const names = Object.keys(all) as (keyof typeof all)[];
  const chosen = values.only ? values.only.split(',').map((name) => name.trim()) : names;
  const unknown = chosen.filter((name) => !names.includes(name as keyof typeof all));
  if (unknown.length) throw new Error(`no benchmark called ${unknown.map((n) => `"${n}"`).join(', ')}; --only takes: ${names.join(', ')}`);
  for (const name of names.filter((n) => chosen.includes(n))) {
    log(`${name}…`);
    console.log(await all[name]());
    console.log('');
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
