// Seeded random playthroughs: the same seed always makes the same choices, so a failing
// run in the story tests or the checker can be replayed exactly.
import { Encounter, MAX_SEED, type ScenarioBundle } from './encounter';

/** mulberry32: small, fast, and good enough to spread choices evenly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PlaythroughOptions {
  /** Stop after this many choices: a guard against loops with no way out. */
  maxChoices?: number;
  /** Called after every step, for checks that need to see each moment. */
  onStep?: (encounter: Encounter) => void;
  /**
   * An encounter of the same scenario to restart and play, instead of a new one: building the
   * story costs more than playing it through, and the story tests play thousands of runs.
   */
  reuse?: Encounter;
}

export function randomPlaythrough(bundle: ScenarioBundle, seed: number, options: PlaythroughOptions = {}): Encounter {
  const random = seededRandom(seed);
  const maxChoices = options.maxChoices ?? 500;
  const storySeed = seed % (MAX_SEED + 1);
  const encounter = options.reuse ?? Encounter.begin(bundle, storySeed);
  if (options.reuse) encounter.restart(storySeed);
  options.onStep?.(encounter);
  while (!encounter.ended && encounter.log.length < maxChoices) {
    const choices = encounter.choices;
    encounter.choose(choices[Math.floor(random() * choices.length)]!.index);
    options.onStep?.(encounter);
  }
  return encounter;
}
