import { describe, expect, it } from 'vitest';
import { parseChoiceTags, parseLineTags, type TagVocabulary } from '../../src/engine/tags';

const vocabulary: TagVocabulary = {
  moves: new Set(['open-question', 'interrupt']),
  cast: new Set(['farida', 'javed']),
  endings: new Set(['heard']),
  disclosures: new Set(['bleeding']),
};

describe('line tags', () => {
  it('parses every known key into a typed record', () => {
    const { tags, problems } = parseLineTags(
      ['speaker: farida', 'mood: guarded', 'bg: ward', 'sfx: door-knock', 'ambience: none', 'disclose: bleeding', 'ending: heard'],
      vocabulary,
    );
    expect(problems).toEqual([]);
    expect(tags).toEqual({ speaker: 'farida', mood: 'guarded', bg: 'ward', sfx: 'door-knock', ambience: 'none', disclose: 'bleeding', ending: 'heard' });
  });

  it('tolerates spacing around the colon', () => {
    expect(parseLineTags(['  speaker :javed ']).tags).toEqual({ speaker: 'javed' });
  });

  it('reports unknown keys, bad values, unknown references and choice-only tags', () => {
    const { problems } = parseLineTags(['colour: red', 'mood: ecstatic', 'bg: moon', 'speaker: ghost', 'move: interrupt', 'just text'], vocabulary);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('unknown tag "colour"'),
      expect.stringContaining('unknown mood "ecstatic"'),
      expect.stringContaining('unknown setting "moon"'),
      'unknown cast member "ghost"',
      expect.stringContaining('belongs on a choice'),
      'is not of the form "key: value"',
    ]);
  });

  it('checks sound cues against the captioned list when there is one', () => {
    const sounds = { ...vocabulary, sounds: new Set(['door-knock']) };
    expect(parseLineTags(['sfx: door-knock'], sounds).problems).toEqual([]);
    expect(parseLineTags(['sfx: thunder'], sounds).problems[0]?.message).toContain('unknown sound cue "thunder"');
  });

  it('flags a key given twice on one line', () => {
    expect(parseLineTags(['mood: warm', 'mood: angry']).problems[0]?.message).toContain('given twice');
  });
});

describe('choice tags', () => {
  it('collects moves in order and the time cost', () => {
    expect(parseChoiceTags(['move: open-question', 'move: interrupt', 'time: 3', 'why: Farida gets to say what worries her before anyone narrows it.'], vocabulary)).toEqual({
      tags: { moves: ['open-question', 'interrupt'], time: 3, why: 'Farida gets to say what worries her before anyone narrows it.' },
      problems: [],
    });
  });

  it('requires a why line of a sentence or two, given once', () => {
    const missing = parseChoiceTags(['move: open-question'], vocabulary).problems.map((p) => p.message);
    expect(missing).toEqual([expect.stringContaining('no "why" tag')]);
    expect(parseChoiceTags(['move: open-question', 'why: Too short.'], vocabulary).problems[0]?.message).toContain('one or two sentences');
    expect(parseChoiceTags(['move: open-question', `why: ${'Long. '.repeat(60)}`], vocabulary).problems[0]?.message).toContain('one or two sentences');
    const twice = parseChoiceTags(['move: open-question', 'why: Farida gets to say what worries her before anyone narrows it.', 'why: Farida gets to say what worries her before anyone narrows it.'], vocabulary).problems.map((p) => p.message);
    expect(twice).toEqual(['"why" given twice on one choice']);
  });

  it('requires at least one move and a whole number of minutes', () => {
    const { tags, problems } = parseChoiceTags(['time: soon']);
    expect(tags.moves).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('whole number'), 'choice has no "move" tag', expect.stringContaining('no "why" tag')]);
  });

  it('rejects unknown moves, duplicate moves and line tags inside a choice', () => {
    const { problems } = parseChoiceTags(['move: telepathy', 'move: interrupt', 'move: interrupt', 'speaker: farida', 'why: Farida gets to say what worries her before anyone narrows it.'], vocabulary);
    expect(problems.map((p) => p.message)).toEqual([
      'unknown move "telepathy"',
      'move "interrupt" given twice',
      expect.stringContaining('is a line tag'),
    ]);
  });
});
