import { describe, expect, it } from 'vitest';
import { buildDebrief, relationshipShape } from '../../src/engine/debrief';
import { Encounter } from '../../src/engine/encounter';
import { describeScene, patientMood, sceneState } from '../../src/engine/presentation';
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

describe('the first debrief', () => {
  it('explains each choice through its moves and concepts, and names the relationship shape', () => {
    const bundle = fixtureBundle();
    const encounter = Encounter.begin(bundle);
    encounter.choose(0);
    encounter.choose(0);
    const debrief = buildDebrief(bundle.meta, taxonomy, { log: encounter.log, final: encounter.variables, ended: encounter.ended, ending: encounter.ending });
    expect(debrief).toMatchObject({ finished: true, ending: { id: 'agreed' }, start: { trust: 50, autonomy: 50 }, final: { trust: 70, autonomy: 80 }, shape: 'partnership' });
    expect(debrief.choices[0]).toMatchObject({ chosen: 'Let Sam finish', disclosed: ["Taking a flatmate's tablets"] });
    expect(debrief.choices[0]?.moves[0]).toMatchObject({ id: 'let-finish', direction: 'shares', conceptInfo: { id: 'open-communication' } });
  });

  it('gives a partial debrief for an unfinished run', () => {
    const bundle = fixtureBundle();
    const encounter = Encounter.begin(bundle);
    const debrief = buildDebrief(bundle.meta, taxonomy, { log: encounter.log, final: encounter.variables, ended: false, ending: null });
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
