// Every shipped scenario in an LMS: the longest run code there can be fits SCORM 1.2's 4,096
// characters of suspend_data with its framing, and real runs of each are recorded by both
// SCORM versions with every value accepted by scorm-again's validating runtimes.
import { describe, expect, it } from 'vitest';
import { bundleOf, buildCatalog } from '../../build/scenario-catalog';
import { Encounter } from '../../src/engine/encounter';
import { seededRandom } from '../../src/engine/random-play';
import { encodeRunCode } from '../../src/engine/run-code';
import type { Reporter } from '../../src/reporting/reporter';
import { writeSuspendData } from '../../src/reporting/scorm/suspend-data';
import { STORY_DIR } from '../helpers';
import { launch, newLms, playReported, TestClock, VERSIONS } from './scorm-play';

const SCORM_12_SUSPEND_DATA = 4096;
const catalog = buildCatalog(STORY_DIR);
const SEEDS = [1, 2, 3, 4, 5, 6];

/** The most choices a run code holds: found by asking the encoder, which refuses one more. */
function mostCodedChoices(): number {
  const fits = (count: number) => {
    try {
      encodeRunCode({ scenarioId: 'x', storyVersion: 'y', seed: 0, choices: Array<number>(count).fill(15) });
      return true;
    } catch {
      return false;
    }
  };
  let count = 0;
  while (fits(count + 1)) count++;
  return count;
}

/** One reporter telling several: both SCORM versions hear the same run. */
const both = (reporters: Reporter[]): Reporter => ({
  kind: 'none',
  resumeCode: () => Promise.resolve(null),
  started: (run, at) => reporters.forEach((r) => r.started(run, at)),
  choice: (report) => reporters.forEach((r) => r.choice(report)),
  ended: (report) => reporters.forEach((r) => r.ended(report)),
  leave: () => reporters.forEach((r) => r.leave()),
});

describe('the shipped scenarios in an LMS', () => {
  it('are all there to check', () => {
    expect(catalog.diagnostics).toEqual([]);
    expect(catalog.scenarios.length).toBeGreaterThanOrEqual(6);
  });

  const most = mostCodedChoices();

  it.each(catalog.scenarios.map((s) => [s.meta.id, s] as const))('%s: the longest possible run code fits SCORM 1.2’s suspend_data with its framing', (_id, scenario) => {
    expect(most).toBeGreaterThanOrEqual(200);
    const longest = encodeRunCode({ scenarioId: scenario.meta.id, storyVersion: scenario.storyVersion, seed: 99_999, choices: Array<number>(most).fill(15) });
    const framed = writeSuspendData({ scenarioId: scenario.meta.id, storyVersion: scenario.storyVersion, runCode: longest });
    expect(framed.length).toBeLessThanOrEqual(SCORM_12_SUSPEND_DATA);
  });

  it.each(catalog.scenarios.map((s) => [s.meta.id, s] as const))(`%s: ${SEEDS.length} seeded runs recorded in SCORM 1.2 and 2004, every value accepted, suspend_data within 4,096`, (_id, scenario) => {
    const bundle = bundleOf(scenario, catalog.taxonomy!);
    let longestRun = 0;
    for (const seed of SEEDS) {
      const clock = new TestClock(new Date(Date.UTC(2026, 2, 14, 9, 0, 0)));
      const lmses = VERSIONS.map((version) => newLms(version));
      const launched = lmses.map((lms) => launch(lms, clock));
      const random = seededRandom(seed);
      const encounter = playReported(both(launched.map((l) => l.reporter)), Encounter.begin(bundle, seed), clock, { pick: (_turn, offered) => Math.floor(random() * offered) });
      launched.forEach((l) => l.reporter.leave());
      expect(encounter.ended).toBe(true);
      longestRun = Math.max(longestRun, encounter.log.length);
      for (const [i, lms] of lmses.entries()) {
        expect(launched[i]!.problems, `${lms.version}, seed ${seed}`).toEqual([]);
        expect(Object.keys(lms.kept!.interactions as object)).toHaveLength(encounter.log.length);
        const suspendData = lms.sets.filter(([element]) => element === 'cmi.suspend_data').map(([, value]) => value.length);
        expect(suspendData).toHaveLength(encounter.log.length);
        expect(Math.max(...suspendData)).toBeLessThanOrEqual(SCORM_12_SUSPEND_DATA);
      }
    }
    expect(longestRun).toBeLessThan(most);
  });
});
