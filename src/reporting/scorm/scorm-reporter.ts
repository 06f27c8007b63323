// The game's reporter inside an LMS, for SCORM 1.2 and SCORM 2004 alike (dialect.ts holds
// every difference). The session opens when the reporter is made; each choice becomes an
// interaction, the run so far is kept in suspend_data and committed at once; an ending marks
// the unit completed. No score is ever set: one number would pretend to grade how the learner
// handled power, which the game does not claim to do.
import type { ChoiceReport, EndReport, Reporter, RunRef } from '../reporter';
import { describeChoice, takenLetter } from './choice-text';
import { dialectFor, type Dialect } from './dialect';
import type { FoundScormApi } from './find-api';
import { LmsSession, type ScormProblem } from './lms-session';
import { readSuspendData, writeSuspendData } from './suspend-data';

export type { ScormProblem };

export interface ScormReporterOptions {
  now: () => Date;
  /** A call the LMS refused or failed: the game goes on, and its owner may say so or log it. */
  onProblem: (problem: ScormProblem) => void;
}

export function scormReporter(found: FoundScormApi, options: ScormReporterOptions): Reporter {
  return new ScormReporter(found, options);
}

class ScormReporter implements Reporter {
  readonly kind: Dialect['kind'];
  private readonly dialect: Dialect;
  private readonly session: LmsSession;
  private readonly openedAt: Date;
  /** The index the next interaction takes (after those the LMS kept), or null if interactions cannot be counted. */
  private nextInteraction: number | null = null;
  /** Whether this session wrote suspend_data: then it is the learner's run, whatever the entry said. */
  private keptThisSession = false;
  private runEnded = false;
  readonly learner: string | null;

  constructor(
    found: FoundScormApi,
    private readonly options: ScormReporterOptions,
  ) {
    this.dialect = dialectFor(found.version);
    this.kind = this.dialect.kind;
    this.session = new LmsSession(found, this.dialect, options.onProblem);
    this.openedAt = options.now();
    const open = this.session.open();
    if (open) this.nextInteraction = this.interactionCount();
    this.learner = open ? this.session.get(this.dialect.elements.learnerId) || null : null;
  }

  resumeCode(scenarioId: string): Promise<string | null> {
    const { entry, suspendData } = this.dialect.elements;
    // A new attempt starts afresh even if the LMS left data from an old one; "resume" and ""
    // (the same attempt, not suspended) both continue where the learner was.
    if (!this.keptThisSession && this.session.get(entry) === this.dialect.words.newAttempt) return Promise.resolve(null);
    const kept = readSuspendData(this.session.get(suspendData) ?? '');
    return Promise.resolve(kept?.scenarioId === scenarioId ? kept.runCode : null);
  }

  started(_run: RunRef): void {
    this.runEnded = false;
    const { completion } = this.dialect.elements;
    const status = this.session.get(completion);
    // An LMS may mark a unit that never said otherwise as completed when it closes.
    if (status !== null && this.dialect.words.notBegun.includes(status)) this.session.set(completion, this.dialect.words.incomplete);
  }

  choice(report: ChoiceReport): void {
    if (!this.session.isOpen) return;
    const { run, entry, choicePoint, runCode } = report;
    this.recordInteraction(report);
    const { suspendData, location } = this.dialect.elements;
    if (this.session.set(suspendData, writeSuspendData({ scenarioId: run.scenarioId, storyVersion: run.storyVersion, runCode }))) this.keptThisSession = true;
    this.session.set(location, `${run.scenarioId}/${choicePoint}/${entry.turn}`.slice(0, this.dialect.limits.location));
    this.session.commit();
  }

  ended(_report: EndReport): void {
    if (!this.session.isOpen) return;
    this.runEnded = true;
    this.session.set(this.dialect.elements.completion, this.dialect.words.completed);
    // Committed at once: the window may be closed without the page hearing of it.
    this.session.commit();
  }

  leave(): void {
    if (!this.session.isOpen) return;
    const { exit, sessionTime } = this.dialect.elements;
    // Suspended, the LMS keeps suspend_data for the next launch; a finished run ends the attempt.
    this.session.set(exit, this.runEnded ? this.dialect.words.finished : this.dialect.words.suspend);
    this.session.set(sessionTime, this.dialect.timespan(this.options.now().getTime() - this.openedAt.getTime()));
    this.session.close();
  }

  /** cmi.interactions.n for this choice: its id, type, the moves as objectives, time, option taken, description. */
  private recordInteraction({ run, entry, choicePoint, at }: ChoiceReport): void {
    if (this.nextInteraction === null) return;
    const { identifier, interaction } = this.dialect;
    const prefix = `cmi.interactions.${this.nextInteraction}.`;
    // The id opens the interaction; if the LMS refuses it, the index stays free.
    if (!this.session.set(`${prefix}id`, identifier([run.scenarioId, choicePoint, `turn-${entry.turn}`]))) return;
    this.nextInteraction++;
    this.session.set(`${prefix}type`, 'choice');
    [...new Set(entry.moves)].forEach((move, m) => this.session.set(`${prefix}objectives.${m}.id`, identifier(['move', move])));
    this.session.set(`${prefix}${interaction.time}`, this.dialect.momentOf(at));
    this.session.set(`${prefix}${interaction.response}`, takenLetter(entry));
    if (interaction.description) this.session.set(`${prefix}${interaction.description.element}`, describeChoice(entry, interaction.description.limit));
  }

  /** How many interactions the LMS already holds (from earlier sessions): new ones follow them. */
  private interactionCount(): number | null {
    const count = Number(this.session.get(this.dialect.elements.interactionCount) ?? NaN);
    return Number.isInteger(count) && count >= 0 ? count : null;
  }
}
