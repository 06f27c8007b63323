import { describe, expect, it } from 'vitest';
import { Encounter, EncounterError, knotOf } from '../../src/engine/encounter';
import { randomPlaythrough } from '../../src/engine/random-play';
import { fixtureBundle } from '../helpers';

/** Plays the fixture by choice text, which is stable where indices might not be. */
function play(...choices: string[]): Encounter {
  const encounter = Encounter.begin(fixtureBundle());
  for (const text of choices) {
    const choice = encounter.choices.find((c) => c.text === text);
    if (!choice) throw new Error(`no choice "${text}" among ${encounter.choices.map((c) => c.text).join(' | ')}`);
    encounter.choose(choice.index);
  }
  return encounter;
}

describe('stepping a story', () => {
  it('runs to the first choice point with lines, tags and choices', () => {
    const encounter = play();
    expect(encounter.currentLines).toEqual([
      { turn: 0, text: 'Sam sits down and glances at the clock.', tags: { bg: 'consult-room', ambience: 'consult-room' } },
      { turn: 0, text: "I've been getting headaches.", tags: { speaker: 'sam', mood: 'guarded' } },
    ]);
    expect(encounter.choices).toEqual([
      { index: 0, text: 'Let Sam finish', moves: ['let-finish'], time: 2, why: expect.stringContaining('night shifts') },
      { index: 1, text: 'Interrupt with a checklist', moves: ['interrupt', 'narrow-agenda'], time: 1, why: expect.stringContaining('checklist takes over') },
    ]);
    expect(encounter.ended).toBe(false);
    expect(encounter.problems).toEqual([]);
  });

  it('tracks trust, autonomy and declared variables from their declared start', () => {
    expect(play().variables).toEqual({ trust: 50, autonomy: 50, clock: 0 });
  });

  it('adds a choice\'s time cost to the clock before the story reacts', () => {
    const listened = play('Let Sam finish', 'Offer a choice of next steps');
    expect(listened.variables.clock).toBe(4);
    expect(listened.transcript.some((l) => l.tags.sfx === 'door-knock')).toBe(true);
    const rushed = play('Interrupt with a checklist', 'Decide the plan yourself');
    expect(rushed.variables.clock).toBe(1);
    expect(rushed.transcript.some((l) => l.tags.sfx === 'door-knock')).toBe(false);
  });

  it('reaches the ending the variables lead to', () => {
    expect(play('Let Sam finish', 'Offer a choice of next steps').ending).toBe('agreed');
    expect(play('Let Sam finish', 'Decide the plan yourself').ending).toBe('prescribed');
    expect(play('Interrupt with a checklist', 'Offer a choice of next steps').ending).toBe('agreed');
    const done = play('Interrupt with a checklist', 'Decide the plan yourself');
    expect(done.ending).toBe('prescribed');
    expect(done.ended).toBe(true);
    expect(done.choices).toEqual([]);
  });

  it('gates the disclosure on trust', () => {
    expect(play('Let Sam finish').currentLines.map((l) => l.tags.disclose)).toContain('tablets');
    expect(play('Interrupt with a checklist').currentLines.map((l) => l.tags.disclose)).not.toContain('tablets');
  });

  it('refuses a choice that is not offered', () => {
    expect(() => play().choose(7)).toThrow(EncounterError);
  });

  it('tells subscribers about each step once the run log is complete (autosave relies on it)', () => {
    const encounter = play();
    const seen: { lines: number; after: unknown; disclosed: unknown }[] = [];
    encounter.subscribe((step) => seen.push({ lines: step.lines.length, after: encounter.log.at(-1)?.after, disclosed: encounter.log.at(-1)?.disclosed }));
    encounter.choose(0);
    expect(seen).toEqual([{ lines: encounter.currentLines.length, after: { trust: 70, autonomy: 50, clock: 2 }, disclosed: ['tablets'] }]);
  });
});

describe('the run log', () => {
  it('records where, what was offered, what was taken, its moves and variables before and after', () => {
    const encounter = play('Let Sam finish', 'Offer a choice of next steps');
    const [first, second] = encounter.log;
    expect(first).toMatchObject({
      turn: 0,
      knot: '(top)',
      prompt: "I've been getting headaches.",
      chosen: 0,
      moves: ['let-finish'],
      time: 2,
      before: { trust: 50, autonomy: 50, clock: 0 },
      after: { trust: 70, autonomy: 50, clock: 2 },
      disclosed: ['tablets'],
    });
    expect(first?.offered.map((o) => o.text)).toEqual(['Let Sam finish', 'Interrupt with a checklist']);
    expect(second).toMatchObject({
      turn: 1,
      knot: 'plan',
      prompt: 'What happens now?',
      moves: ['offer-choice', 'plain-language'],
      before: { trust: 70, autonomy: 50, clock: 2 },
      after: { trust: 70, autonomy: 80, clock: 4 },
      disclosed: [],
    });
  });

  it('keeps every line in the transcript, numbered by turn', () => {
    const encounter = play('Interrupt with a checklist', 'Decide the plan yourself');
    expect(encounter.transcript.map((l) => l.turn)).toEqual([0, 0, 1, 1, 2]);
    expect(encounter.transcript.at(-1)?.text).toBe('Sam leaves with a prescription.');
  });

  it('clamps variables to 0..100 through shift()', () => {
    const encounter = play('Interrupt with a checklist', 'Decide the plan yourself');
    expect(encounter.variables).toMatchObject({ trust: 30, autonomy: 10 });
  });
});

describe('a random playthrough on an encounter played before', () => {
  it('plays exactly the run a new encounter does, whatever it played last', () => {
    const bundle = fixtureBundle('scenarios/variants');
    const reuse = Encounter.begin(bundle, 99);
    reuse.choose(reuse.choices[0]!.index);
    const seen = (run: Encounter) => ({ seed: run.seed, variant: run.variant, transcript: run.transcript, log: run.log, variables: run.variables, ended: run.ended, ending: run.ending, problems: run.problems });
    for (const seed of [1, 2, 3, 40_000, 77_777]) {
      const again = randomPlaythrough(bundle, seed, { reuse });
      expect(again).toBe(reuse);
      expect(seen(again), `seed ${seed}`).toEqual(seen(randomPlaythrough(bundle, seed)));
    }
  });
});

describe('knotOf', () => {
  it('takes the knot from an ink path', () => {
    expect(knotOf('plan.0.c-1')).toBe('plan');
    expect(knotOf('0.c-0')).toBe('(top)');
  });
});
