// Cuts DiceBear's Open Peeps drawings into the kit the game builds portraits from
// (src/scenes/portrait.ts), so that neither DiceBear nor the parts nobody wears ship.
// Where each slot sits is found from DiceBear's own output, not from knowledge of its
// internals: drawings that differ in one slot only differ in one stretch of text. The kit is
// then checked to give, for every look and mood it is made for, exactly DiceBear's drawing.
import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';
import type { Look } from '../src/engine/appearance.ts';
import { MOODS, type Mood } from '../src/engine/tags.ts';
import {
  FACES,
  PORTRAIT_SLOTS,
  colourPlaceholder,
  composePortrait,
  coloursOf,
  partsOf,
  portraitOptions,
  type PortraitColours,
  type PortraitKit,
  type PortraitParts,
  type PortraitSlot,
} from '../src/scenes/portrait.ts';

/** DiceBear's drawing of these parts in these colours. */
export function drawPortrait(parts: PortraitParts, colours: PortraitColours): string {
  return createAvatar(openPeeps, portraitOptions(parts, colours)).toString();
}

export function renderPortrait(look: Look, mood: Mood): string {
  return drawPortrait(partsOf(look, mood), coloursOf(look));
}

// Stand-ins drawn where each colour goes, then swapped for placeholders: no Open Peeps line
// is drawn in them (if one were, the check at the end would fail).
const STAND_INS: PortraitColours = { skin: '0a0b0c', clothes: '0d0e0f', hair: '0c0d0e' };

function commonPrefix(texts: string[]): number {
  const first = texts[0] ?? '';
  let n = 0;
  while (n < first.length && texts.every((t) => t[n] === first[n])) n++;
  return n;
}

function commonSuffix(texts: string[]): number {
  const reversed = texts.map((t) => [...t].reverse().join(''));
  return commonPrefix(reversed);
}

/** Every value DiceBear offers for a slot. */
function offered(slot: PortraitSlot): string[] {
  const properties = openPeeps.schema.properties as Record<string, { items?: { enum?: string[] } }>;
  return properties[slot]?.items?.enum ?? [];
}

export class PortraitKitError extends Error {}

/** The kit for these looks, in every mood. */
export function makeKit(looks: readonly Look[]): PortraitKit {
  if (looks.length === 0) return { order: [], frame: [''], parts: { head: {}, face: {}, facialHair: {}, accessories: {} } };
  const used = (slot: PortraitSlot) => [...new Set(looks.flatMap((look) => MOODS.map((mood) => partsOf(look, mood)[slot])))].sort();
  const base = partsOf(looks[0]!, MOODS[0]);
  const draw = (parts: PortraitParts) =>
    drawPortrait(parts, STAND_INS).replaceAll(STAND_INS.skin, colourPlaceholder('skin')).replaceAll(STAND_INS.clothes, colourPlaceholder('clothes')).replaceAll(STAND_INS.hair, colourPlaceholder('hair'));
  const whole = draw(base);

  const cuts = PORTRAIT_SLOTS.map((slot) => {
    const values = used(slot);
    // One more value than the cast wears, so that even a slot everyone fills alike is located.
    const extra = [...offered(slot), ''].find((v) => !values.includes(v));
    if (extra === undefined) throw new PortraitKitError(`DiceBear offers no other ${slot} to compare with`);
    const drawings = new Map([...values, extra].map((value) => [value, draw({ ...base, [slot]: value })]));
    const texts = [...drawings.values()];
    const start = commonPrefix(texts);
    const end = commonSuffix(texts.map((t) => t.slice(start)));
    const parts = Object.fromEntries(values.map((v) => [v, drawings.get(v)!.slice(start, drawings.get(v)!.length - end)]));
    return { slot, start, end: whole.length - end, parts };
  }).sort((a, b) => a.start - b.start);

  const frame: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut.start < at) throw new PortraitKitError(`the ${cut.slot} overlaps another part of the drawing`);
    frame.push(whole.slice(at, cut.start));
    at = cut.end;
  }
  frame.push(whole.slice(at));
  const kit: PortraitKit = {
    order: cuts.map((c) => c.slot),
    frame,
    parts: Object.fromEntries(cuts.map((c) => [c.slot, c.parts])) as PortraitKit['parts'],
  };

  for (const look of looks) {
    for (const mood of MOODS) {
      if (composePortrait(kit, partsOf(look, mood), coloursOf(look)) !== renderPortrait(look, mood)) {
        throw new PortraitKitError(`the kit does not redraw ${JSON.stringify(look)} looking ${mood} as DiceBear does (${FACES[mood]})`);
      }
    }
  }
  return kit;
}
