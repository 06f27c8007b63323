// A person's head and shoulders, drawn as an Open Peeps illustration (CC0, via DiceBear)
// from the look the writer chose and the mood the story gives them. Pure: SVG text in, SVG
// text out, so it is tested without a browser.
import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';
import type { Options } from '@dicebear/open-peeps';
import type { Look, SkinTone } from '../engine/appearance';
import type { Mood } from '../engine/tags';

/** One Open Peeps face per mood; each reads differently at a glance, even small. */
export const FACES: Record<Mood, NonNullable<Options['face']>[number]> = {
  neutral: 'serious',
  guarded: 'suspicious',
  distressed: 'concernedFear',
  relieved: 'calm',
  withdrawn: 'tired',
  angry: 'veryAngry',
  warm: 'smile',
};

export const SKIN_COLOURS: Record<SkinTone, string> = {
  light: 'ffdbb4',
  'light-medium': 'edb98a',
  medium: 'd08b5b',
  'medium-dark': 'ae5d29',
  dark: '694d3d',
};

const hex = (colour: string) => colour.replace('#', '').toLowerCase();

/** Pixels per side: enough to stay crisp when the room is scaled up for a projector. */
export const PORTRAIT_SIZE = 320;

export function portraitSvg(look: Look, mood: Mood): string {
  return createAvatar(openPeeps, {
    seed: 'fixed',
    size: PORTRAIT_SIZE,
    head: [look.hair],
    face: [FACES[mood]],
    skinColor: [SKIN_COLOURS[look.skin]],
    clothingColor: [hex(look.clothes)],
    headContrastColor: [hex(look.hairColour ?? '#2c1b18')],
    facialHair: look.facialHair ? [look.facialHair] : [],
    facialHairProbability: look.facialHair ? 100 : 0,
    accessories: look.glasses ? [look.glasses] : [],
    accessoriesProbability: look.glasses ? 100 : 0,
    maskProbability: 0,
  }).toString();
}

/** The same picture as a data URL, ready for an image loader. */
export function portraitUrl(look: Look, mood: Mood): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(portraitSvg(look, mood))}`;
}
