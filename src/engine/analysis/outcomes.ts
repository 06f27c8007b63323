// What an option leads to, found by running the story, never by guessing: the next step
// exactly, and where the encounter can end from there (exactly when the rest of the story
// is small, otherwise from seeded random continuations, and said so).
import { Encounter, type ScenarioBundle } from '../encounter';
import { Stepper, type Here, type StepInfo } from '../ink/story-stepper';
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

/** An option that ends the encounter at once. */
export function endedWith(ending: string): EndingOdds {
  return { odds: { [ending]: 1 }, exact: true, samples: 0 };
}

/**
 * Where the encounter can end from a choice point, from where each of its options can: under
 * uniform choices, the mean. Exact only if every option's odds are; otherwise estimated from
 * all their samples together.
 */
export function oddsAtChoicePoint(options: readonly EndingOdds[]): EndingOdds {
  const odds: Record<string, number> = {};
  for (const o of options) addBranch(odds, o.odds, options.length);
  return { odds, exact: options.every((o) => o.exact), samples: options.reduce((n, o) => n + o.samples, 0) };
}

/**
 * Adds one of `count` equally likely branches to the odds of where a choice point can end. Both
 * the enumeration and oddsAtChoicePoint sum this way, branch by branch in the order offered, so
 * the same choice point gets the very same numbers from either.
 */
function addBranch(into: Record<string, number>, branch: Readonly<Record<string, number>>, count: number): void {
  for (const [ending, p] of Object.entries(branch)) into[ending] = (into[ending] ?? 0) + p / count;
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

/**
 * Runs options from saved states: the next step on one reusable encounter, as the learner
 * would see it; where the story can end from there on a stepper, whose transition memo
 * replays the many choices the random and exhaustive play-ons meet again.
 */
export class Explorer {
  private readonly encounter: Encounter;
  private readonly stepper: Stepper;
  /** Exact odds already worked out, by choice point (see Stepper.here): paths through a story rejoin often. */
  private readonly known = new Map<string, Record<string, number>>();

  constructor(bundle: ScenarioBundle, memo = true) {
    this.encounter = Encounter.begin(bundle);
    this.stepper = new Stepper(bundle, [], memo);
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
    let at = this.stepper.jumpTo(Stepper.parse(inkState));
    let followed = 0;
    for (const text of laterChoices) {
      if (at.ended) break;
      const same = at.choices.find((c) => c.text === text);
      if (!same) return { ending: null, followed, diverged: true, after: this.trackedIn(at) };
      at = this.stepper.play(at, same);
      followed++;
    }
    return { ending: at.ended ? at.ending : null, followed, diverged: false, after: this.trackedIn(at) };
  }

  /** The variables the learner's run tracks, of those a step holds (which has the variation's too). */
  private trackedIn(at: StepInfo): VariableSnapshot {
    return Object.fromEntries(this.encounter.tracked.map((v) => [v.name, at.variables[v.name]!]));
  }

  endingOdds(inkState: string, limits: ExploreLimits = DEFAULT_LIMITS): EndingOdds {
    const s = this.stepper;
    s.jumpTo(Stepper.parse(inkState));
    const start = s.here();
    const exact = this.exactOdds(start, limits.exactBudget);
    if (exact) return { odds: exact, exact: true, samples: 0 };
    const random = seededRandom(limits.seed);
    const counts: Record<string, number> = {};
    for (let i = 0; i < limits.samples; i++) {
      let at = s.back(start);
      for (let guard = 0; !at.ended && guard < 500; guard++) at = s.play(at, at.choices[Math.floor(random() * at.choices.length)]!);
      const ending = at.ending ?? '(none)';
      counts[ending] = (counts[ending] ?? 0) + 1 / limits.samples;
    }
    return { odds: counts, exact: false, samples: limits.samples };
  }

  /**
   * Depth-first over every path, each weighted by its chance under uniform choices, with
   * choice points already solved reused. Gives up (null) after `budget` new choice points.
   */
  private exactOdds(start: Here, budget: number): Record<string, number> | null {
    const s = this.stepper;
    let expanded = 0;
    const solve = (here: Here): Record<string, number> | null => {
      const cached = this.known.get(here.key);
      if (cached) return cached;
      if (++expanded > budget) return null;
      const options = here.info.choices;
      const odds: Record<string, number> = {};
      for (const choice of options) {
        const next = s.play(s.back(here), choice);
        // An ending reached by this very choice is read before going elsewhere.
        const sub = next.ended ? { [next.ending ?? '(none)']: 1 } : solve(s.here());
        if (!sub) return null;
        addBranch(odds, sub, options.length);
      }
      this.known.set(here.key, odds);
      return odds;
    };
    return solve(start);
  }
}
