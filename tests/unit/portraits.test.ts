// Portraits are drawn by DiceBear at build time and put together in the game from a kit of
// the parts the casts wear: the kit must redraw DiceBear's pictures exactly, for the casts
// and for new combinations of their parts, and refuse a part it does not hold.
import { describe, expect, it } from 'vitest';
import { makeKit, renderPortrait } from '../../build/portrait-kit';
import { castLooks } from '../../build/vite-plugin-portraits';
import type { Look } from '../../src/engine/appearance';
import { MOODS } from '../../src/engine/tags';
import { composePortrait, coloursOf, partsOf } from '../../src/scenes/portrait';

const looks = castLooks('story');
const kit = makeKit(looks);
const compose = (look: Look, mood: (typeof MOODS)[number]) => composePortrait(kit, partsOf(look, mood), coloursOf(look));

describe('the portrait kit', () => {
  it('draws every cast member in every mood exactly as DiceBear does', () => {
    expect(looks.length).toBeGreaterThan(20);
    for (const look of looks) for (const mood of MOODS) expect(compose(look, mood)).toBe(renderPortrait(look, mood));
  });

  it('draws new combinations of the parts it holds as DiceBear does: one person’s hair, another’s glasses and beard, a third’s colours', () => {
    const bearded = looks.find((l) => l.facialHair)!;
    const glasses = looks.find((l) => l.glasses && l.hair !== bearded.hair)!;
    const other = looks.find((l) => l.skin !== bearded.skin && l.clothes !== bearded.clothes)!;
    const mixed: Look = { hair: glasses.hair, glasses: glasses.glasses, facialHair: bearded.facialHair, skin: other.skin, clothes: other.clothes, hairColour: '#7a3b1f' };
    expect(looks).not.toContainEqual(mixed);
    for (const mood of MOODS) expect(compose(mixed, mood)).toBe(renderPortrait(mixed, mood));
  });

  it('gives no picture for a part no cast member wears, rather than a wrong one', () => {
    const worn = new Set(looks.map((l) => l.hair));
    const unworn = (['mohawk', 'hatHip', 'bear', 'turban', 'afro'] as Look['hair'][]).find((h) => !worn.has(h))!;
    expect(compose({ ...looks[0]!, hair: unworn }, 'neutral')).toBeNull();
  });

  it('holds only what the casts wear', () => {
    expect(Object.keys(kit.parts.head).sort()).toEqual([...new Set(looks.map((l) => l.hair))].sort());
  });
});
