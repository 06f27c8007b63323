// The people in the room: the look vocabulary matches the art, each mood is its own face,
// the pose follows trust and autonomy, and everyone fits in the room.
import * as openPeeps from '@dicebear/open-peeps';
import { describe, expect, it } from 'vitest';
import { FACIAL_HAIR, GLASSES, HAIR_STYLES, type Look } from '../../src/engine/appearance';
import type { CharacterView, SceneState } from '../../src/engine/presentation';
import { MOODS } from '../../src/engine/tags';
import { ROOM_WIDTH, placeCharacters } from '../../src/scenes/layout';
import { poseOf } from '../../src/scenes/pose';
import { renderPortrait as portraitSvg } from '../../build/portrait-kit';
import { FACES, SKIN_COLOURS } from '../../src/scenes/portrait';

const enumOf = (name: string): unknown[] => {
  const properties = openPeeps.schema.properties as Record<string, { items?: { enum?: unknown[] } }>;
  return properties[name]?.items?.enum ?? [];
};

const look: Look = { skin: 'medium-dark', hair: 'hijab', clothes: '#5b6f8a', glasses: 'glasses2' };

function person(overrides: Partial<CharacterView>): CharacterView {
  return { id: 'p', name: 'P', role: 'patient', mood: 'neutral', posture: 'guarded', gaze: 'direct', leaningIn: false, quiet: false, look, ...overrides };
}

describe('the look vocabulary', () => {
  it('names only what the illustration style can draw', () => {
    expect(enumOf('head')).toEqual(expect.arrayContaining([...HAIR_STYLES]));
    expect(enumOf('facialHair')).toEqual(expect.arrayContaining([...FACIAL_HAIR]));
    expect(enumOf('accessories')).toEqual(expect.arrayContaining([...GLASSES]));
    expect(enumOf('face')).toEqual(expect.arrayContaining(Object.values(FACES)));
  });
});

describe('portraits', () => {
  it('gives every mood its own face, including the six the room must show', () => {
    expect(new Set(Object.values(FACES)).size).toBe(MOODS.length);
    for (const mood of ['neutral', 'guarded', 'distressed', 'relieved', 'withdrawn', 'angry'] as const) expect(MOODS).toContain(mood);
    const pictures = MOODS.map((mood) => portraitSvg(look, mood));
    expect(new Set(pictures).size).toBe(MOODS.length);
  });

  it('keeps the same person across moods: skin, clothes and headscarf do not change', () => {
    for (const mood of MOODS) {
      const svg = portraitSvg(look, mood);
      expect(svg).toContain(`#${SKIN_COLOURS['medium-dark']}`);
      expect(svg.toLowerCase()).toContain('#5b6f8a');
    }
    expect(portraitSvg(look, 'neutral')).not.toBe(portraitSvg({ ...look, hair: 'grayBun' }, 'neutral'));
  });
});

describe('poses', () => {
  it('shows a companion taking over by leaning in, and the patient going quiet by shrinking back', () => {
    const companion = poseOf(person({ role: 'companion', leaningIn: true }));
    const patient = poseOf(person({ quiet: true }));
    const settled = poseOf(person({}));
    expect(companion.dx).toBeGreaterThan(settled.dx);
    expect(companion.lean).toBeGreaterThan(0);
    expect(companion.scale).toBeGreaterThan(1);
    expect(patient.dx).toBeLessThan(settled.dx);
    expect(patient.scale).toBeLessThan(1);
    expect(patient.headDrop).toBeGreaterThan(settled.headDrop);
  });

  it('turns the head away for averted gaze and lowers it when withdrawn', () => {
    expect(poseOf(person({ gaze: 'averted' })).headTurn).toBe(-1);
    expect(poseOf(person({ gaze: 'direct' })).headTurn).toBe(1);
    expect(poseOf(person({ mood: 'withdrawn' })).headDrop).toBeGreaterThan(poseOf(person({ mood: 'warm' })).headDrop);
    expect(poseOf(person({ posture: 'closed' })).lean).toBeLessThan(poseOf(person({ posture: 'open' })).lean);
  });
});

describe('the room layout', () => {
  const crowd = (setting: SceneState['setting'], staff: number): SceneState => ({
    setting,
    ambience: setting,
    speaker: null,
    characters: [
      person({ id: 'patient' }),
      person({ id: 'companion', role: 'companion' }),
      ...Array.from({ length: staff }, (_, i) => person({ id: `staff${i}`, role: 'staff' })),
      person({ id: 'interpreter', role: 'interpreter', look: undefined }),
    ],
  });

  it('seats the patient and companion facing in, stands staff facing them, and puts an unseen interpreter on the phone', () => {
    const places = placeCharacters(crowd('consult-room', 2));
    expect(places.get('patient')).toMatchObject({ seat: 'chair', facing: 1 });
    expect(places.get('companion')).toMatchObject({ seat: 'chair', facing: 1 });
    expect(places.get('staff0')).toMatchObject({ seat: 'standing', facing: -1 });
    expect(places.get('interpreter')).toMatchObject({ seat: 'phone' });
    expect(places.get('patient')!.x).toBeLessThan(places.get('staff0')!.x);
  });

  it('places everyone: an interpreter in the room, with a look, stands with the staff', () => {
    const state = crowd('consult-room', 1);
    state.characters.push(person({ id: 'in-person', role: 'interpreter' }));
    const places = placeCharacters(state);
    expect(places.size).toBe(state.characters.length);
    expect(places.get('in-person')).toMatchObject({ seat: 'standing', facing: -1 });
  });

  it('puts the patient in bed on a ward', () => {
    expect(placeCharacters(crowd('ward', 1)).get('patient')?.seat).toBe('bed');
  });

  it('keeps everyone inside the room, with up to four staff around', () => {
    for (let staff = 0; staff <= 4; staff++) {
      const places = [...placeCharacters(crowd('ward', staff)).values()];
      expect(places).toHaveLength(staff + 3);
      // A person is about 170 px wide at full size.
      for (const p of places) {
        expect(p.x - 85 * p.scale).toBeGreaterThanOrEqual(0);
        expect(p.x + 85 * p.scale).toBeLessThanOrEqual(ROOM_WIDTH);
      }
    }
  });
});
