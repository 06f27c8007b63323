// Node side of the library test: for every ending a scenario declares, a seed and the number
// keys that reach it, found with the engine at test time (the stories change under the test,
// so no path is written down). Each test compiles only its own scenario: compiling the whole
// library in every worker would cost more than the search.
import fs from 'node:fs';
import path from 'node:path';
import { loadScenarioMeta, storyPaths } from '../../build/scenario-catalog';
import { Stepper, type StepInfo } from '../../src/engine/ink/story-stepper';
import type { ScenarioBundle } from '../../src/engine/encounter';
import { seededRandom } from '../../src/engine/random-play';
import type { OfferedChoice } from '../../src/engine/run-log';
import type { ScenarioMeta } from '../../src/engine/scenario-meta';
import { stakesOf } from '../../src/engine/stakes';
import { STORY_DIR } from '../helpers';

/** One choice point on the way: what the page should offer, and the option the key picks. */
export interface PathStep {
  offered: string[];
  key: number;
  chosen: OfferedChoice;
}

export interface EndingPath {
  ending: string;
  title: string;
  seed: number;
  steps: PathStep[];
}

export interface ScenarioEndings {
  title: string;
  paths: EndingPath[];
  /** Endings the search did not reach: a test failure, not a skip. */
  unreached: string[];
}

/** Every scenario folder in the library, read without compiling: the list of tests to run. */
export function libraryScenarioIds(): string[] {
  const dir = storyPaths(STORY_DIR).scenarios;
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/**
 * The two scenarios whose debriefs hold the most (the view is the same code for every scenario;
 * what fills it differs): the most stakes (rows and lines in the charts) and, of the others, the
 * most variables drawn from the seed (the variant list). Read from the metadata, without compiling.
 */
export function fullestDebriefs(): string[] {
  const dir = storyPaths(STORY_DIR).scenarios;
  const metas = libraryScenarioIds().flatMap((id) => loadScenarioMeta(path.join(dir, id), []) ?? []);
  const most = (among: readonly ScenarioMeta[], count: (meta: ScenarioMeta) => number) => [...among].sort((a, b) => count(b) - count(a) || a.id.localeCompare(b.id))[0]!;
  const stakes = most(metas, (meta) => stakesOf(meta).length);
  const drawn = most(
    metas.filter((meta) => meta !== stakes),
    (meta) => meta.variation?.length ?? 0,
  );
  return [stakes.id, drawn.id];
}

const MAX_CHOICES = 200;

/**
 * One playthrough per seed from 1 to `seeds` (each seed draws another variant), until every
 * ending has been reached. At each choice point it takes the option least tried from the same
 * place in the story (ties at random), so rare branches are reached in tens of playthroughs
 * rather than thousands. It steps with the story checker's stepper, which drives the game's
 * story driver but replays choices met before instead of running ink again; the page then
 * plays the path with the game itself, and the test checks the two agree at every step.
 */
export function findEndingPaths(bundle: ScenarioBundle, seeds = 400): ScenarioEndings {
  const { endings } = bundle.meta;
  const found = new Map<string, EndingPath>();
  const tried = new Map<string, number>();
  const random = seededRandom(1);
  const stepper = new Stepper(bundle, [], true, 1);
  const leastTried = (step: StepInfo): number => {
    if (step.place < 0) return Math.floor(random() * step.choices.length);
    const counts = step.choices.map((_, i) => tried.get(`${step.place}:${i}`) ?? 0);
    const fewest = Math.min(...counts);
    const candidates = counts.flatMap((count, i) => (count === fewest ? [i] : []));
    const pick = candidates[Math.floor(random() * candidates.length)]!;
    tried.set(`${step.place}:${pick}`, fewest + 1);
    return pick;
  };
  for (let seed = 1; seed <= seeds && found.size < endings.length; seed++) {
    let step = stepper.reseed(seed);
    const trail: { offered: readonly OfferedChoice[]; position: number }[] = [];
    while (!step.ended && trail.length < MAX_CHOICES) {
      const position = leastTried(step);
      trail.push({ offered: step.choices, position });
      step = stepper.play(step, step.choices[position]!);
    }
    const ending = endings.find((e) => e.id === step.ending);
    if (!step.ended || !ending || found.has(ending.id)) continue;
    const steps = trail.map(({ offered, position }) => ({ offered: offered.map((o) => o.text), key: position + 1, chosen: offered[position]! }));
    found.set(ending.id, { ending: ending.id, title: ending.title, seed, steps });
  }
  return {
    title: bundle.meta.title,
    paths: endings.flatMap((e) => found.get(e.id) ?? []),
    unreached: endings.filter((e) => !found.has(e.id)).map((e) => e.id),
  };
}
