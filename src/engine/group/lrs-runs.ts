// A room's runs as they arrive live (from a learning record store): each learner's game reports
// its run so far, as a run code, after every choice, and the reports come in any order, in
// pages, some twice. LiveRuns keeps the latest code of each run and hands the finished ones to
// the collector, which replays them exactly as it replays a pasted code: the picture of runs
// read live has the same counts as the same runs imported as codes.
import type { ReadProblem } from '../read-problem';
import { decodeRunCode, type DecodedRunCode } from '../run-code';
import type { ItemOutcome, RunCollector } from './run-collector';
import { SESSION_MAX_RUNS } from './session-file';

/** Longer than any run code (run-code.ts writes at most some 240 characters). */
const MAX_CODE_CHARS = 300;
/** No more runs are followed than a session can keep. */
export const MAX_LIVE_RUNS = SESSION_MAX_RUNS;

/** Where one run stands: still being played (so far `choices` made), finished and collected, or refused. */
export type LiveRunState = { status: 'playing'; choices: number } | { status: 'finished' } | { status: 'refused'; problem: ReadProblem };

/** What one report did: moved its run on, told nothing new, could not be read, or named a run past the limit. */
export type Sighting = 'newer' | 'known' | 'unreadable' | 'too-many';

export interface LiveSummary {
  /** Runs that reached an ending and are in the collector. */
  finished: number;
  /**
   * Of those, runs the collector already held (read before this live session, handed over
   * another way, or played exactly as another learner's: same seed, same choices): counted once.
   */
  alreadyCollected: number;
  /** The choices made so far by each run still being played, fewest first. */
  playing: number[];
  /** Why each run that cannot be used was refused (another scenario or version, a code that does not replay). */
  refused: ReadProblem[];
}

interface Followed {
  code: string;
  rank: string;
  choices: number;
  /** The code has changed since it was last replayed. */
  dirty: boolean;
  state: LiveRunState;
}

export class LiveRuns {
  private readonly runs = new Map<string, Followed>();
  private alreadyCollected = 0;

  constructor(private readonly collector: RunCollector) {}

  /**
   * One report of run `run` (an id that tells runs apart, such as registration and attempt):
   * its code so far. The code with the most choices is the latest, whatever order reports
   * come in; a finished run is settled and later reports of it change nothing.
   */
  see(run: string, code: string): Sighting {
    if (code.length > MAX_CODE_CHARS) return 'unreadable';
    const decoded = decodeRunCode(code);
    if (!decoded.ok) return 'unreadable';
    const followed = this.runs.get(run);
    if (!followed && this.runs.size >= MAX_LIVE_RUNS) return 'too-many';
    const rank = rankOf(decoded.value);
    if (followed && (followed.state.status === 'finished' || rank <= followed.rank)) return 'known';
    const choices = decoded.value.choices.length;
    const state = followed?.state ?? { status: 'playing', choices };
    this.runs.set(run, { code, rank, choices, dirty: true, state });
    return 'newer';
  }

  /** Replays every run whose code changed: a finished one goes into the collector; the collector's outcomes, to redraw the picture by. */
  settle(): ItemOutcome[] {
    const outcomes: ItemOutcome[] = [];
    for (const [run, followed] of this.runs) {
      if (!followed.dirty) continue;
      followed.dirty = false;
      const outcome = this.collector.addLine(followed.code, { source: 'live', run });
      if (outcome.status === 'refused' && outcome.problem.kind === 'unfinished') {
        followed.state = { status: 'playing', choices: followed.choices };
        continue;
      }
      if (outcome.status === 'duplicate') this.alreadyCollected++;
      followed.state = outcome.status === 'refused' ? { status: 'refused', problem: outcome.problem } : { status: 'finished' };
      outcomes.push(outcome);
    }
    return outcomes;
  }

  summary(): LiveSummary {
    const states = [...this.runs.values()].map((r) => r.state);
    return {
      finished: states.filter((s) => s.status === 'finished').length,
      alreadyCollected: this.alreadyCollected,
      playing: states.flatMap((s) => (s.status === 'playing' ? [s.choices] : [])).sort((a, b) => a - b),
      refused: states.flatMap((s) => (s.status === 'refused' ? [s.problem] : [])),
    };
  }
}

/**
 * Orders a run's codes: more choices is later; between codes of as many choices (which one
 * run never writes), a fixed order, so the one kept does not depend on which came first.
 */
function rankOf(code: DecodedRunCode): string {
  const fixed = (n: number, width: number) => n.toString(16).padStart(width, '0');
  return [fixed(code.choices.length, 2), fixed(code.scenarioHash, 4), fixed(code.storyHash, 4), fixed(code.seed, 5), code.choices.map((c) => fixed(c, 1)).join('')].join(':');
}
