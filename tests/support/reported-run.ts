// A library scenario played headless through the app's own reporting (reportRun), for the
// reporter tests: what a Reporter is told, in order, for one run.
import { reportRun } from '../../src/app/report-run';
import { Encounter } from '../../src/engine/encounter';
import type { ChoiceReport, EndReport, Reporter, RunRef } from '../../src/reporting/reporter';
import { libraryBundle } from '../story/play';

export interface ReportedRun {
  run: RunRef;
  choices: ChoiceReport[];
  end: EndReport | null;
  encounter: Encounter;
}

/** One second per step from 9:00 UTC on 7 December 2026: reports' times are fixed, and in order. */
export function steadyClock(start = Date.UTC(2026, 11, 7, 9, 0, 0)): () => Date {
  let tick = 0;
  return () => new Date(start + 1000 * tick++);
}

/**
 * Plays `scenarioId` with `seed` to its end (or for `turns` choices), taking at turn n the
 * option at position n (modulo how many are offered), so the run tries several positions;
 * tells `reporter` (if given) and records what it was told.
 */
export function playReported(
  scenarioId: string,
  seed: number,
  { attempt, reporter, turns = Infinity, now = steadyClock() }: { attempt: string; reporter?: Reporter; turns?: number; now?: () => Date },
): ReportedRun {
  const bundle = libraryBundle(scenarioId);
  const run: RunRef = { scenarioId, scenarioTitle: bundle.meta.title, storyVersion: bundle.storyVersion, seed, attempt };
  const recorded: ReportedRun = { run, choices: [], end: null, encounter: Encounter.begin(bundle, seed) };
  const recorder: Reporter = {
    kind: reporter?.kind ?? 'xapi',
    resumeCode: () => Promise.resolve(null),
    started: (r, at) => reporter?.started(r, at),
    choice: (report) => {
      recorded.choices.push(report);
      reporter?.choice(report);
    },
    ended: (report) => {
      recorded.end = report;
      reporter?.ended(report);
    },
    leave: () => reporter?.leave(),
  };
  const encounter = recorded.encounter;
  reportRun(recorder, encounter, run, now);
  while (!encounter.ended && encounter.log.length < turns) {
    const options = encounter.choices;
    encounter.choose(options[encounter.log.length % options.length]!.index);
  }
  return recorded;
}
