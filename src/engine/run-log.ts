// What an encounter records: every line shown (the transcript) and every choice made (the
// run log). Both are plain data so they can be saved, exported and analysed.
import type { LineTags } from './tags';

/** Hidden variables by name: trust, autonomy and any the scenario declares. */
export type VariableSnapshot = Record<string, number>;

export interface TranscriptLine {
  /** How many choices had been made when this line was shown. */
  turn: number;
  text: string;
  tags: LineTags;
}

export interface OfferedChoice {
  index: number;
  text: string;
  moves: string[];
  /** Minutes on the visit clock. */
  time: number;
  /** The authored debrief line for this option (its "why" tag). */
  why: string;
}

export interface LogEntry {
  turn: number;
  /** The knot the choice point is in, and ink's path to it. */
  knot: string;
  path: string;
  /** The last line shown before the choices: the moment the player answered. */
  prompt: string | null;
  offered: OfferedChoice[];
  chosen: number;
  moves: string[];
  time: number;
  before: VariableSnapshot;
  after: VariableSnapshot;
  /** Disclosure ids the patient made in the lines that followed this choice. */
  disclosed: string[];
}

/** A run as the debrief and the results file see it: its seed, its log and where it ended. */
export interface RunSummary {
  seed: number;
  log: readonly LogEntry[];
  final: VariableSnapshot;
  ended: boolean;
  ending: string | null;
}

/** The choice point an entry was made at: the container of the option taken (the same moment in every run). */
export function pointKey(entry: Pick<LogEntry, 'path'>): string {
  const parts = entry.path.split('.');
  return parts.length > 1 ? parts.slice(0, -1).join('.') : entry.path;
}
