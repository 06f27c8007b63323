// The debrief's own words: pronouns right, and the outcomes of an option said plainly.
import { describe, expect, it } from 'vitest';
import type { Debrief, OptionView } from '../../src/engine/debrief';
import { personalise, stakesText, text } from '../../src/ui/debrief-text';
import { realTaxonomy } from '../helpers';

const patient = (pronoun: Debrief['patient']['pronoun']): Debrief['patient'] => ({ name: 'Tom Hadley', firstName: 'Tom', pronoun });

describe('the inquiry question', () => {
  it('names the patient and uses their pronouns', () => {
    const template = 'I noticed you told {patient} plainly. I wondered how {they} took it, what it gave {them}, and what {their} daughter would say.';
    expect(personalise(template, patient('he'))).toBe('I noticed you told Tom plainly. I wondered how he took it, what it gave him, and what his daughter would say.');
    expect(personalise(template, patient('she'))).toContain('how she took it, what it gave her, and what her daughter');
    expect(personalise(template, patient('they'))).toContain('how they took it, what it gave them, and what their daughter');
  });

  it('leaves no placeholder in any move of the taxonomy', () => {
    for (const move of realTaxonomy().moves.values()) {
      expect(personalise(move.inquiry, patient('she')), move.id).not.toMatch(/[{}]/);
    }
  });
});

describe('what an option would have done', () => {
  const option = (goOn: OptionView['goOn']): OptionView => ({
    text: 'Ring the crisis team now',
    taken: false,
    why: 'Tom hears why.',
    moves: [],
    change: {},
    stakes: [],
    score: 0,
    disclosed: [],
    lines: [],
    reachable: ['Safe tonight'],
    reachableExact: false,
    goOn,
  });

  it('says where going on as you did would have ended, or where the paths part', () => {
    expect(text.goOn(option({ ending: 'Safe tonight', followed: 4, diverged: false, stakes: [{ name: 'safety', label: 'Tom’s safety', change: 20 }] }))).toBe(
      'If you had then gone on as you did: Safe tonight (Tom’s safety +20).',
    );
    expect(text.goOn(option({ ending: null, followed: 2, diverged: true, stakes: [] }))).toContain('stop applying after 2 more');
    expect(text.possible(option({ ending: null, followed: 0, diverged: false, stakes: [] }))).toBe('Still possible after it: Safe tonight (seen by playing on).');
    expect(stakesText([])).toBe('no change in what is at stake');
  });
});
