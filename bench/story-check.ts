// Throughput of the story checker over the whole library, beside the raw speed of inkjs
// playing the same stories with no engine around it, measured in the same process; and the
// time `npm run check:stories` takes for the whole library, one worker thread per core.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Story } from 'inkjs';
import { bundleOf, buildCatalog } from '../build/scenario-catalog';
import { memoWords } from '../build/memo-words';
import { DEFAULT_CHECK, checkScenario, type ScenarioReport } from '../build/story-checker';
import { seededRandom } from '../src/engine/random-play';

export interface CheckThroughput {
  rows: { id: string; mode: string; playthroughs: number; states: number; seconds: number; rawPerSecond: number; memo: ScenarioReport['memo'] }[];
  /** The checker's own time over the rows (not the compiling, nor the raw inkjs runs). */
  totalSeconds: number;
  /** `npm run check:stories` as a writer runs it. */
  library: { seconds: number; threads: number; summary: string };
}

/** Plain inkjs: continue, pick at random, repeat. The ceiling for any checker built on it. */
function rawPlaythroughsPerSecond(json: string, runs: number): number {
  const story = new Story(json);
  const random = seededRandom(7);
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    story.ResetState();
    for (;;) {
      while (story.canContinue) story.Continue();
      const choices = story.currentChoices;
      if (choices.length === 0) break;
      story.ChooseChoiceIndex(Math.floor(random() * choices.length));
    }
  }
  return runs / ((performance.now() - started) / 1000);
}

/** Runs the checker script as `npm run check:stories` does and reads its closing line. */
function libraryCheck(root: string): CheckThroughput['library'] {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'check-stories.ts')], { cwd: root, encoding: 'utf8' });
  const summary = run.stdout.trim().split('\n').at(-1) ?? '';
  const match = /checked in ([\d.]+) s on (\d+) thread/.exec(summary);
  if (!match) throw new Error(`check:stories did not finish: ${run.stderr || summary}`);
  return { seconds: Number(match[1]), threads: Number(match[2]), summary };
}

export function storyCheckBenchmark(root: string): CheckThroughput {
  const library = libraryCheck(root);
  const catalog = buildCatalog(path.join(root, 'story'), { countAllVisits: true });
  if (!catalog.taxonomy) throw new Error('the story library does not build');
  const rows = catalog.scenarios.map((s) => {
    const bundle = bundleOf(s, catalog.taxonomy!);
    const t = performance.now();
    const report = checkScenario(bundle, s.files.filter((f) => f.endsWith('.ink')), DEFAULT_CHECK);
    const seconds = (performance.now() - t) / 1000;
    return { id: s.meta.id, mode: report.mode, playthroughs: report.playthroughs, states: report.states, seconds, rawPerSecond: rawPlaythroughsPerSecond(s.json, 2000), memo: report.memo };
  });
  return { rows, totalSeconds: rows.reduce((sum, r) => sum + r.seconds, 0), library };
}

export function formatStoryCheck(t: CheckThroughput): string {
  const lines = [
    `Story checker: npm run check:stories (the aim: the whole library in under 60 s): ${t.library.summary}`,
    `The same, one thread, one scenario at a time, in ${t.totalSeconds.toFixed(1)} s:`,
  ];
  for (const r of t.rows) {
    const rate = r.mode === 'random' ? r.playthroughs / r.seconds : r.states / r.seconds;
    const unit = r.mode === 'random' ? 'playthroughs/s' : 'states/s';
    const ratio = r.mode === 'random' ? `  (${((100 * rate) / r.rawPerSecond).toFixed(0)}% of raw inkjs, ${r.rawPerSecond.toFixed(0)}/s)` : '';
    const memo = r.mode === 'random' ? `; memo: ${memoWords(r.memo)}` : '';
    lines.push(`  ${r.id.padEnd(18)} ${r.mode.padEnd(10)} ${r.seconds.toFixed(1).padStart(5)} s  ${rate.toFixed(0).padStart(6)} ${unit}${ratio}${memo}`);
  }
  return lines.join('\n');
}
