// The reporting port: what the game tells a school's learning systems (an LMS through SCORM,
// an LRS through cmi5 or plain xAPI), and what it asks them back (the run to resume). The
// app is given one reporter at start, beside storage; the engine and the views know nothing
// of it. Reports carry the engine's own facts: each reporter words them for its system.
import type { LogEntry } from '../engine/run-log';

/** Which learning system the page found at launch. */
export type ReporterKind = 'none' | 'scorm12' | 'scorm2004' | 'cmi5' | 'xapi';

/** One run of one scenario, as every report names it. */
export interface RunRef {
  scenarioId: string;
  scenarioTitle: string;
  storyVersion: string;
  seed: number;
  /** A fresh id for this run (a UUID), kept with it across reloads: plain xAPI's attempt. */
  attempt: string;
}

export interface ChoiceReport {
  run: RunRef;
  /** The choice as the run log holds it: offered options, the one taken, moves, before and after. */
  entry: LogEntry;
  /** The choice point: the parent of the chosen option's ink path (as the group picture keys it). */
  choicePoint: string;
  /** The run so far as a run code: what an LMS keeps to resume it, and the live picture replays. */
  runCode: string;
  at: Date;
}

export interface EndReport {
  run: RunRef;
  ending: string | null;
  runCode: string;
  at: Date;
}

export interface Reporter {
  readonly kind: ReporterKind;
  /**
   * The run code the learning system kept for this scenario (SCORM's suspend_data, cmi5's
   * state), if any: the app resumes by replaying it. Null with no system, or nothing kept.
   */
  resumeCode(scenarioId: string): Promise<string | null>;
  /** A run was opened (new or resumed). */
  started(run: RunRef, at: Date): void;
  /** A choice was made; a reporter keeps or sends it before the next one. */
  choice(report: ChoiceReport): void;
  /** An ending was reached. */
  ended(report: EndReport): void;
  /** The page is going away: send what is queued, suspend or terminate the session. */
  leave(): void;
  /** The learner's sound preference the system passes at launch (cmi5), if any: the game follows it. */
  readonly preferences?: { audio: 'on' | 'off' | null };
  /** Where the system wants the learner sent when they leave (cmi5's returnURL), if anywhere. */
  readonly returnUrl?: string | null;
  /**
   * Who the system launched (SCORM's learner id, cmi5's actor account), if it says: the app
   * keeps each learner's saves apart on a shared computer, so one never carries on another's run.
   */
  readonly learner?: string | null;
}

/** No learning system: the game behaves exactly as it does on its own. */
export const noReporter: Reporter = {
  kind: 'none',
  resumeCode: () => Promise.resolve(null),
  started: () => undefined,
  choice: () => undefined,
  ended: () => undefined,
  leave: () => undefined,
};
