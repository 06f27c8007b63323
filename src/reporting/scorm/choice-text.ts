// How a choice is written into an LMS interaction: each option offered by a letter (a choice
// interaction's response is a short identifier, and SCORM 1.2's a single character), and a
// description that fits the element's limit: the moves always whole, the options' words cut
// evenly where they do not all fit.
import type { LogEntry } from '../../engine/run-log';

/** The letter naming the option at `position` among those offered: a, b, c … (16 at most: run-code.ts). */
export const optionLetter = (position: number): string => String.fromCharCode(97 + position);

/** The letter of the option taken at this choice. */
export function takenLetter(entry: Pick<LogEntry, 'offered' | 'chosen'>): string {
  return optionLetter(entry.offered.findIndex((o) => o.index === entry.chosen));
}

const ELLIPSIS = '…';

/**
 * "Moves: a, b. Offered: a) … b) …" in at most `limit` characters (UTF-16 units, as the
 * LMS counts them), on one line. Each option's text is cut to the same length, the longest
 * that lets them all fit.
 */
export function describeChoice(entry: Pick<LogEntry, 'moves' | 'offered'>, limit: number): string {
  const head = `Moves: ${entry.moves.join(', ') || 'none'}. Offered:`;
  const options = entry.offered.map((o, position) => ({ label: ` ${optionLetter(position)}) `, text: o.text.replace(/\s+/g, ' ').trim() }));
  const lengthAt = (cap: number) => head.length + options.reduce((sum, o) => sum + o.label.length + Math.min(o.text.length, cap), 0);
  let cap = Math.max(0, ...options.map((o) => o.text.length));
  while (cap > 0 && lengthAt(cap) > limit) cap--;
  const text = head + options.map((o) => o.label + clip(o.text, cap)).join('');
  return clip(text.trimEnd(), limit);
}

/** `text` in at most `max` UTF-16 units, ending in an ellipsis if cut; never splits a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return '';
  let end = max - ELLIPSIS.length;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end) + ELLIPSIS;
}
