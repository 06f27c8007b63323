// The debrief as data, in the PEARLS order of the brief: description (ending, timeline,
// relationship shape, what this run drew from its seed), analysis (the most pivotal moments,
// each with the authored line of what the choice did, the concepts behind it, the move to ask
// about, and the alternatives ranked by what the scenario says is at stake) and summary
// (take-aways, a glossary). Plain data: the views word it (src/ui/debrief-text.ts).
import { creditMoves, doorsOf, endingsClosed, type MoveCredit } from './analysis/attribution';
import { mostPivotal, type ChoicePoint, type OptionOutcome } from './analysis/counterfactuals';
import type { RunSummary, VariableSnapshot } from './run-log';
import { disclosureLabel as disclosureLabelOf, endingTitle as endingTitleOf, patientName, type Pronoun, type ScenarioMeta } from './scenario-meta';
import { outcomeScore, stakesOf, type Stake } from './stakes';
import type { Concept, Move, Taxonomy } from './taxonomy';
import { CORE_RANGE } from './variables';

/**
 * Four regions of the trust × autonomy plane. An analogy only, after Emanuel & Emanuel's
 * physician–patient models (which describe the clinician's role, not trust levels).
 */
export type RelationshipShape = 'partnership' | 'benevolent-paternalism' | 'transactional' | 'rupture';

/** The middle of the hidden variables' range divides the plane. */
export const SHAPE_BOUNDARY = (CORE_RANGE.min + CORE_RANGE.max) / 2;

export function relationshipShape(trust: number, autonomy: number): RelationshipShape {
  const highTrust = trust >= SHAPE_BOUNDARY;
  const highAutonomy = autonomy >= SHAPE_BOUNDARY;
  if (highTrust) return highAutonomy ? 'partnership' : 'benevolent-paternalism';
  return highAutonomy ? 'transactional' : 'rupture';
}

/** An alternative must beat the choice by this much (stake points) to count as better. */
const CLEARLY_BETTER = 1;

export interface ExplainedMove extends Move {
  conceptInfo: Concept;
}

export interface DebriefChoice {
  turn: number;
  prompt: string | null;
  chosen: string;
  why: string;
  moves: ExplainedMove[];
  before: VariableSnapshot;
  after: VariableSnapshot;
  disclosed: string[];
}

export interface TimelinePoint {
  /** 0 is the start; n is after the nth choice. */
  step: number;
  trust: number;
  autonomy: number;
}

export interface StakeChange {
  name: string;
  label: string;
  change: number;
}

export interface OptionView {
  text: string;
  taken: boolean;
  /** The authored line: what this option does to this patient in this moment. */
  why: string;
  moves: ExplainedMove[];
  change: VariableSnapshot;
  /** The scenario's stakes this option moved, in its own order. */
  stakes: StakeChange[];
  /** Weighted change of every stake: how the alternatives are ranked. */
  score: number;
  disclosed: string[];
  lines: string[];
  /** Ending titles still possible after this option. */
  reachable: string[];
  /** True when every path was followed; false when seen by playing on. */
  reachableExact: boolean;
  /** If the learner had gone on as they did: where it ends, or where their later choices stop applying. */
  goOn: { ending: string | null; followed: number; diverged: boolean; stakes: StakeChange[] };
}

export interface PivotalMoment {
  turn: number;
  prompt: string | null;
  pivotality: number;
  chosen: OptionView;
  /** Best first, by what the scenario says is at stake. */
  alternatives: OptionView[];
  /** Whether some alternative did clearly better by the scenario's stakes. */
  betterExisted: boolean;
  /** The concepts behind the choice, each once. */
  concepts: Concept[];
  /** The move that mattered most here: what the choice did that the best alternative did not. */
  inquiry: ExplainedMove | null;
  endingsClosed: string[];
  endingsExact: boolean;
}

export interface Debrief {
  title: string;
  patient: { name: string; firstName: string; pronoun: Pronoun };
  seed: number;
  /** What this run drew: each variation's label and the meaning of the value drawn. */
  variant: { label: string; value: string }[];
  /** The scenario's own signposts for a learner playing alone. */
  support: string[];
  finished: boolean;
  ending: { id: string; title: string; summary: string } | null;
  start: VariableSnapshot;
  final: VariableSnapshot;
  /** The scenario's stakes from start to end. */
  stakes: (Stake & { start: number; final: number })[];
  shape: RelationshipShape;
  timeline: TimelinePoint[];
  choices: DebriefChoice[];
  credits: (MoveCredit & { info: ExplainedMove })[];
  /** Present once the counterfactual analysis has run. */
  analysis: {
    pivotal: PivotalMoment[];
    doors: { turn: number; kind: 'opened' | 'closed'; label: string; option: string }[];
    /** The moves whose take-away to carry to the wards, at most three. */
    takeaways: ExplainedMove[];
    /** Every concept the debrief names, for its glossary. */
    glossary: Concept[];
  } | null;
}

export function explainMove(taxonomy: Taxonomy, id: string): ExplainedMove {
  const move = taxonomy.moves.get(id);
  if (!move) throw new Error(`Unknown move "${id}"`);
  const conceptInfo = taxonomy.concepts.get(move.concept);
  if (!conceptInfo) throw new Error(`Move "${id}" rests on unknown concept "${move.concept}"`);
  return { ...move, conceptInfo };
}

export function buildDebrief(meta: ScenarioMeta, taxonomy: Taxonomy, run: RunSummary, points?: readonly ChoicePoint[], variant: Readonly<Record<string, number>> = {}): Debrief {
  const explain = (ids: readonly string[]) => ids.filter((m) => taxonomy.moves.has(m)).map((m) => explainMove(taxonomy, m));
  const disclosureLabel = (id: string) => disclosureLabelOf(meta, id);
  const patient = meta.cast.find((c) => c.id === meta.patient);
  const start = run.log[0]?.before ?? run.final;
  const stakes = stakesOf(meta);
  return {
    title: meta.title,
    patient: { ...patientName(meta), pronoun: patient?.pronouns ?? 'they' },
    seed: run.seed,
    variant: (meta.variation ?? []).filter((v) => variant[v.name] !== undefined).map((v) => ({ label: v.label, value: v.values[String(variant[v.name])] ?? String(variant[v.name]) })),
    support: meta.support ?? [],
    finished: run.ended,
    ending: meta.endings.find((e) => e.id === run.ending) ?? null,
    start,
    final: run.final,
    stakes: stakes.map((s) => ({ ...s, start: start[s.name] ?? 0, final: run.final[s.name] ?? 0 })),
    shape: relationshipShape(run.final.trust ?? SHAPE_BOUNDARY, run.final.autonomy ?? SHAPE_BOUNDARY),
    timeline: [start, ...run.log.map((e) => e.after)].map((v, step) => ({ step, trust: v.trust ?? 0, autonomy: v.autonomy ?? 0 })),
    choices: run.log.map((entry) => {
      const chosen = entry.offered.find((o) => o.index === entry.chosen);
      return {
        turn: entry.turn,
        prompt: entry.prompt,
        chosen: chosen?.text ?? '',
        why: chosen?.why ?? '',
        moves: explain(entry.moves),
        before: entry.before,
        after: entry.after,
        disclosed: entry.disclosed.map(disclosureLabel),
      };
    }),
    credits: creditMoves(run.log)
      .filter((c) => taxonomy.moves.has(c.move))
      .map((c) => ({ ...c, info: explainMove(taxonomy, c.move) })),
    analysis: points ? analysisOf(meta, stakes, points, explain, disclosureLabel) : null,
  };
}

function stakeChanges(stakes: readonly Stake[], change: VariableSnapshot): StakeChange[] {
  return stakes.filter((s) => (change[s.name] ?? 0) !== 0).map((s) => ({ name: s.name, label: s.label, change: change[s.name]! }));
}

function analysisOf(
  meta: ScenarioMeta,
  stakes: readonly Stake[],
  points: readonly ChoicePoint[],
  explain: (ids: readonly string[]) => ExplainedMove[],
  disclosureLabel: (id: string) => string,
): NonNullable<Debrief['analysis']> {
  const endingTitle = (id: string) => endingTitleOf(meta, id);
  const view = (o: OptionOutcome, before: VariableSnapshot): OptionView => ({
    text: o.text,
    taken: o.taken,
    why: o.why,
    moves: explain(o.moves),
    change: o.change,
    stakes: stakeChanges(stakes, o.change),
    score: outcomeScore(o.change, stakes),
    disclosed: o.disclosed.map(disclosureLabel),
    lines: o.lines,
    reachable: Object.keys(o.endings.odds)
      .filter((id) => (o.endings.odds[id] ?? 0) > 0)
      .map(endingTitle),
    reachableExact: o.endings.exact,
    goOn: {
      ending: o.goOn.ending ? endingTitle(o.goOn.ending) : null,
      followed: o.goOn.followed,
      diverged: o.goOn.diverged,
      stakes: stakeChanges(stakes, Object.fromEntries(stakes.map((s) => [s.name, (o.goOn.after[s.name] ?? 0) - (before[s.name] ?? 0)]))),
    },
  });
  const pivotal = mostPivotal(points).map((point): PivotalMoment => {
    const chosen = view(point.options.find((o) => o.taken)!, point.before);
    const alternatives = point.options
      .filter((o) => !o.taken)
      .map((o) => view(o, point.before))
      .sort((a, b) => b.score - a.score);
    const best = alternatives[0];
    return {
      turn: point.turn,
      prompt: point.prompt,
      pivotality: point.pivotality,
      chosen,
      alternatives,
      betterExisted: best !== undefined && best.score >= chosen.score + CLEARLY_BETTER,
      concepts: uniqueConcepts(chosen.moves),
      inquiry: distinctive(chosen, best),
      endingsClosed: endingsClosed(point).map(endingTitle),
      endingsExact: point.options.every((o) => o.endings.exact),
    };
  });
  const doors = doorsOf(points).map((d) => ({ turn: d.turn, kind: d.kind, label: disclosureLabel(d.disclosure), option: d.option }));
  const named = pivotal.flatMap((m) => [m.chosen, ...m.alternatives].flatMap((o) => o.moves));
  return { pivotal, doors, takeaways: takeawaysFrom(pivotal), glossary: uniqueConcepts(named) };
}

function uniqueConcepts(moves: readonly ExplainedMove[]): Concept[] {
  return [...new Map(moves.map((m) => [m.conceptInfo.id, m.conceptInfo])).values()];
}

/** What an option did that another did not: its first move the other lacks, else its first. */
function distinctive(option: OptionView, other: OptionView | undefined): ExplainedMove | null {
  const theirs = new Set(other?.moves.map((m) => m.id) ?? []);
  return option.moves.find((m) => !theirs.has(m.id)) ?? option.moves[0] ?? null;
}

/**
 * Up to three take-aways from the pivotal moments: where an alternative did clearly better by
 * what the scenario says is at stake, the lesson of what it did differently; otherwise the
 * lesson of what the learner did.
 */
export function takeawaysFrom(pivotal: readonly PivotalMoment[]): ExplainedMove[] {
  const lessons = new Map<string, ExplainedMove>();
  for (const moment of pivotal) {
    const best = moment.alternatives[0];
    const move = moment.betterExisted && best ? distinctive(best, moment.chosen) : moment.inquiry;
    if (move && !lessons.has(move.id)) lessons.set(move.id, move);
  }
  return [...lessons.values()].slice(0, 3);
}
