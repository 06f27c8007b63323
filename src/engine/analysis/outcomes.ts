// What an option leads to, found by running the story, never by guessing: the next step
// exactly, and where the encounter can end from there (exactly when the rest of the story
// is small, otherwise from seeded random continuations, and said so).
import { Encounter, type ScenarioBundle } from '../encounter';
import { seededRandom } from '../random-play';
import type { VariableSnapshot } from '../run-log';

export interface NextStep {
  after: VariableSnapshot;
  disclosed: string[];
  /** The first lines that followed: what the alternative would have sounded like. */
  lines: string[];
  /** The ending, if this option ends the encounter at once. */
  ending: string | null;
  inkState: string;
}

export interface EndingOdds {
  /** Probability of each ending when every later choice is made uniformly at random. */
  odds: Record<string, number>;
  /** True when every path was followed; false when estimated from `samples` continuations. */
  exact: boolean;
  samples: number;
}

export interface ExploreLimits {
  /** Choice points to expand exhaustively before switching to sampling. */
  exactBudget: number;
  samples: number;
  seed: number;
}

export const DEFAULT_LIMITS: ExploreLimits = { exactBudget: 40, samples: 16, seed: 1 };

/** Where an option leads if the learner goes on making the choices they made in their run. */
export interface GoOn {
  /** The ending reached, or null if the run's later choices stop applying first (or it does not end). */
  ending: string | null;
  /** How many of the run's later choices could still be made. */
  followed: number;
  /** True when a later choice of the run was not on offer: the paths parted there. */
  diverged: boolean;
  after: VariableSnapshot;
}

/** Runs options from saved states on one reusable encounter. */
export class Explorer {
  private readonly encounter: Encounter;
  /** Exact odds already worked out, by ink state: paths through a story rejoin often. */
  private readonly known = new Map<string, Record<string, number>>();

  constructor(bundle: ScenarioBundle) {
    this.encounter = Encounter.begin(bundle);
  }

  nextStep(inkState: string, optionIndex: number): NextStep {
    const e = this.encounter;
    e.jumpTo(inkState);
    const step = e.choose(optionIndex);
    return {
      after: e.variables,
      disclosed: step.lines.flatMap((l) => (l.tags.disclose ? [l.tags.disclose] : [])),
      lines: step.lines.map((l) => l.text).filter((t) => t.length > 0).slice(0, 3),
      ending: e.ended ? e.ending : null,
      inkState: e.inkState(),
    };
  }

  /** Plays on from a state by the run's own later choices (by their text) while they are on offer. */
  goOn(inkState: string, laterChoices: readonly string[]): GoOn {
    const e = this.encounter;
    e.jumpTo(inkState);
    let followed = 0;
    for (const text of laterChoices) {
      if (e.ended) break;
      const same = e.choices.find((c) => c.text === text);
      if (!same) return { ending: null, followed, diverged: true, after: e.variables };
      e.choose(same.index);
      followed++;
    }
    return { ending: e.ended ? e.ending : null, followed, diverged: false, after: e.variables };
  }

  endingOdds(inkState: string, limits: ExploreLimits = DEFAULT_LIMITS): EndingOdds {
    const exact = this.exactOdds(inkState, limits.exactBudget);
    if (exact) return { odds: exact, exact: true, samples: 0 };
    const random = seededRandom(limits.seed);
    const counts: Record<string, number> = {};
    for (let i = 0; i < limits.samples; i++) {
      const e = this.encounter;
      e.jumpTo(inkState);
      for (let guard = 0; !e.ended && guard < 500; guard++) e.choose(e.choices[Math.floor(random() * e.choices.length)]!.index);
      const ending = e.ending ?? '(none)';
      counts[ending] = (counts[ending] ?? 0) + 1 / limits.samples;
    }
    return { odds: counts, exact: false, samples: limits.samples };
  }

  /**
   * Depth-first over every path, each weighted by its chance under uniform choices, with
   * states already solved reused. Gives up (null) after `budget` new choice points.
   */
  private exactOdds(inkState: string, budget: number): Record<string, number> | null {
    let expanded = 0;
    const solve = (state: string): Record<string, number> | null => {
      const cached = this.known.get(state);
      if (cached) return cached;
      if (++expanded > budget) return null;
      const e = this.encounter;
      e.jumpTo(state);
      const options = e.choices.map((c) => c.index);
      const odds: Record<string, number> = {};
      for (const index of options) {
        e.jumpTo(state);
        e.choose(index);
        // An ending reached by this very choice is read before jumping elsewhere.
        const sub = e.ended ? { [e.ending ?? '(none)']: 1 } : solve(e.inkState());
        if (!sub) return null;
        for (const [ending, p] of Object.entries(sub)) odds[ending] = (odds[ending] ?? 0) + p / options.length;
      }
      this.known.set(state, odds);
      return odds;
    };
    return solve(inkState);
  }
}
