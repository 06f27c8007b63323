// The room's runs of one scenario, counted: at each choice point who reached it and how they
// chose, every path across the trust × autonomy plane, the endings, the disclosures and the
// patients the room met. Plain data, computed from replayed runs; the views word it.
import { pointKey } from '../run-log';
import type { ScenarioMeta } from '../scenario-meta';
import type { GroupRun } from './group-run';

export interface GroupOption {
  text: string;
  moves: string[];
  /** The authored line of what this option does. */
  why: string;
  /** How many times the room took it (a run may meet a point more than once). */
  chosen: number;
}

export interface GroupPoint {
  /** ink's container of the choice: the same moment in every run, whatever its options' wording. */
  key: string;
  knot: string;
  /** The line the most runs saw before choosing here. */
  prompt: string | null;
  /** The mean turn at which runs met it: orders points as the encounter goes. */
  order: number;
  /** Runs that met this point. */
  reached: number;
  /** Choices made here by the whole room. */
  choices: number;
  /** Every option offered to anyone here, most chosen first. */
  options: GroupOption[];
  /** How evenly the room divided: 0 when all chose alike, 1 when spread evenly over every option. */
  division: number;
}

export interface PlanePoint {
  trust: number;
  autonomy: number;
}

export interface GroupPath {
  /** The run's place in the collection (0 first), so a view can number it. */
  run: number;
  nickname: string | null;
  points: PlanePoint[];
  ending: string | null;
}

export interface GroupPicture {
  runs: number;
  points: GroupPoint[];
  paths: GroupPath[];
  /** Where the room started on average (runs of different variants may start apart). */
  start: PlanePoint;
  /** The spread of where the runs ended. */
  finish: { trust: Range; autonomy: Range };
  /** Every ending the scenario declares, with how many runs reached it; `unended` counts runs the story did not tag. */
  endings: { id: string; title: string; runs: number }[];
  unended: number;
  /** Every disclosure the scenario declares: in how many runs the patient made it. */
  disclosures: { id: string; label: string; made: number }[];
  /** Per variation: how many runs drew each value (which patient the room met). */
  variants: { name: string; label: string; values: { value: string; meaning: string; runs: number }[] }[];
}

export interface Range {
  min: number;
  max: number;
}

const planePoint = (v: Record<string, number>): PlanePoint => ({ trust: v.trust ?? 0, autonomy: v.autonomy ?? 0 });

export function groupPicture(meta: ScenarioMeta, runs: readonly GroupRun[]): GroupPicture {
  const paths = runs.map((run, i): GroupPath => {
    const first = run.summary.log[0];
    const start = first ? first.before : run.summary.final;
    return { run: i, nickname: run.nickname, ending: run.summary.ending, points: [planePoint(start), ...run.summary.log.map((e) => planePoint(e.after))] };
  });
  const starts = paths.map((p) => p.points[0]!);
  const finals = paths.map((p) => p.points.at(-1)!);
  const endingCount = (id: string | null) => runs.filter((r) => r.summary.ending === id).length;
  const declared = new Set(meta.endings.map((e) => e.id));
  return {
    runs: runs.length,
    points: choicePoints(runs),
    paths,
    start: { trust: mean(starts.map((p) => p.trust)), autonomy: mean(starts.map((p) => p.autonomy)) },
    finish: { trust: rangeOf(finals.map((p) => p.trust)), autonomy: rangeOf(finals.map((p) => p.autonomy)) },
    endings: meta.endings.map((e) => ({ id: e.id, title: e.title, runs: endingCount(e.id) })),
    unended: runs.filter((r) => r.summary.ending === null || !declared.has(r.summary.ending)).length,
    disclosures: (meta.disclosures ?? []).map((d) => ({ id: d.id, label: d.label, made: runs.filter((r) => r.summary.log.some((e) => e.disclosed.includes(d.id))).length })),
    variants: (meta.variation ?? []).map((v) => ({
      name: v.name,
      label: v.label,
      values: Object.entries(v.values).map(([value, meaning]) => ({ value, meaning, runs: runs.filter((r) => String(r.variant[v.name]) === value).length })),
    })),
  };
}

function choicePoints(runs: readonly GroupRun[]): GroupPoint[] {
  interface Tally {
    key: string;
    knot: string;
    prompts: Map<string | null, number>;
    turns: number[];
    reachedBy: Set<number>;
    options: Map<string, GroupOption>;
  }
  const tallies = new Map<string, Tally>();
  for (const [runIndex, run] of runs.entries()) {
    for (const entry of run.summary.log) {
      const key = pointKey(entry);
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = { key, knot: entry.knot, prompts: new Map(), turns: [], reachedBy: new Set(), options: new Map() }));
      tally.prompts.set(entry.prompt, (tally.prompts.get(entry.prompt) ?? 0) + 1);
      tally.turns.push(entry.turn);
      tally.reachedBy.add(runIndex);
      for (const offered of entry.offered) {
        if (!tally.options.has(offered.text)) tally.options.set(offered.text, { text: offered.text, moves: offered.moves, why: offered.why, chosen: 0 });
        if (offered.index === entry.chosen) tally.options.get(offered.text)!.chosen++;
      }
    }
  }
  // A point where only one option was ever offered is a pause, not a choice the room could divide on.
  return [...tallies.values()]
    .filter((t) => t.options.size > 1)
    .map((t): GroupPoint => {
      const options = [...t.options.values()].sort((a, b) => b.chosen - a.chosen);
      return {
        key: t.key,
        knot: t.knot,
        prompt: [...t.prompts.entries()].sort((a, b) => b[1] - a[1])[0]![0],
        order: mean(t.turns),
        reached: t.reachedBy.size,
        choices: t.turns.length,
        options,
        division: division(options.map((o) => o.chosen)),
      };
    })
    .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
}

/** Normalised entropy of the counts over every option offered: 0 unanimous, 1 evenly split. */
export function division(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (counts.length < 2 || total === 0) return 0;
  let entropy = 0;
  for (const c of counts) if (c > 0) entropy -= (c / total) * Math.log(c / total);
  return Math.round((entropy / Math.log(counts.length)) * 1000) / 1000;
}

const mean = (values: readonly number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : 0);
const rangeOf = (values: readonly number[]): Range => (values.length ? { min: Math.min(...values), max: Math.max(...values) } : { min: 0, max: 0 });
