import { describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../../src/engine/run-log';
import { buildDebrief, relationshipShape } from '../../src/engine/debrief';
import { Encounter } from '../../src/engine/encounter';
import { patientMood, sceneState } from '../../src/engine/presentation';
import { describeScene } from '../../src/ui/scene-words';
import { fixtureBundle, realTaxonomy } from '../helpers';

const taxonomy = realTaxonomy();

describe('how the patient looks', () => {
  it('shows low, middle and high trust as different faces, postures and gaze', () => {
    const bundle = fixtureBundle();
    const looks = [10, 55, 90].map((trust) => sceneState(bundle.meta, [], { trust, autonomy: 50 }).characters[0]);
    expect(looks.map((c) => c?.mood)).toEqual(['withdrawn', 'neutral', 'warm']);
    expect(looks.map((c) => c?.posture)).toEqual(['closed', 'guarded', 'open']);
    expect(looks.map((c) => c?.gaze)).toEqual(['averted', 'direct', 'direct']);
  });

  it('shows the moment a line is tagged with, then settles back to what trust makes it', () => {
    expect(patientMood(90, 'distressed')).toBe('distressed');
    expect(patientMood(90)).toBe('warm');
    expect(patientMood(20)).toBe('withdrawn');
  });

  it('follows the story: setting from tags, speaker from the last line, and says it in words', () => {
    const encounter = Encounter.begin(fixtureBundle());
    encounter.choose(1);
    const state = sceneState(encounter.meta, encounter.transcript, encounter.variables);
    expect(state).toMatchObject({ setting: 'consult-room', speaker: 'sam' });
    expect(state.characters[0]).toMatchObject({ id: 'sam', mood: 'withdrawn', posture: 'guarded' });
    expect(describeScene(state)).toBe('Sam Okafor has gone quiet and withdrawn, sitting upright, hands in lap, avoiding your eyes.');
  });
});

describe('who is in the room', () => {
  const bundle = fixtureBundle();
  const meta = {
    ...bundle.meta,
    cast: [
      ...bundle.meta.cast,
      { id: 'dee', name: 'Dee Okafor', role: 'companion' as const, description: 'Sam’s sister.', look: { skin: 'dark' as const, hair: 'afro' as const, clothes: '#7d3d5a' } },
      { id: 'nurse', name: 'Nurse Kay', role: 'staff' as const, description: 'A practice nurse.', look: { skin: 'light' as const, hair: 'bun' as const, clothes: '#1f3a68' } },
      { id: 'line', name: 'Telephone interpreter', role: 'interpreter' as const, description: 'On the phone.' },
    ],
  };
  const line = (turn: number, tags: TranscriptLine['tags']): TranscriptLine => ({ turn, text: '…', tags });

  it('brings staff and interpreters in when they first speak, and lets them go when the scene moves', () => {
    const ids = (lines: TranscriptLine[]) => sceneState(meta, lines, { trust: 50, autonomy: 50 }).characters.map((c) => c.id);
    expect(ids([line(0, { speaker: 'sam' })])).toEqual(['sam', 'dee']);
    const joined = [line(0, { speaker: 'sam' }), line(1, { speaker: 'nurse' }), line(1, { speaker: 'line' })];
    expect(ids(joined)).toEqual(['sam', 'dee', 'nurse', 'line']);
    expect(ids([...joined, line(2, { bg: 'ward' })])).toEqual(['sam', 'dee']);
    expect(ids([...joined, line(2, { bg: 'consult-room' })])).toEqual(['sam', 'dee', 'nurse', 'line']);
  });

  it('shows low autonomy as the companion leaning in and the patient going quiet, and says so', () => {
    const low = sceneState(meta, [], { trust: 50, autonomy: 25 });
    const high = sceneState(meta, [], { trust: 50, autonomy: 75 });
    expect(low.characters.map((c) => [c.id, c.leaningIn, c.quiet])).toEqual([
      ['sam', false, true],
      ['dee', true, false],
    ]);
    expect(high.characters.every((c) => !c.leaningIn && !c.quiet)).toBe(true);
    expect(describeScene(low)).toContain('letting others speak for them');
    expect(describeScene(low)).toContain('Dee Okafor looks composed, leaning in to answer.');
    expect(describeScene(high)).not.toContain('leaning in');
  });

  it('never makes a patient without a companion "quiet", and describes an unseen interpreter', () => {
    expect(sceneState(bundle.meta, [], { trust: 50, autonomy: 5 }).characters[0]?.quiet).toBe(false);
    const withLine = sceneState(meta, [line(0, { speaker: 'line' })], { trust: 50, autonomy: 50 });
    expect(describeScene(withLine)).toContain('Telephone interpreter is on the speakerphone.');
  });
});

describe('the first debrief', () => {
  it('explains each choice through its moves and concepts, and names the relationship shape', () => {
    const bundle = fixtureBundle();
    const encounter = Encounter.begin(bundle);
    encounter.choose(0);
    encounter.choose(0);
    const debrief = buildDebrief(bundle.meta, taxonomy, encounter.summary());
    expect(debrief).toMatchObject({ finished: true, ending: { id: 'agreed' }, start: { trust: 50, autonomy: 50 }, final: { trust: 70, autonomy: 80 }, shape: 'partnership' });
    expect(debrief.choices[0]).toMatchObject({ chosen: 'Let Sam finish', disclosed: ["Taking a flatmate's tablets"] });
    expect(debrief.choices[0]?.moves[0]).toMatchObject({ id: 'let-finish', direction: 'shares', conceptInfo: { id: 'open-communication' } });
  });

  it('gives a partial debrief for an unfinished run', () => {
    const bundle = fixtureBundle();
    const encounter = Encounter.begin(bundle);
    const debrief = buildDebrief(bundle.meta, taxonomy, encounter.summary());
    expect(debrief).toMatchObject({ finished: false, ending: null, choices: [] });
  });

  it('maps trust × autonomy to the four shapes', () => {
    expect([relationshipShape(80, 80), relationshipShape(80, 20), relationshipShape(20, 80), relationshipShape(20, 20)]).toEqual([
      'partnership',
      'benevolent-paternalism',
      'transactional',
      'rupture',
    ]);
  });
});
