// The debrief as data, in the PEARLS order of the brief: description (ending, timeline,
// relationship shape), analysis (the most pivotal moments, each explained through its moves
// and concepts, with the alternatives and an advocacy-inquiry question) and summary
// (take-aways). Views render it; nothing here knows how.
import { creditMoves, doorsOf, endingsClosed, type MoveCredit } from './analysis/attribution';
import { mostPivotal, type ChoicePoint, type OptionOutcome } from './analysis/counterfactuals';
import type { RunSummary, VariableSnapshot } from './run-log';
import type { ScenarioMeta } from './scenario-meta';
import type { Concept, Move, Taxonomy } from './taxonomy';

/** The four relationship shapes of the trust × autonomy plane (after Emanuel & Emanuel). */
export type RelationshipShape = 'partnership' | 'benevolent-paternalism' | 'transactional' | 'rupture';

export const SHAPES: Record<RelationshipShape, { name: string; description: string }> = {
  partnership: { name: 'Partnership', description: 'High trust and high autonomy: the patient trusts you and their own informed values drive the decision.' },
  'benevolent-paternalism': { name: 'Benevolent paternalism', description: 'High trust, low autonomy: a grateful, passive patient who lets you decide.' },
  transactional: { name: 'Transactional', description: 'Low trust, high autonomy: the patient decides for themselves but does not rely on you.' },
  rupture: { name: 'Rupture', description: 'Low trust and low autonomy: the patient has disengaged.' },
};

export const SHAPE_BOUNDARY = 50;

export function relationshipShape(trust: number, autonomy: number): RelationshipShape {
  const highTrust = trust >= SHAPE_BOUNDARY;
  const highAutonomy = autonomy >= SHAPE_BOUNDARY;
  if (highTrust) return highAutonomy ? 'partnership' : 'benevolent-paternalism';
  return highAutonomy ? 'transactional' : 'rupture';
}

export interface ExplainedMove extends Move {
  conceptInfo: Concept;
}

export interface DebriefChoice {
  turn: number;
  prompt: string | null;
  chosen: string;
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

export interface OptionView {
  text: string;
  taken: boolean;
  moves: ExplainedMove[];
  change: VariableSnapshot;
  disclosed: string[];
  lines: string[];
  /** Ending titles with their chance from here, most likely first. */
  endings: { title: string; chance: number }[];
  exact: boolean;
}

export interface PivotalMoment {
  turn: number;
  prompt: string | null;
  pivotality: number;
  chosen: OptionView;
  alternatives: OptionView[];
  /** Plain explanation of the chosen option's moves, through their concepts. */
  explanation: string;
  inquiry: string;
  endingsClosed: string[];
  /** Whether endingsClosed is certain (every path followed) or seen in sampled continuations. */
  endingsExact: boolean;
}

export interface Debrief {
  title: string;
  patientName: string;
  finished: boolean;
  ending: { id: string; title: string; summary: string } | null;
  start: VariableSnapshot;
  final: VariableSnapshot;
  shape: RelationshipShape;
  timeline: TimelinePoint[];
  choices: DebriefChoice[];
  credits: (MoveCredit & { info: ExplainedMove })[];
  /** Present once the counterfactual analysis has run. */
  analysis: {
    pivotal: PivotalMoment[];
    doors: { turn: number; kind: 'opened' | 'closed'; label: string; option: string }[];
    takeaways: string[];
  } | null;
}

export function explainMove(taxonomy: Taxonomy, id: string): ExplainedMove {
  const move = taxonomy.moves.get(id);
  if (!move) throw new Error(`Unknown move "${id}"`);
  const conceptInfo = taxonomy.concepts.get(move.concept);
  if (!conceptInfo) throw new Error(`Move "${id}" rests on unknown concept "${move.concept}"`);
  return { ...move, conceptInfo };
}

export function buildDebrief(meta: ScenarioMeta, taxonomy: Taxonomy, run: RunSummary, points?: readonly ChoicePoint[]): Debrief {
  const explain = (ids: readonly string[]) => ids.filter((m) => taxonomy.moves.has(m)).map((m) => explainMove(taxonomy, m));
  const disclosureLabel = (id: string) => meta.disclosures?.find((d) => d.id === id)?.label ?? id;
  const patientName = meta.cast.find((c) => c.id === meta.patient)?.name ?? meta.patient;
  const start = run.log[0]?.before ?? run.final;
  return {
    title: meta.title,
    patientName,
    finished: run.ended,
    ending: meta.endings.find((e) => e.id === run.ending) ?? null,
    start,
    final: run.final,
    shape: relationshipShape(run.final.trust ?? 50, run.final.autonomy ?? 50),
    timeline: [start, ...run.log.map((e) => e.after)].map((v, step) => ({ step, trust: v.trust ?? 0, autonomy: v.autonomy ?? 0 })),
    choices: run.log.map((entry) => ({
      turn: entry.turn,
      prompt: entry.prompt,
      chosen: entry.offered.find((o) => o.index === entry.chosen)?.text ?? '',
      moves: explain(entry.moves),
      before: entry.before,
      after: entry.after,
      disclosed: entry.disclosed.map(disclosureLabel),
    })),
    credits: creditMoves(run.log)
      .filter((c) => taxonomy.moves.has(c.move))
      .map((c) => ({ ...c, info: explainMove(taxonomy, c.move) })),
    analysis: points ? analysisOf(meta, points, explain, disclosureLabel, firstName(patientName)) : null,
  };
}

function analysisOf(
  meta: ScenarioMeta,
  points: readonly ChoicePoint[],
  explain: (ids: readonly string[]) => ExplainedMove[],
  disclosureLabel: (id: string) => string,
  patient: string,
): NonNullable<Debrief['analysis']> {
  const endingTitle = (id: string) => meta.endings.find((e) => e.id === id)?.title ?? 'No ending';
  const view = (o: OptionOutcome): OptionView => ({
    text: o.text,
    taken: o.taken,
    moves: explain(o.moves),
    change: o.change,
    disclosed: o.disclosed.map(disclosureLabel),
    lines: o.lines,
    endings: Object.entries(o.endings.odds)
      .filter(([, p]) => p > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([id, chance]) => ({ title: endingTitle(id), chance })),
    exact: o.endings.exact,
  });
  const pivotal = mostPivotal(points).map((point): PivotalMoment => {
    const taken = point.options.find((o) => o.taken)!;
    const chosen = view(taken);
    return {
      turn: point.turn,
      prompt: point.prompt,
      pivotality: point.pivotality,
      chosen,
      alternatives: point.options.filter((o) => !o.taken).map(view),
      explanation: explanationOf(chosen.moves),
      inquiry: (chosen.moves[0]?.inquiry ?? 'What was on your mind at this moment?').replaceAll('{patient}', patient),
      endingsClosed: endingsClosed(point).map(endingTitle),
      endingsExact: point.options.every((o) => o.endings.exact),
    };
  });
  const doors = doorsOf(points).map((d) => ({ turn: d.turn, kind: d.kind, label: disclosureLabel(d.disclosure), option: d.option }));
  return { pivotal, doors, takeaways: takeawaysFrom(pivotal) };
}

const LEVER_WORDS: Record<string, string> = {
  information: 'information',
  'decision-control': 'decision control',
  dependence: 'dependence',
  structural: 'the structure around the encounter',
  boundary: 'professional boundaries',
  relational: 'the relationship',
};

/** Each move in a sentence, then each concept behind them once. */
function explanationOf(moves: readonly ExplainedMove[]): string {
  const sentences = moves.map((move) => {
    const verb = move.direction === 'shares' ? 'shares power through' : 'concentrates power through';
    return `${move.name} ${verb} ${LEVER_WORDS[move.lever] ?? move.lever}: ${lowerFirst(move.definition)}`;
  });
  const concepts = [...new Map(moves.map((m) => [m.conceptInfo.id, m.conceptInfo])).values()];
  return [...sentences, ...concepts.map((c) => `${c.name}: ${c.summary}`)].join(' ');
}

/** Sum of trust and autonomy change: the simplest honest ranking of alternatives. */
function gain(option: OptionView): number {
  return (option.change.trust ?? 0) + (option.change.autonomy ?? 0);
}

/**
 * Up to three take-aways from the pivotal moments: where the choice concentrated power, the
 * lesson of the alternative that did best; where it shared power, the lesson of the move made.
 */
export function takeawaysFrom(pivotal: readonly PivotalMoment[]): string[] {
  const lessons: string[] = [];
  for (const moment of pivotal) {
    const concentrated = moment.chosen.moves.some((m) => m.direction === 'concentrates');
    const source = concentrated ? [...moment.alternatives].sort((a, b) => gain(b) - gain(a))[0] : moment.chosen;
    const move = source?.moves.find((m) => m.direction === 'shares') ?? source?.moves[0];
    if (move && !lessons.includes(move.takeaway)) lessons.push(move.takeaway);
  }
  return lessons.slice(0, 3);
}

function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
