// Credits each choice's effect to the moves it made, and finds the doors each choice opened
// or closed: what the patient told, or would have told, next.
import type { LogEntry, VariableSnapshot } from '../run-log';
import type { ChoicePoint } from './counterfactuals';

export interface MoveCredit {
  move: string;
  /** How many choices made this move. */
  count: number;
  /** Summed share of the variable changes of those choices, split evenly between moves. */
  change: VariableSnapshot;
}

export function creditMoves(log: readonly LogEntry[]): MoveCredit[] {
  const credits = new Map<string, MoveCredit>();
  for (const entry of log) {
    if (entry.moves.length === 0) continue;
    for (const move of entry.moves) {
      const credit = credits.get(move) ?? { move, count: 0, change: {} };
      credit.count++;
      for (const name of Object.keys(entry.after)) {
        const delta = ((entry.after[name] ?? 0) - (entry.before[name] ?? 0)) / entry.moves.length;
        credit.change[name] = round((credit.change[name] ?? 0) + delta);
      }
      credits.set(move, credit);
    }
  }
  const weight = (c: MoveCredit) => Math.abs(c.change.trust ?? 0) + Math.abs(c.change.autonomy ?? 0);
  return [...credits.values()].sort((a, b) => weight(b) - weight(a) || a.move.localeCompare(b.move));
}

export interface Door {
  turn: number;
  disclosure: string;
  /** Opened: the choice made led to it. Closed: another option would have, this one did not. */
  kind: 'opened' | 'closed';
  /** The option that opened it, or (for a closed door) the one that would have. */
  option: string;
}

export function doorsOf(points: readonly ChoicePoint[]): Door[] {
  const doors: Door[] = [];
  for (const point of points) {
    const taken = point.options.find((o) => o.taken);
    if (!taken) continue;
    for (const disclosure of taken.disclosed) doors.push({ turn: point.turn, disclosure, kind: 'opened', option: taken.text });
    for (const other of point.options) {
      for (const disclosure of other.disclosed) {
        if (!taken.disclosed.includes(disclosure) && !doors.some((d) => d.turn === point.turn && d.disclosure === disclosure)) {
          doors.push({ turn: point.turn, disclosure, kind: 'closed', option: other.text });
        }
      }
    }
  }
  return doors;
}

/** Endings some other option could still reach (odds > 0) that the option taken could not. */
export function endingsClosed(point: ChoicePoint): string[] {
  const taken = point.options.find((o) => o.taken);
  if (!taken) return [];
  const reachable = (odds: Record<string, number>) => Object.keys(odds).filter((k) => (odds[k] ?? 0) > 0);
  const mine = new Set(reachable(taken.endings.odds));
  const others = new Set(point.options.filter((o) => !o.taken).flatMap((o) => reachable(o.endings.odds)));
  return [...others].filter((e) => !mine.has(e)).sort();
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
