// Where the room divided and it mattered: the engine plays every option out from a moment the
// room met (the counterfactuals of the debrief), so the discussion can start from what the
// group did and what the other options would have done. Also: the moves most often at a
// run's most pivotal moments.
import { difference, pivotality } from '../analysis/counterfactuals';
import { replayMoments, type Moment } from '../analysis/moments';
import { DEFAULT_LIMITS, endedWith, Explorer, type ExploreLimits } from '../analysis/outcomes';
import type { VariableSnapshot } from '../run-log';
import type { ScenarioBundle } from '../scenario-bundle';
import { stakesOf } from '../stakes';
import { pointKey } from '../run-log';
import type { GroupPicture, GroupPoint } from './group-picture';
import type { GroupRun } from './group-run';

export interface SplitOption {
  text: string;
  moves: string[];
  why: string;
  /** How often the room took it here. */
  chosen: number;
  /** Where the runs that took it ended, by ending id (null: not tagged). */
  roomEndings: { ending: string | null; runs: number }[];
  /** What the engine says it leads to from the moment played out; null where that moment did not offer it. */
  outcome: OptionOutcome | null;
}

export interface OptionOutcome {
  change: VariableSnapshot;
  disclosed: string[];
  lines: string[];
  /** Endings still possible after it (odds > 0), and whether every path was followed to know. */
  reachable: string[];
  reachableExact: boolean;
}

export interface SplitPoint {
  point: GroupPoint;
  /** How much the options differ in what they lead to (the debrief's pivotality). */
  mattered: number;
  /** division × mattered: the rank. */
  score: number;
  /** The run whose moment the options were played out from (its place in the collection). */
  fromRun: number;
  /**
   * Every option the room was offered here, most chosen first: an option offered only to some
   * patients, or after some earlier choices, is there too, without an outcome if the moment
   * played out did not offer it.
   */
  options: SplitOption[];
}

export interface GroupAnalysis {
  splitPoints: SplitPoint[];
  /** Moves made at runs' most pivotal moments, with how many runs made each there. */
  pivotalMoves: { move: string; runs: number }[];
}

export interface GroupAnalysisOptions {
  /** How many split points to rank and explain. */
  count?: number;
  limits?: ExploreLimits;
  onProgress?: (done: number, total: number) => void;
  yieldToHost?: () => Promise<void>;
}

/** A run's moments most worth discussing: this many of the points it met that mattered most. */
const PIVOTAL_PER_RUN = 3;

export async function analyseGroup(bundle: ScenarioBundle, picture: GroupPicture, runs: readonly GroupRun[], options: GroupAnalysisOptions = {}): Promise<GroupAnalysis> {
  const stakes = stakesOf(bundle.meta);
  const explorer = new Explorer(bundle);
  const moments = momentsOnce(bundle, runs);
  const divided = picture.points.filter((p) => p.division > 0);
  // First pass, cheap: the next step of every option at every divided point.
  const ranked: { point: GroupPoint; mattered: number; fromRun: number; moment: Moment }[] = [];
  const matteredByKey = new Map<string, number>();
  for (const point of picture.points) {
    const found = firstMoment(runs, moments, point.key);
    if (!found) continue;
    const outcomes = found.moment.offered.map((o) => {
      const next = explorer.nextStep(found.moment.inkState, o.index);
      return { change: difference(next.after, found.moment.before), disclosed: next.disclosed, endings: { odds: next.ending ? { [next.ending]: 1 } : {}, exact: true, samples: 0 } };
    });
    const mattered = pivotality(outcomes, stakes);
    matteredByKey.set(point.key, mattered);
    if (divided.includes(point)) ranked.push({ point, mattered, ...found });
  }
  ranked.sort((a, b) => b.point.division * b.mattered - a.point.division * a.mattered || a.point.order - b.point.order);
  const chosen = ranked.slice(0, options.count ?? 5);
  // Second pass, for the few shown: every option played out, with where it can still end.
  const limits = options.limits ?? DEFAULT_LIMITS;
  const splitPoints: SplitPoint[] = [];
  for (const [i, candidate] of chosen.entries()) {
    const { moment, point } = candidate;
    const played = moment.offered.map((o) => {
      const next = explorer.nextStep(moment.inkState, o.index);
      const endings = next.ending ? endedWith(next.ending) : explorer.endingOdds(next.inkState, limits);
      return { offered: o, next, endings, change: difference(next.after, moment.before) };
    });
    const mattered = pivotality(played.map((p) => ({ change: p.change, disclosed: p.next.disclosed, endings: p.endings })), stakes);
    const outcomes = new Map(
      played.map(({ offered, next, endings, change }): [string, OptionOutcome] => [
        offered.text,
        {
          change,
          disclosed: next.disclosed,
          lines: next.lines,
          reachable: Object.keys(endings.odds).filter((id) => (endings.odds[id] ?? 0) > 0).sort(),
          reachableExact: endings.exact,
        },
      ]),
    );
    const splitOptions = point.options.map(
      (o): SplitOption => ({ text: o.text, moves: o.moves, why: o.why, chosen: o.chosen, roomEndings: roomEndings(runs, point.key, o.text), outcome: outcomes.get(o.text) ?? null }),
    );
    splitPoints.push({ point, mattered, score: round(point.division * mattered), fromRun: candidate.fromRun, options: splitOptions });
    options.onProgress?.(i + 1, chosen.length);
    await options.yieldToHost?.();
  }
  splitPoints.sort((a, b) => b.score - a.score || a.point.order - b.point.order);
  return { splitPoints, pivotalMoves: pivotalMoves(runs, matteredByKey) };
}

/** Each run replayed once, its moments kept by turn, only when a point needs it. */
function momentsOnce(bundle: ScenarioBundle, runs: readonly GroupRun[]): (run: number) => Moment[] {
  const cache = new Map<number, Moment[]>();
  return (run) => {
    let moments = cache.get(run);
    if (!moments) cache.set(run, (moments = replayMoments(bundle, runs[run]!.summary.log, runs[run]!.summary.seed)));
    return moments;
  };
}

/** The first collected run that met a point, and its moment there. */
function firstMoment(runs: readonly GroupRun[], moments: (run: number) => Moment[], key: string): { fromRun: number; moment: Moment } | null {
  for (const [fromRun, run] of runs.entries()) {
    const turn = run.summary.log.findIndex((e) => pointKey(e) === key);
    if (turn >= 0) return { fromRun, moment: moments(fromRun)[turn]! };
  }
  return null;
}

function roomEndings(runs: readonly GroupRun[], key: string, optionText: string): SplitOption['roomEndings'] {
  const counts = new Map<string | null, number>();
  for (const run of runs) {
    const took = run.summary.log.some((e) => pointKey(e) === key && e.offered.find((o) => o.index === e.chosen)?.text === optionText);
    if (took) counts.set(run.summary.ending, (counts.get(run.summary.ending) ?? 0) + 1);
  }
  return [...counts.entries()].map(([ending, n]) => ({ ending, runs: n })).sort((a, b) => b.runs - a.runs);
}

/** For each run, the moves of the options it took at the points it met that mattered most. */
function pivotalMoves(runs: readonly GroupRun[], mattered: ReadonlyMap<string, number>): GroupAnalysis['pivotalMoves'] {
  const counts = new Map<string, number>();
  for (const run of runs) {
    const top = run.summary.log
      .map((entry) => ({ entry, mattered: mattered.get(pointKey(entry)) ?? 0 }))
      .filter((e) => e.mattered > 0)
      .sort((a, b) => b.mattered - a.mattered || a.entry.turn - b.entry.turn)
      .slice(0, PIVOTAL_PER_RUN);
    for (const move of new Set(top.flatMap((t) => t.entry.moves))) counts.set(move, (counts.get(move) ?? 0) + 1);
  }
  return [...counts.entries()].map(([move, n]) => ({ move, runs: n })).sort((a, b) => b.runs - a.runs || a.move.localeCompare(b.move));
}

const round = (n: number) => Math.round(n * 1000) / 1000;
