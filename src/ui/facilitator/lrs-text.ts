// The sentences of the live panel (reading a learning record store): where the reading stands,
// what went wrong in words a facilitator can act on, and what the statements read held.
import type { LiveSummary } from '../../engine/group/lrs-runs';
import type { PollState } from '../../engine/group/lrs-poll';
import type { LrsProblem } from '../../reporting/xapi/lrs-client';
import type { StatementCounts } from '../../reporting/xapi/statement-runs';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const LRS_PROBLEM_TEXT: Record<LrsProblem, string> = {
  unreachable:
    'The learning record store could not be reached. Check the address and this device’s network, and that the LRS allows this page’s web address in its CORS settings (ask whoever runs the LRS; a page on https:// cannot read an http:// address).',
  timeout: 'The learning record store took too long to answer.',
  throttled: 'The learning record store asked to be asked less often.',
  server: 'The learning record store had a problem of its own (it answered with an error).',
  credential: 'The learning record store refused the credential: the key and secret (or the token) are wrong, or not allowed to read statements.',
  'not-lrs': 'What answered at this address is not a learning record store’s statements API. Check the address: it is the xAPI endpoint, which often ends in /xAPI/.',
  refused: 'The learning record store refused the request: check the activity and the registration.',
};

/** Seconds, in words, for "trying again in …". */
const seconds = (ms: number) => plural(Math.round(ms / 1000), 'second', 'seconds');

/** Runs finished and playing, for the status line: it changes only when a run starts, ends or is refused. */
export function liveRunsText(summary: LiveSummary): string {
  const parts = [`${plural(summary.finished, 'run', 'runs')} finished`, `${summary.playing.length} still playing`];
  if (summary.refused.length) parts.push(`${summary.refused.length} could not be used (below)`);
  return parts.join(', ');
}

/**
 * The status the live region announces: it changes when the reading starts, fails, stops or
 * when runs finish, never at every read (that would speak every few seconds).
 */
export function liveStatusText(state: PollState<LrsProblem>, summary: LiveSummary | null): string {
  switch (state.state) {
    case 'reading':
    case 'live':
      return summary ? `Live: ${liveRunsText(summary)}.` : 'Reading the learning record store…';
    case 'retrying':
      return `${LRS_PROBLEM_TEXT[state.problem]} Trying again in ${seconds(state.nextInMs)}.`;
    case 'stopped':
      return state.problem === null
        ? `Stopped.${summary ? ` ${liveRunsText(summary)}.` : ''} The runs finished so far stay in the session.`
        : `Stopped. ${LRS_PROBLEM_TEXT[state.problem]} Correct it, then start again.`;
  }
}

/** When the LRS was last read, and how often: shown, not announced. */
export function lastReadText(at: Date, intervalMs: number): string {
  return `Last read at ${at.toLocaleTimeString()}; read again every ${seconds(intervalMs)}.`;
}

/** How far each run still being played has got. */
export function playingText(playing: readonly number[]): string {
  if (playing.length === 0) return '';
  return `Still playing: ${playing.map((n) => plural(n, 'choice', 'choices')).join(', ')} made so far.`;
}

/** Of the runs finished, those the session already held: counted once. */
export function alreadyCollectedText(count: number): string {
  return count === 0 ? '' : `${plural(count, 'finished run was', 'finished runs were')} already in the session (read before, handed over another way, or played exactly as another) and counted once.`;
}

/** What the statements read held: the reader counts everything and trusts only run codes. */
export function statementCountsText(counts: StatementCounts): string {
  if (counts.read === 0) return 'No statements read yet.';
  const parts = [`${plural(counts.runs, 'about a run of this scenario', 'about runs of this scenario')}`];
  if (counts.elsewhere) parts.push(`${counts.elsewhere} about something else`);
  if (counts.unreadable) parts.push(`${counts.unreadable} that could not be read`);
  if (counts.overLimit) parts.push(`${counts.overLimit} about runs beyond the most a session holds, left out`);
  return `${plural(counts.read, 'statement', 'statements')} read: ${parts.join(', ')}.`;
}

/** Why a form field cannot be used. */
export const FIELD_PROBLEM = {
  endpoint: 'This is not a web address: the endpoint starts with https:// (or http://), as your LRS gives it.',
  key: 'Give the key (user name) and the secret (password).',
  token: 'Give the token your LRS gave (the value after “Basic”, or the whole “Basic …”).',
  activity: 'The activity is a web address (an IRI), such as this scenario’s own, filled in at first.',
  registration: 'A registration is a UUID: 32 hexadecimal digits in groups of 8-4-4-4-12, such as 3f2a…-…. Leave it empty to read every registration.',
  since: 'This is not a date and time. Leave it empty to read from the start.',
} as const;

export const REMEMBER_FAILED = 'This device could not keep the address and credential (its storage is off or full): they last only while this page is open.';
