// Which decoded frames the facilitator's scanner reports: a code held up is counted once, the
// next learner's code at once, and the same code again once it has been out of view a while.
import { describe, expect, it } from 'vitest';
import { AppearanceFilter, FORGET_AFTER_MS } from '../../src/ui/facilitator/qr-scanner';

/** The texts reported from frames sampled every `period` ms (null: no code in the frame). */
function reported(frames: readonly (string | null)[], period = 125): string[] {
  const filter = new AppearanceFilter();
  return frames.flatMap((text, i) => (text !== null && filter.seen(text, i * period) ? [text] : []));
}

describe('the QR scanner', () => {
  it('reports a code held up for many frames once', () => {
    expect(reported(Array<string>(40).fill('A'))).toEqual(['A']);
  });

  it('reports the next code as soon as it is seen, with no gap between them', () => {
    expect(reported(['A', 'A', 'B', 'B', 'A'])).toEqual(['A', 'B', 'A']);
  });

  it('does not report a code again over frames it was missed in, shorter than the forgetting time', () => {
    const missed = Math.floor(FORGET_AFTER_MS / 125) - 1;
    expect(reported(['A', ...Array<null>(missed).fill(null), 'A'])).toEqual(['A']);
  });

  it('reports the same code again once it has been out of view longer than the forgetting time', () => {
    const away = Math.ceil(FORGET_AFTER_MS / 125) + 1;
    expect(reported(['A', ...Array<null>(away).fill(null), 'A'])).toEqual(['A', 'A']);
  });
});
