// What a scenario says matters, and how an option is judged by it. Trust and autonomy always
// count; a scenario adds its other stakes (the patient's safety, a health outcome, the people
// waiting) in meta.json. Alternatives are ranked by this, never by trust + autonomy alone.
import type { VariableSnapshot } from './run-log';
import type { ScenarioMeta } from './scenario-meta';
import { trackedVariables } from './variables';

export interface Stake {
  name: string;
  label: string;
  /** How much a change across the whole range counts; negative: more of it is worse. */
  weight: number;
  range: number;
}

/** Trust and autonomy count 1 each unless the scenario weighs them itself. */
const CORE_WEIGHT = 1;

export function stakesOf(meta: ScenarioMeta): Stake[] {
  const declared = new Map((meta.stakes ?? []).map((s) => [s.name, s]));
  const stakes: Stake[] = [];
  for (const v of trackedVariables(meta)) {
    const stake = declared.get(v.name);
    const core = v.name === 'trust' || v.name === 'autonomy';
    if (!stake && !core) continue;
    stakes.push({ name: v.name, label: stake?.label ?? v.label, weight: stake?.weight ?? CORE_WEIGHT, range: Math.max(1, v.max - v.min) });
  }
  return stakes;
}

/** The weighted change, in points per 100 of each stake's range: higher is better. */
export function outcomeScore(change: VariableSnapshot, stakes: readonly Stake[]): number {
  let score = 0;
  for (const s of stakes) score += (s.weight * (change[s.name] ?? 0) * 100) / s.range;
  return Math.round(score * 100) / 100;
}

/** What a direction needs of a move: the taxonomy's moves fit. */
export interface MoveDirections {
  readonly moves: ReadonlyMap<string, unknown>;
}

/**
 * How much an option shares power: moves that share count +1, moves that concentrate -1
 * (warranted ones too: they still concentrate power, which is the point of telling them apart).
 */
export function sharingScore(moves: readonly string[], taxonomy: MoveDirections): number {
  let score = 0;
  for (const id of moves) {
    const move = taxonomy.moves.get(id) as { direction?: string } | undefined;
    if (move?.direction === 'shares') score++;
    else if (move?.direction === 'concentrates') score--;
  }
  return score;
}
