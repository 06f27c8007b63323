import { describe, expect, it } from 'vitest';
import { balancedSeeds } from '../../build/balanced-seeds';
import { seededRandom } from '../../src/engine/random-play';

// A story whose seed draws a patient who wants to decide 70% of the time, and a late clinic 1 in 6.
const variantOf = (seed: number) => ({ wants: seed % 10 < 7 ? 1 : 2, late: seed % 6 === 0 ? 1 : 0 });

describe('the seeds the checker explores', () => {
  it('meet each value of each variation variable about equally, however lopsided the draw', () => {
    const seeds = balancedSeeds(12, 99_999, seededRandom(3), variantOf);
    expect(new Set(seeds).size).toBe(12);
    const count = (test: (v: ReturnType<typeof variantOf>) => boolean) => seeds.filter((s) => test(variantOf(s))).length;
    // Within one of half each; the first twelve seeds of the same draw never met the late clinic.
    expect(Math.abs(count((v) => v.wants === 1) - 6)).toBeLessThanOrEqual(1);
    expect(Math.abs(count((v) => v.late === 1) - 6)).toBeLessThanOrEqual(1);
    const draw = seededRandom(3);
    const plain = Array.from({ length: 12 }, () => 1 + Math.floor(draw() * 99_999));
    expect(plain.filter((s) => variantOf(s).late === 1).length).toBeLessThan(count((v) => v.late === 1));
  });

  it('are the same for the same draw, so a finding names a seed anyone can replay', () => {
    expect(balancedSeeds(12, 99_999, seededRandom(3), variantOf)).toEqual(balancedSeeds(12, 99_999, seededRandom(3), variantOf));
  });
});
