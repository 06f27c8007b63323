// How a choice is written into an interaction: option letters, and a description that fits
// SCORM 2004's 250 characters with the moves whole and the options cut evenly.
import { describe, expect, it } from 'vitest';
import { describeChoice, optionLetter, takenLetter } from '../../src/reporting/scorm/choice-text';

const option = (index: number, text: string) => ({ index, text, moves: [], time: 1, why: '' });

describe('an interaction’s words for a choice', () => {
  it('name the options offered a, b, c … in the order shown, and the one taken by its place', () => {
    expect(Array.from({ length: 16 }, (_, i) => optionLetter(i)).join('')).toBe('abcdefghijklmnop');
    // Ink's own indexes need not be the positions shown.
    expect(takenLetter({ offered: [option(3, 'x'), option(5, 'y'), option(9, 'z')], chosen: 9 })).toBe('c');
  });

  it('say the moves and every option whole when they fit', () => {
    const text = describeChoice({ moves: ['interrupt', 'narrow-agenda'], offered: [option(0, 'Let Sam\nfinish'), option(1, '  Interrupt  ')] }, 250);
    expect(text).toBe('Moves: interrupt, narrow-agenda. Offered: a) Let Sam finish b) Interrupt');
  });

  it('cut the options’ words evenly to fit, keeping every move and every option’s letter', () => {
    const long = (n: number) => `Option ${n} ${'words '.repeat(30)}`;
    const short = 'Yes.';
    const offered = [option(0, long(1)), option(1, short), option(2, long(3)), option(3, long(4)), option(4, long(5))];
    const moves = ['open-question', 'authentic-connection', 'hold-boundary'];
    const text = describeChoice({ moves, offered }, 250);
    expect(text.length).toBeLessThanOrEqual(250);
    expect(text.length).toBeGreaterThan(240);
    expect(text.startsWith(`Moves: ${moves.join(', ')}. Offered: a) Option 1 `)).toBe(true);
    for (const letter of 'abcde') expect(text).toContain(` ${letter}) `);
    expect(text).toContain(' b) Yes. c)');
    // The long ones are cut to the same length, each marked as cut.
    const cut = text.split(/ [a-e]\) /).slice(1).filter((t) => t.endsWith('…'));
    expect(cut).toHaveLength(4);
    expect(new Set(cut.map((t) => t.length)).size).toBe(1);
  });

  it('stay within the limit however much there is, on one line, never splitting a character', () => {
    const emoji = '🙂'.repeat(200);
    for (const limit of [250, 60, 10]) {
      const text = describeChoice({ moves: Array.from({ length: 40 }, (_, i) => `move-${i}`), offered: [option(0, emoji), option(1, `${emoji}\n${emoji}`)] }, limit);
      expect(text.length).toBeLessThanOrEqual(limit);
      expect(text).not.toMatch(/\n|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    const emojiOnly = describeChoice({ moves: [], offered: [option(0, emoji)] }, 40);
    expect(emojiOnly.length).toBeLessThanOrEqual(40);
    expect(emojiOnly).toMatch(/^Moves: none\. Offered: a\) (🙂)+…$/);
  });
});
