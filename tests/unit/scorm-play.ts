// Shared by the SCORM reporter's tests: a unit launched in a frame of a test LMS (scorm-again's
// real runtime, tests/e2e/lms/scorm-lms.js), found as a SCO finds it, and runs played on it
// with the app's own reporting (src/app/report-run.ts).
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { reportRun } from '../../src/app/report-run';
import type { Encounter } from '../../src/engine/encounter';
import type { Reporter, RunRef } from '../../src/reporting/reporter';
import { findScormApi } from '../../src/reporting/scorm/find-api';
import { scormReporter, type ScormProblem } from '../../src/reporting/scorm/scorm-reporter';
import { ScormLms, type ScormVersion } from '../e2e/lms/scorm-lms.js';

export const VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

/** A scorm-again runtime, for tests that call it directly (as the LMS, or as someone else). */
export type LmsApi = Scorm12API | Scorm2004API;

export const newLms = (version: ScormVersion, learner?: string): ScormLms<LmsApi> =>
  new ScormLms<LmsApi>(version, version === '1.2' ? Scorm12API : Scorm2004API, learner);

/** A clock the test moves. */
export class TestClock {
  constructor(public time: Date) {}
  readonly now = (): Date => new Date(this.time);
}

export interface Launched {
  api: LmsApi;
  reporter: Reporter;
  problems: ScormProblem[];
}

/** Launches the unit: the LMS's page holds the API, the unit runs in a frame of it and finds it there. */
export function launch(lms: ScormLms<LmsApi>, clock: TestClock, api: LmsApi = lms.launch()): Launched {
  const lmsPage = { [lms.version === '2004' ? 'API_1484_11' : 'API']: api, parent: null, opener: null };
  const unitFrame = { parent: lmsPage, opener: null };
  const found = findScormApi(unitFrame);
  if (!found) throw new Error('the unit did not find the LMS');
  const problems: ScormProblem[] = [];
  return { api, problems, reporter: scormReporter(found, { now: clock.now, onProblem: (p) => problems.push(p) }) };
}

/** The run an encounter is, as the app names it to a reporter. */
export const runOf = (encounter: Encounter): RunRef => ({
  scenarioId: encounter.meta.id,
  scenarioTitle: encounter.meta.title,
  storyVersion: encounter.storyVersion,
  seed: encounter.seed,
  attempt: 'attempt-1',
});

/**
 * Plays `encounter` on with `reporter` told of it as the app tells it: `choices` more choices
 * (all to the end if omitted), each taking option `pick(turn, offered)` (the last offered if omitted). `before(turn)` runs
 * before each choice (to move the clock). Returns the encounter.
 */
export function playReported(
  reporter: Reporter,
  encounter: Encounter,
  clock: TestClock,
  options: { choices?: number; pick?: (turn: number, offered: number) => number; before?: (turn: number) => void } = {},
): Encounter {
  const { choices = Infinity, pick = (_turn, offered) => offered - 1, before = () => undefined } = options;
  const stop = reportRun(reporter, encounter, runOf(encounter), clock.now);
  for (let made = 0; made < choices && !encounter.ended; made++) {
    const turn = encounter.log.length;
    before(turn);
    encounter.choose(encounter.choices[pick(turn, encounter.choices.length)]!.index);
  }
  stop();
  return encounter;
}
