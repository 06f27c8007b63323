// Collects a room's runs of one scenario from whatever the learners hand over: results files,
// session files, pasted run codes (one per line) and scanned QR codes. Each item is checked
// and replayed; duplicates are counted, not kept twice; a refused item is reported with why
// and never stops the rest.
import { Encounter } from '../encounter';
import type { Read, ReadProblem } from '../read-problem';
import { parseResults, tellsTheRun } from '../results';
import { cleanNickname, splitRunCodeLine } from '../run-code';
import type { ScenarioBundle } from '../scenario-bundle';
import { replayGroupRun, type GroupRun, type KeptRun } from './group-run';
import { parseSessionFile, SESSION_FORMAT, SESSION_MAX_RUNS } from './session-file';

/** Where an item came from, for the facilitator to find it: a file (and a line or run in it), a pasted line, a scan, a live feed. */
export type ItemPlace =
  | { source: 'file'; name: string; line?: number; run?: number }
  | { source: 'pasted'; line: number }
  | { source: 'scan' }
  | { source: 'kept'; run: number }
  /** Read live from a learning record store: `run` tells that learner's run apart from the others. */
  | { source: 'live'; run: string };

/** What a refused item was read as: a run code, a results file or a session file. */
export type ItemKind = 'code' | 'results' | 'session';

export type ItemOutcome = { place: ItemPlace } & (
  | { status: 'added'; run: GroupRun }
  | { status: 'duplicate'; run: GroupRun }
  | { status: 'refused'; readAs: ItemKind; problem: ReadProblem }
);

/** More items than one import may hold: the rest are reported as not read. */
export const MAX_ITEMS_PER_IMPORT = SESSION_MAX_RUNS;

export class RunCollector {
  private readonly byCode = new Map<string, GroupRun>();
  /** One encounter restarted for every replay: building a story per run would cost as much as the replay. */
  private readonly replayer: Encounter;

  constructor(
    private readonly bundle: ScenarioBundle,
    /** Every scenario id the game has, so a code for another one is named. */
    private readonly scenarioIds: readonly string[],
  ) {
    this.replayer = Encounter.begin(bundle);
  }

  get runs(): GroupRun[] {
    return [...this.byCode.values()];
  }

  get size(): number {
    return this.byCode.size;
  }

  /** What a session keeps, in the order collected. */
  kept(): KeptRun[] {
    return this.runs.map(({ code, nickname }) => ({ code, nickname }));
  }

  clear(): void {
    this.byCode.clear();
  }

  /** Pasted text: one code per line (a nickname may follow it after "~"); blank lines are skipped. */
  addCodes(text: string, place: (line: number) => ItemPlace = (line) => ({ source: 'pasted', line })): ItemOutcome[] {
    const outcomes: ItemOutcome[] = [];
    const lines = text.split(/\r\n|\r|\n/);
    for (const [i, line] of lines.entries()) {
      if (line.trim() === '') continue;
      if (outcomes.length === MAX_ITEMS_PER_IMPORT) {
        outcomes.push({ place: place(i + 1), status: 'refused', readAs: 'code', problem: { kind: 'too-large' } });
        break;
      }
      outcomes.push(this.addLine(line, place(i + 1)));
    }
    return outcomes;
  }

  /** One scanned or typed line: a code, and perhaps a nickname after it. */
  addLine(line: string, place: ItemPlace = { source: 'scan' }): ItemOutcome {
    const { code, nickname: written } = splitRunCodeLine(line);
    const nickname = written === null ? null : cleanNickname(written);
    if (written !== null && nickname === null) return { place, status: 'refused', readAs: 'code', problem: { kind: 'damaged', field: 'nickname' } };
    return this.keep(place, 'code', replayGroupRun(this.bundle, this.replayer, code, nickname, this.scenarioIds));
  }

  /** A file: a text file (.txt) of codes, one per line, or else a session file or a results file. */
  addFile(name: string, text: string): ItemOutcome[] {
    if (/\.txt$/i.test(name)) return this.addCodes(text, (line) => ({ source: 'file', name, line }));
    // Parsed once, by the reader it names: a results file can be large.
    return text.includes(`"${SESSION_FORMAT}"`) ? this.addSession(name, text) : [this.addResults(name, text)];
  }

  /** Runs kept from an earlier visit: replayed again, as anything read back is. */
  restore(runs: readonly KeptRun[]): ItemOutcome[] {
    return runs.map((run, i) => this.addKept(run, { source: 'kept', run: i + 1 }));
  }

  private addSession(name: string, text: string): ItemOutcome[] {
    const read = parseSessionFile(text);
    const place: ItemPlace = { source: 'file', name };
    // Text that only mentions the session format (in a results file's title, say) is a results file.
    if (!read.ok && read.problem.kind === 'wrong-kind') return [this.addResults(name, text)];
    if (!read.ok) return [{ place, status: 'refused', readAs: 'session', problem: read.problem }];
    const session = read.value;
    const mismatch = this.mismatch(session.scenarioId, session.storyVersion);
    if (mismatch) return [{ place, status: 'refused', readAs: 'session', problem: mismatch }];
    return session.runs.map((run, i) => this.addKept(run, { source: 'file', name, run: i + 1 }));
  }

  /** A run as a session keeps it: its nickname must already be a clean one. */
  private addKept(run: KeptRun, place: ItemPlace): ItemOutcome {
    if (run.nickname !== null && cleanNickname(run.nickname) !== run.nickname) return { place, status: 'refused', readAs: 'code', problem: { kind: 'damaged', field: 'nickname' } };
    return this.keep(place, 'code', replayGroupRun(this.bundle, this.replayer, run.code, run.nickname, this.scenarioIds));
  }

  private addResults(name: string, text: string): ItemOutcome {
    const place: ItemPlace = { source: 'file', name };
    const read = parseResults(text);
    if (!read.ok) return { place, status: 'refused', readAs: 'results', problem: read.problem };
    const results = read.value;
    const mismatch = this.mismatch(results.scenarioId, results.storyVersion);
    if (mismatch) return { place, status: 'refused', readAs: 'results', problem: mismatch };
    if (!results.finished) return { place, status: 'refused', readAs: 'results', problem: { kind: 'unfinished' } };
    // The run kept is the replay of the code; a file whose own account of it differs was altered.
    const replayed = replayGroupRun(this.bundle, this.replayer, results.code, results.nickname, this.scenarioIds);
    if (replayed.ok && !tellsTheRun(results, replayed.value.summary)) return { place, status: 'refused', readAs: 'results', problem: { kind: 'damaged', field: 'log' } };
    return this.keep(place, 'results', replayed);
  }

  private mismatch(scenarioId: string, storyVersion: string): ReadProblem | null {
    if (scenarioId !== this.bundle.meta.id) return { kind: 'other-scenario', scenarioId: this.scenarioIds.includes(scenarioId) ? scenarioId : null };
    return storyVersion === this.bundle.storyVersion ? null : { kind: 'story-changed' };
  }

  private keep(place: ItemPlace, readAs: ItemKind, read: Read<GroupRun>): ItemOutcome {
    if (!read.ok) return { place, status: 'refused', readAs, problem: read.problem };
    const known = this.byCode.get(read.value.code);
    if (known) return { place, status: 'duplicate', run: known };
    this.byCode.set(read.value.code, read.value);
    return { place, status: 'added', run: read.value };
  }
}
