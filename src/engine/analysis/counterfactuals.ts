// At every choice point of a run: what each option did or would have done next, where the
// encounter could end from there, and how much the options differ (pivotality).
import type { ScenarioBundle } from '../encounter';
import type { LogEntry, OfferedChoice, VariableSnapshot } from '../run-log';
import { replayMoments } from './moments';
import { stakesOf, type Stake } from '../stakes';
import { DEFAULT_LIMITS, endedWith, Explorer, oddsAtChoicePoint, type EndingOdds, type ExploreLimits, type GoOn } from './outcomes';

export interface OptionOutcome extends OfferedChoice {
  taken: boolean;
  after: VariableSnapshot;
  /** after − before, per variable. */
  change: VariableSnapshot;
  disclosed: string[];
  lines: string[];
  /** Where the encounter could still end after this option (reachability is what the debrief shows). */
  endings: EndingOdds;
  /** What happens if the learner goes on as they did in their run. */
  goOn: GoOn;
}

export interface ChoicePoint {
  turn: number;
  knot: string;
  prompt: string | null;
  before: VariableSnapshot;
  options: OptionOutcome[];
  /** How much the options differ in what they led to; higher means it mattered more. */
  pivotality: number;
}

export interface AnalysisProgress {
  done: number;
  total: number;
}

export interface AnalyseOptions {
  limits?: ExploreLimits;
  onProgress?: (progress: AnalysisProgress) => void;
  /** Lets a host breathe between choice points (the browser paints, Node does nothing). */
  yieldToHost?: () => Promise<void>;
  /** Replay choices met before from the transition memo (off only to test that it changes nothing). */
  memo?: boolean;
}

export function difference(after: VariableSnapshot, before: VariableSnapshot): VariableSnapshot {
  return Object.fromEntries(Object.keys(after).map((k) => [k, (after[k] ?? 0) - (before[k] ?? 0)]));
}

/** Total variation distance between two ending distributions (0 same, 1 disjoint). */
export function oddsDistance(a: Record<string, number>, b: Record<string, number>): number {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let sum = 0;
  for (const k of keys) sum += Math.abs((a[k] ?? 0) - (b[k] ?? 0));
  return sum / 2;
}

/**
 * The largest difference between any two options: in what the scenario says is at stake
 * (weighted, per 100 points of each range), in the ending odds, and half a point if one
 * option opens a disclosure another does not.
 */
export function pivotality(options: readonly Pick<OptionOutcome, 'change' | 'disclosed' | 'endings'>[], stakes: readonly Stake[]): number {
  let most = 0;
  for (let i = 0; i < options.length; i++) {
    for (let j = i + 1; j < options.length; j++) {
      const a = options[i]!;
      const b = options[j]!;
      let variables = 0;
      for (const s of stakes) variables += (Math.abs(s.weight) * Math.abs((a.change[s.name] ?? 0) - (b.change[s.name] ?? 0))) / s.range;
      const endings = oddsDistance(a.endings.odds, b.endings.odds);
      const doors = a.disclosed.join() === b.disclosed.join() ? 0 : 0.5;
      most = Math.max(most, variables + endings + doors);
    }
  }
  return Math.round(most * 1000) / 1000;
}

/**
 * New choice points enumerated for an option's endings before a moment at which no option
 * could be followed to every end. The rest of a story only grows towards its start, so there
 * a full budget is nearly always spent in vain (going-home: on 18 of 23 moments); a short one
 * still finds the options that end within a few choices.
 */
const SHORT_REST = 5;

export async function analyseChoicePoints(bundle: ScenarioBundle, log: readonly LogEntry[], seed: number, options: AnalyseOptions = {}): Promise<ChoicePoint[]> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const moments = replayMoments(bundle, log, seed);
  const explorer = new Explorer(bundle, options.memo);
  const stakes = stakesOf(bundle.meta);
  const chosenText = log.map((e) => e.offered.find((o) => o.index === e.chosen)?.text ?? '');
  const points: ChoicePoint[] = new Array<ChoicePoint>(moments.length);
  // From the last moment back: the option taken at a moment leads to the next moment, whose
  // options say where it can end without playing it on again.
  let later: OptionOutcome[] | null = null;
  let explore = limits;
  for (let i = moments.length - 1; i >= 0; i--) {
    const moment = moments[i]!;
    const entry = log[i]!;
    const outcomes = moment.offered.map((option): OptionOutcome => {
      const taken = option.index === moment.chosen;
      const next = explorer.nextStep(moment.inkState, option.index);
      const endings = next.ending ? endedWith(next.ending) : taken && later ? oddsAtChoicePoint(later.map((o) => o.endings)) : explorer.endingOdds(next.inkState, explore);
      const goOn = next.ending ? { ending: next.ending, followed: 0, diverged: false, after: next.after } : explorer.goOn(next.inkState, chosenText.slice(i + 1));
      return {
        goOn,
        ...option,
        taken,
        after: next.after,
        change: difference(next.after, moment.before),
        disclosed: next.disclosed,
        lines: next.lines,
        endings,
      };
    });
    points[i] = { turn: moment.turn, knot: entry.knot, prompt: entry.prompt, before: moment.before, options: outcomes, pivotality: pivotality(outcomes, stakes) };
    later = outcomes;
    if (!outcomes.some((o) => o.endings.exact)) explore = { ...limits, exactBudget: Math.min(limits.exactBudget, SHORT_REST) };
    options.onProgress?.({ done: moments.length - i, total: moments.length });
    await options.yieldToHost?.();
  }
  return points;
}

/** The few most pivotal moments, most pivotal first; ties go to the earlier moment. */
export function mostPivotal(points: readonly ChoicePoint[], count = 3): ChoicePoint[] {
  return [...points]
    .filter((p) => p.pivotality > 0)
    .sort((a, b) => b.pivotality - a.pivotality || a.turn - b.turn)
    .slice(0, count);
}
