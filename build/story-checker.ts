// The story checker: explores every scenario's state space and reports what a writer must
// fix, with file and line. Small stories are explored exhaustively (states deduplicated);
// larger ones by seeded random playthroughs, replaying choices met before from the transition memo.
import fs from 'node:fs';
import path from 'node:path';
import { MAX_SEED, type ScenarioBundle } from '../src/engine/encounter.ts';
import type { OfferedChoice } from '../src/engine/run-log.ts';
import { seededRandom } from '../src/engine/random-play.ts';
import { outOfRange, trackedVariables } from '../src/engine/variables.ts';
import { stakesOf } from '../src/engine/stakes.ts';
import { OptionTally, type JudgementSummary } from './option-tally.ts';
import { balancedSeeds } from './balanced-seeds.ts';
import { Stepper, type StepInfo } from '../src/engine/ink/story-stepper.ts';
import { memoWords } from './memo-words.ts';
import { stateKeyer } from './state-key.ts';

export type FindingKind =
  | 'runtime'
  | 'tag'
  | 'dead-end'
  | 'no-way-out'
  | 'unreached-knot'
  | 'out-of-range'
  | 'unreached-ending'
  | 'untaken-choice'
  | 'too-few-choices'
  | 'no-variation';

export interface Finding {
  severity: 'error' | 'warning';
  kind: FindingKind;
  message: string;
  file?: string;
  line?: number;
  /** The choices, by index, that lead to the problem from the start, and the story seed they were played with. */
  path?: number[];
  seed?: number;
}

export interface CheckOptions {
  /** Random playthroughs when the story is too big to enumerate. */
  playthroughs: number;
  /** Distinct states to enumerate before switching to random playthroughs. */
  exactBudget: number;
  maxChoices: number;
  seed: number;
  /** A playthrough shorter than this is reported (a warning): too little to play. */
  minChoicePoints: number;
  /** Replay choices met before in the same situation instead of running ink (off only to test that it changes nothing). */
  memo: boolean;
  /** Story seeds to explore when the scenario declares variation (its runs differ by seed). */
  variants: number;
  /** Fewer choice points than this whose best option differs between variants is an error (0: not checked). */
  minVaryingPoints: number;
}

export const DEFAULT_CHECK: CheckOptions = {
  playthroughs: 10_000,
  exactBudget: 4_000,
  maxChoices: 200,
  seed: 1,
  minChoicePoints: 12,
  memo: true,
  variants: 12,
  minVaryingPoints: 0,
};

/** The library's bar: every shipped scenario's best move depends on the run at three moments at least. */
export const LIBRARY_CHECK: CheckOptions = { ...DEFAULT_CHECK, minVaryingPoints: 3 };

export interface ScenarioReport {
  id: string;
  mode: 'exhaustive' | 'random';
  states: number;
  playthroughs: number;
  findings: Finding[];
  endings: Map<string, number>;
  choicePoints: { min: number; max: number };
  coverage: { taken: number; offered: number };
  /** Story seeds explored. */
  seeds: number;
  judgement: JudgementSummary;
  /** What the transition memo did for the random playthroughs: why it declined (null: it did not), and the choices it replayed. */
  memo: { declined: Stepper['memoDeclined']; plays: Stepper['plays'] };
  millis: number;
}

/** Where things are in the ink sources, for file:line in the report. */
export class SourceIndex {
  private readonly lines: { file: string; number: number; text: string }[] = [];
  readonly knots: { name: string; file: string; line: number }[] = [];

  constructor(files: readonly string[]) {
    for (const file of files) {
      let knot = '';
      fs.readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .forEach((text, i) => {
          this.lines.push({ file, number: i + 1, text });
          const knotMatch = /^\s*={2,}\s*(function\s+)?([A-Za-z_]\w*)/.exec(text);
          const stitchMatch = /^\s*=\s*([A-Za-z_]\w*)\s*$/.exec(text);
          if (knotMatch) {
            knot = knotMatch[2]!;
            if (!knotMatch[1]) this.knots.push({ name: knot, file, line: i + 1 });
          } else if (stitchMatch && knot) {
            this.knots.push({ name: `${knot}.${stitchMatch[1]!}`, file, line: i + 1 });
          }
        });
    }
  }

  /** The first line containing the text: good enough to point a writer at a choice or line. */
  find(text: string | null): { file?: string; line?: number } {
    if (!text) return {};
    const needle = text.trim().slice(0, 60);
    const hit = this.lines.find((l) => l.text.includes(needle));
    return hit ? { file: hit.file, line: hit.number } : {};
  }
}

interface Tally {
  findings: Map<string, Finding>;
  endings: Map<string, number>;
  offered: Map<string, { text: string; count: number; taken: number }>;
  visited: Set<string>;
  lengths: { min: number; max: number };
}

export function checkScenario(bundle: ScenarioBundle, files: readonly string[], options: CheckOptions = DEFAULT_CHECK): ScenarioReport {
  const started = performance.now();
  const source = new SourceIndex(files);
  // One stepper, and so one transition memo, for every seed: most reactions draw nothing at random.
  const stepper = new Stepper(bundle, source.knots.map((k) => k.name), options.memo);
  const variation = bundle.meta.variation ?? [];
  const drawnAt = (seed: number) => {
    const start = stepper.reseed(seed).variables;
    return Object.fromEntries(variation.map((x) => [x.name, start[x.name] ?? 0]));
  };
  const seeds = variation.length ? balancedSeeds(options.variants, MAX_SEED, seededRandom(options.seed + 2), drawnAt) : [0];
  stepper.reseed(seeds[0]!);
  const tracked = trackedVariables(bundle.meta);
  const options_ = new OptionTally(stakesOf(bundle.meta), bundle.taxonomy);
  // A variant is what the story drew: the values of its variation variables at that moment.
  const variantOf = (seed: number, v: StepInfo['variables']) => (variation.length ? variation.map((x) => `${x.name}=${v[x.name]}`).join(' ') : String(seed));
  const tally: Tally = {
    findings: new Map(),
    endings: new Map(bundle.meta.endings.map((e) => [e.id, 0])),
    offered: new Map(),
    visited: new Set(),
    lengths: { min: Infinity, max: 0 },
  };
  const add = (finding: Finding) => {
    const key = `${finding.kind}:${finding.message}`;
    if (!tally.findings.has(key)) tally.findings.set(key, finding);
  };

  let seed = seeds[0]!;
  /** Checks one moment; returns nothing, records everything. */
  const observe = (info: StepInfo, route: number[], via: { from: StepInfo; choice: OfferedChoice } | null) => {
    const at = { path: [...route], seed };
    if (via) options_.record(variantOf(seed, via.from.variables), via.from.lastLine, via.from.choices, via.choice, via.from.variables, info.variables);
    const viaText = via?.choice.text ?? null;
    for (const v of info.visited) tally.visited.add(v);
    for (const p of info.problems) add({ severity: 'error', kind: p.kind === 'tag' ? 'tag' : 'runtime', message: `${p.message} (at “${p.where}”)`, ...source.find(p.where), ...at });
    for (const bad of outOfRange(info.variables, tracked)) add({ severity: 'error', kind: 'out-of-range', message: `variable out of range after choosing “${viaText ?? 'start'}”: ${bad}`, ...source.find(viaText), ...at });
    for (const c of info.choices) {
      const key = `${c.text}`;
      const entry = tally.offered.get(key) ?? { text: c.text, count: 0, taken: 0 };
      entry.count++;
      tally.offered.set(key, entry);
    }
    if (info.ended) {
      tally.lengths.min = Math.min(tally.lengths.min, route.length);
      tally.lengths.max = Math.max(tally.lengths.max, route.length);
      if (info.ending) tally.endings.set(info.ending, (tally.endings.get(info.ending) ?? 0) + 1);
      else add({ severity: 'error', kind: 'dead-end', message: `dead end: the story stops with no choices and no ending tag after “${info.lastLine ?? ''}”`, ...source.find(info.lastLine), ...at });
    }
  };
  const take = (text: string) => {
    const entry = tally.offered.get(text);
    if (entry) entry.taken++;
  };

  const small = estimatePaths(stepper, options) <= options.exactBudget * 4;
  let exhaustive: { states: number } | null = null;
  if (small) {
    exhaustive = { states: 0 };
    for (const s of seeds) {
      seed = s;
      stepper.reseed(s);
      const explored = explore(stepper, bundle, options, observe, take, add);
      if (!explored) {
        exhaustive = null;
        break;
      }
      exhaustive.states += explored.states;
    }
  }
  let playthroughs = 0;
  if (!exhaustive) {
    tally.offered.clear();
    tally.endings = new Map(bundle.meta.endings.map((e) => [e.id, 0]));
    tally.lengths = { min: Infinity, max: 0 };
    const random = seededRandom(options.seed);
    for (const [i, s] of seeds.entries()) {
      seed = s;
      stepper.reseed(s);
      // The playthroughs are shared out between the seeds, so the total stays the same.
      const share = Math.floor(options.playthroughs / seeds.length) + (i < options.playthroughs % seeds.length ? 1 : 0);
      playthroughs += playRandomly(stepper, share, random, options, observe, take, add);
    }
  }
  const judgement = options_.summary();
  if (options.minVaryingPoints > 0 && judgement.varying.length < options.minVaryingPoints) {
    add({
      severity: 'error',
      kind: 'no-variation',
      message: `the best option (by what the scenario says is at stake) differs between variants at only ${judgement.varying.length} choice point(s), fewer than ${options.minVaryingPoints}: let what the story draws from its seed change what the best move is`,
    });
  }

  for (const [id, count] of tally.endings) {
    if (count === 0) add({ severity: 'error', kind: 'unreached-ending', message: `ending “${id}” is never reached${exhaustive ? '' : ` in ${playthroughs} playthroughs`}` });
  }
  for (const knot of source.knots) {
    if (!tally.visited.has(knot.name)) add({ severity: 'error', kind: 'unreached-knot', message: `knot “${knot.name}” is never reached`, file: knot.file, line: knot.line });
  }
  for (const o of tally.offered.values()) {
    if (o.taken === 0) add({ severity: 'warning', kind: 'untaken-choice', message: `choice “${o.text}” was offered ${o.count} times but never taken`, ...source.find(`[${o.text}`) });
  }
  if (tally.lengths.min < options.minChoicePoints && tally.lengths.min !== Infinity) {
    add({ severity: 'warning', kind: 'too-few-choices', message: `a playthrough can end after only ${tally.lengths.min} choice points (fewer than ${options.minChoicePoints})` });
  }
  const offered = [...tally.offered.values()];
  return {
    id: bundle.meta.id,
    mode: exhaustive ? 'exhaustive' : 'random',
    states: exhaustive?.states ?? 0,
    playthroughs,
    findings: [...tally.findings.values()],
    endings: tally.endings,
    choicePoints: { min: tally.lengths.min === Infinity ? 0 : tally.lengths.min, max: tally.lengths.max },
    coverage: { taken: offered.filter((o) => o.taken > 0).length, offered: offered.length },
    seeds: seeds.length,
    judgement,
    memo: { declined: stepper.memoDeclined, plays: { ...stepper.plays } },
    millis: performance.now() - started,
  };
}

type Observe = (info: StepInfo, route: number[], via: { from: StepInfo; choice: OfferedChoice } | null) => void;

/**
 * Knuth's estimator of the number of paths: the mean, over a few random walks, of the product
 * of the number of options met. Cheap, and enough to skip enumerating a story far too big.
 */
function estimatePaths(stepper: Stepper, options: CheckOptions): number {
  const random = seededRandom(options.seed + 1);
  let total = 0;
  const walks = 16;
  for (let w = 0; w < walks; w++) {
    let info = stepper.initial;
    let paths = 1;
    for (let depth = 0; !info.ended && depth < options.maxChoices; depth++) {
      paths *= info.choices.length;
      info = stepper.step(info, info.choices[Math.floor(random() * info.choices.length)]!, false);
    }
    total += paths;
  }
  return total / walks;
}

/**
 * Breadth-first over every distinct state. Returns null if there are more than the budget;
 * otherwise also proves every state can reach an ending (no loop without a way out).
 */
function explore(stepper: Stepper, bundle: ScenarioBundle, options: CheckOptions, observe: Observe, take: (text: string) => void, add: (f: Finding) => void): { states: number } | null {
  const keyOf = stateKeyer(bundle.storyJson);
  const nodes = new Map<string, { info: StepInfo; route: number[]; next: string[] }>();
  const startKey = keyOf(stepper.initial.state!);
  nodes.set(startKey, { info: stepper.initial, route: [], next: [] });
  const queue = [startKey];
  const observations: Parameters<Observe>[] = [[stepper.initial, [], null]];
  const taken: string[] = [];
  while (queue.length) {
    const node = nodes.get(queue.shift()!)!;
    for (const choice of node.info.choices) {
      const info = stepper.step(node.info, choice, true);
      const route = [...node.route, choice.index];
      taken.push(choice.text);
      // Lengths and endings count per path, so every arrival is observed, not only new states.
      observations.push([info, route, { from: node.info, choice }]);
      if (observations.length > options.exactBudget * 4) return null;
      const key = keyOf(info.state!);
      node.next.push(key);
      if (!nodes.has(key)) {
        if (nodes.size >= options.exactBudget) return null;
        nodes.set(key, { info, route, next: [] });
        if (!info.ended) queue.push(key);
      }
    }
  }
  for (const [info, route, via] of observations) observe(info, route, via);
  for (const text of taken) take(text);
  // Which states can reach an end? Work backwards from the ends.
  const canEnd = new Set([...nodes].filter(([, n]) => n.info.ended).map(([k]) => k));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [key, node] of nodes) {
      if (!canEnd.has(key) && node.next.some((n) => canEnd.has(n))) {
        canEnd.add(key);
        changed = true;
      }
    }
  }
  const trapped = [...nodes].filter(([key]) => !canEnd.has(key));
  if (trapped.length) {
    const [, first] = trapped[0]!;
    add({ severity: 'error', kind: 'no-way-out', message: `loop with no way out: ${trapped.length} state(s) from which no ending can be reached, first after “${first.info.lastLine ?? ''}”`, path: first.route });
  }
  return { states: nodes.size };
}

/**
 * Seeded random playthroughs, each from the start to an ending. A choice met before in the
 * same situation is replayed from the transition memo rather than played by ink again.
 */
function playRandomly(stepper: Stepper, playthroughs: number, random: () => number, options: CheckOptions, observe: Observe, take: (text: string) => void, add: (f: Finding) => void): number {
  observe(stepper.initial, [], null);
  for (let run = 0; run < playthroughs; run++) {
    const route: number[] = [];
    let info = stepper.restart();
    while (!info.ended && route.length < options.maxChoices) {
      const choice = info.choices[Math.floor(random() * info.choices.length)]!;
      route.push(choice.index);
      take(choice.text);
      const from = info;
      info = stepper.play(info, choice);
      observe(info, route, { from, choice });
    }
    if (!info.ended) add({ severity: 'error', kind: 'no-way-out', message: `no way out: a playthrough was still going after ${options.maxChoices} choices, last at “${info.lastLine ?? ''}”`, path: route });
  }
  return playthroughs;
}

export interface ReportOptions {
  /** List each choice point where the most power-sharing option is also the best, to find what makes one strategy win. */
  listSharingWins?: boolean;
}

export function formatReport(report: ScenarioReport, root = process.cwd(), options: ReportOptions = {}): string {
  const total = [...report.endings.values()].reduce((a, b) => a + b, 0) || 1;
  const explored =
    report.mode === 'exhaustive'
      ? `every path explored (${report.states} distinct states)`
      : `${report.playthroughs.toLocaleString('en')} random playthroughs (${Math.round(report.playthroughs / (report.millis / 1000)).toLocaleString('en')}/s; too many states to enumerate)`;
  // Exhaustive exploration visits each state once, so it knows which endings are reachable
  // and the shortest playthrough, but not how often each is reached.
  const endings =
    report.mode === 'exhaustive'
      ? `  endings reached: ${[...report.endings].filter(([, n]) => n > 0).map(([id]) => id).join(' · ') || 'none'}`
      : `  endings: ${[...report.endings].map(([id, n]) => `${id} ${((100 * n) / total).toFixed(1)}%`).join(' · ')}`;
  const lengths = report.mode === 'exhaustive' ? `  shortest playthrough: ${report.choicePoints.min} choice points` : `  choice points per playthrough: ${report.choicePoints.min}–${report.choicePoints.max}`;
  const j = report.judgement;
  const lines = [
    `${report.id}: ${explored}${report.seeds > 1 ? ` over ${report.seeds} seeds` : ''} in ${(report.millis / 1000).toFixed(1)} s`,
    lengths,
    endings,
    ...(report.mode === 'random' ? [`  transition memo: ${memoWords(report.memo)}`] : []),
    `  choices taken at least once: ${report.coverage.taken} of ${report.coverage.offered} (${percent(report.coverage.taken, report.coverage.offered)})`,
    `  best option differs between variants at ${j.varying.length} of ${j.points} choice points`,
    ...j.varying.map((v) => `    “${clip(v.prompt ?? '(start)')}”: ${v.best.map((b) => `${b.variant} → “${clip(b.option)}”`).join('; ')}`),
    `  the most power-sharing option is also the best by outcome at ${j.sharingBest} of ${j.contested} choice points, counted per variant (${percent(j.sharingBest, j.contested)})`,
    ...(options.listSharingWins ? j.sharingWins.map((w) => `    ${w.share < 1 ? `${Math.round(100 * w.share)}% of variants` : 'every variant'}: “${clip(w.prompt ?? '(start)')}” → “${clip(w.option)}”`) : []),
  ];
  const order = { error: 0, warning: 1 };
  for (const f of [...report.findings].sort((a, b) => order[a.severity] - order[b.severity])) {
    const where = f.file ? `${path.relative(root, f.file)}${f.line ? `:${f.line}` : ''}: ` : '';
    const seed = f.seed ? `seed ${f.seed}, ` : '';
    const replay = f.path && f.severity === 'error' ? ` [${seed}choices from the start: ${f.path.map((i) => i + 1).join(' ') || 'none'}]` : '';
    lines.push(`  ${f.severity.toUpperCase()} ${where}${f.message}${replay}`);
  }
  return lines.join('\n');
}

function percent(part: number, whole: number): string {
  return `${Math.round((100 * part) / Math.max(1, whole))}%`;
}

function clip(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
