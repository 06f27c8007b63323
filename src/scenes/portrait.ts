// A person's head and shoulders, an Open Peeps illustration (CC0) in the look the writer chose
// with the face for the mood the story gives them. DiceBear draws them at build time only
// (build/portrait-kit.ts): it cuts its drawings into a kit of the parts the cast uses, and
// the game puts a portrait together from the kit. Pure: SVG text out, tested without a browser.
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

/** Pixels per side: enough to stay crisp when the room is scaled up for a projector. */
export const PORTRAIT_SIZE = 320;

/** The parts of a portrait that differ from person to person and mood to mood, in DiceBear's option names. */
export const PORTRAIT_SLOTS = ['head', 'face', 'facialHair', 'accessories'] as const;
export type PortraitSlot = (typeof PORTRAIT_SLOTS)[number];
/** The value of each slot ('' for none: no beard, no glasses). */
export type PortraitParts = Record<PortraitSlot, string>;
/** Colours as DiceBear takes them: six hex digits, lower case, no '#'. */
export type PortraitColours = Record<'skin' | 'clothes' | 'hair', string>;

/** What a portrait is put together from: the drawing that all share, cut where the slots go, and the drawings for the slots. */
export interface PortraitKit {
  /** The slots in the order they are drawn. */
  order: PortraitSlot[];
  /** The drawing around the slots: one piece more than `order`, with a placeholder for each colour. */
  frame: string[];
  /** Each slot's drawing for every value the cast uses, with the same placeholders. */
  parts: Record<PortraitSlot, Record<string, string>>;
}

const hex = (colour: string) => colour.replace('#', '').toLowerCase();

export function partsOf(look: Look, mood: Mood): PortraitParts {
  return { head: look.hair, face: FACES[mood], facialHair: look.facialHair ?? '', accessories: look.glasses ?? '' };
}

export function coloursOf(look: Look): PortraitColours {
  return { skin: SKIN_COLOURS[look.skin], clothes: hex(look.clothes), hair: hex(look.hairColour ?? '#2c1b18') };
}

/**
 * DiceBear's options for a portrait: only what is asked for, nothing left to its random picks.
 * The slot values are DiceBear's own names (tests/unit/characters.test.ts checks the look vocabulary against its schema).
 */
export function portraitOptions(parts: PortraitParts, colours: PortraitColours) {
  return {
    seed: 'fixed',
    size: PORTRAIT_SIZE,
    head: [parts.head],
    face: [parts.face],
    skinColor: [colours.skin],
    clothingColor: [colours.clothes],
    headContrastColor: [colours.hair],
    facialHair: parts.facialHair ? [parts.facialHair] : [],
    facialHairProbability: parts.facialHair ? 100 : 0,
    accessories: parts.accessories ? [parts.accessories] : [],
    accessoriesProbability: parts.accessories ? 100 : 0,
    maskProbability: 0,
  } as Options;
}

/** The placeholder the kit holds for each colour. */
export const colourPlaceholder = (name: keyof PortraitColours) => `{${name}}`;

/** The portrait as SVG text, or null if the kit lacks one of its parts (a look no scenario gave anyone). */
export function composePortrait(kit: PortraitKit, parts: PortraitParts, colours: PortraitColours): string | null {
  let svg = kit.frame[0] ?? '';
  for (const [i, slot] of kit.order.entries()) {
    const part = kit.parts[slot][parts[slot]];
    if (part === undefined) return null;
    svg += part + (kit.frame[i + 1] ?? '');
  }
  for (const name of ['skin', 'clothes', 'hair'] as const) svg = svg.replaceAll(colourPlaceholder(name), colours[name]);
  return svg;
}

/** The same picture as a data URL, ready for an image loader. */
export function svgUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
