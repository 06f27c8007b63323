// The first debrief: what the player chose, which power moves each choice made, what it did
// to trust and autonomy, and where the relationship ended up. Plain data for any view.
import type { LogEntry, VariableSnapshot } from './run-log';
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

export function relationshipShape(trust: number, autonomy: number): RelationshipShape {
  const highTrust = trust >= 50;
  const highAutonomy = autonomy >= 50;
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

export interface Debrief {
  title: string;
  finished: boolean;
  ending: { id: string; title: string; summary: string } | null;
  start: VariableSnapshot;
  final: VariableSnapshot;
  shape: RelationshipShape;
  choices: DebriefChoice[];
}

export function explainMove(taxonomy: Taxonomy, id: string): ExplainedMove {
  const move = taxonomy.moves.get(id);
  if (!move) throw new Error(`Unknown move "${id}"`);
  const conceptInfo = taxonomy.concepts.get(move.concept);
  if (!conceptInfo) throw new Error(`Move "${id}" rests on unknown concept "${move.concept}"`);
  return { ...move, conceptInfo };
}

export function buildDebrief(
  meta: ScenarioMeta,
  taxonomy: Taxonomy,
  run: { log: readonly LogEntry[]; final: VariableSnapshot; ended: boolean; ending: string | null },
): Debrief {
  const disclosureLabel = new Map((meta.disclosures ?? []).map((d) => [d.id, d.label]));
  const ending = meta.endings.find((e) => e.id === run.ending) ?? null;
  return {
    title: meta.title,
    finished: run.ended,
    ending,
    start: run.log[0]?.before ?? run.final,
    final: run.final,
    shape: relationshipShape(run.final.trust ?? 50, run.final.autonomy ?? 50),
    choices: run.log.map((entry) => ({
      turn: entry.turn,
      prompt: entry.prompt,
      chosen: entry.offered.find((o) => o.index === entry.chosen)?.text ?? '',
      moves: entry.moves.filter((m) => taxonomy.moves.has(m)).map((m) => explainMove(taxonomy, m)),
      before: entry.before,
      after: entry.after,
      disclosed: entry.disclosed.map((d) => disclosureLabel.get(d) ?? d),
    })),
  };
}
