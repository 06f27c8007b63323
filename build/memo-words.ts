// What the transition memo did, in words for the story checker's and the bench's output: a
// memo that declines leaves every step to ink, which is slower and must be said, not silent.
import type { TransitionMemo } from '../src/engine/ink/transition-memo.ts';
import { INKJS_WRITTEN_FOR } from '../src/engine/ink/ink-internals.ts';

type Declined = TransitionMemo<unknown>['declined'];

export function declineWords(declined: NonNullable<Declined>): string {
  switch (declined.why) {
    case 'off':
      return 'turned off';
    case 'turns':
      return 'declined: the story counts turns (TURNS, TURNS_SINCE), which the memo does not watch';
    case 'lists':
      return 'declined: the story uses LISTs, which the memo does not watch';
    case 'engine':
      return `declined: this inkjs is not the one it was written for (${INKJS_WRITTEN_FOR}): ${declined.detail}`;
  }
}

export function memoWords(memo: { declined: Declined; plays: { total: number; replayed: number } }): string {
  if (memo.declined) return `${declineWords(memo.declined)}; ink played all ${memo.plays.total.toLocaleString('en')} choices`;
  const share = memo.plays.total ? Math.round((100 * memo.plays.replayed) / memo.plays.total) : 0;
  return `${share}% of ${memo.plays.total.toLocaleString('en')} choices replayed`;
}
