// The story checker's transition memo replays what ink did for a choice instead of running
// ink again. It must never change what the checker sees: these tests play the same seeded
// choices with and without it and expect the same at every step, on a story built to trip a
// memo that remembers too little and on every scenario in the library.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Story } from 'inkjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileInk } from '../../build/ink-compile';
import { buildCatalog, bundleOf } from '../../build/scenario-catalog';
import { DEFAULT_CHECK, SourceIndex, checkScenario, formatReport } from '../../build/story-checker';
import { Stepper, type StepInfo } from '../../src/engine/ink/story-stepper';
import { TransitionMemo } from '../../src/engine/ink/transition-memo';
import type { ScenarioBundle } from '../../src/engine/encounter';
import { seededRandom } from '../../src/engine/random-play';
import { StoryDriver } from '../../src/engine/story-driver';
import { STORY_DIR, compileFixture } from '../helpers';

/** Everything the checker reads from a step; the kept state and the memo's place are bookkeeping. */
const seen = ({ state: _state, place: _place, ...rest }: StepInfo) => rest;

/**
 * Plays `runs` seeded random playthroughs with the memo and without, side by side. Returns the
 * first step where they differ (null if none) and how many steps were played.
 */
function playBoth(bundle: ScenarioBundle, files: readonly string[], runs: number, seed = 0) {
  const knots = new SourceIndex(files).knots.map((k) => k.name);
  const memo = new Stepper(bundle, knots, true, seed);
  const ink = new Stepper(bundle, knots, false, seed);
  const random = seededRandom(3);
  let steps = 0;
  for (let run = 0; run < runs; run++) {
    let a = memo.restart();
    let b = ink.restart();
    const route: number[] = [];
    for (;;) {
      if (!isDeepStrictEqual(seen(a), seen(b))) return { route, memo: seen(a), ink: seen(b), steps };
      if (a.ended || route.length > 60) break;
      const choice = Math.floor(random() * a.choices.length);
      route.push(choice);
      a = memo.play(a, a.choices[choice]!);
      b = ink.play(b, b.choices[choice]!);
      steps++;
    }
  }
  return { route: null, steps };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the transition memo', () => {
  const traps = () => compileFixture('scenarios/replay-traps', { countAllVisits: true });

  it('changes nothing the checker sees, step by step, on a story built to trip it', () => {
    const { bundle, files } = traps();
    const result = playBoth(bundle!, files, 1500);
    expect(result.route, JSON.stringify(result, null, 1)).toBeNull();
    expect(result.steps).toBeGreaterThan(10_000);
  });

  it('spares ink most of the work once the situations repeat', () => {
    const { bundle, files } = traps();
    const knots = new SourceIndex(files).knots.map((k) => k.name);
    const count = (memo: boolean) => {
      const ran = vi.spyOn(StoryDriver.prototype, 'runToChoice');
      const stepper = new Stepper(bundle!, knots, memo);
      const random = seededRandom(5);
      for (let run = 0; run < 500; run++) {
        let info = stepper.restart();
        while (!info.ended) info = stepper.play(info, info.choices[Math.floor(random() * info.choices.length)]!);
      }
      const calls = ran.mock.calls.length;
      ran.mockRestore();
      return calls;
    };
    const withMemo = count(true);
    const without = count(false);
    expect(withMemo).toBeLessThan(without / 4);
  });

  it('gives the same report with and without it, findings included', () => {
    for (const name of ['broken/dead-end', 'broken/out-of-range', 'broken/unreached-knot', 'scenarios/replay-traps']) {
      const { bundle, files } = compileFixture(name, { countAllVisits: true });
      // All but the timing and the memo's own line, which says what it did.
      const report = (memo: boolean) => formatReport(checkScenario(bundle!, files, { ...DEFAULT_CHECK, exactBudget: 0, playthroughs: 400, memo })).replace(/\(.*?\/s;/, '(').replace(/ in [\d.]+ s\n/, '\n');
      const [withMemo, without] = [report(true), report(false)];
      expect(withMemo).toMatch(/transition memo: \d+% of [\d,]+ choices replayed/);
      expect(without).toContain('transition memo: turned off; ink played all');
      const strip = (r: string) => r.replace(/ {2}transition memo: .*\n/, '');
      expect(strip(withMemo), name).toBe(strip(without));
    }
  });

  it('stays out of stories that count turns or use lists, whose state it does not watch, and knows only the library shift()', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memo-'));
    const compile = (source: string) => {
      const file = path.join(dir, 'main.ink');
      fs.writeFileSync(file, source);
      const { json, diagnostics } = compileInk(file, { countAllVisits: true });
      if (!json) throw new Error(diagnostics.map((d) => d.message).join('\n'));
      return json;
    };
    const plain = compile('Hello.\n* [Go] Gone.\n- -> END\n');
    const library = compile(`INCLUDE ${path.join(STORY_DIR, 'lib', 'power.ink')}\nVAR trust = 50\nHello.\n* [Go]\n  ~ shift(trust, 5)\n- -> END\n`);
    const otherShift = compile('VAR trust = 50\nHello.\n* [Go]\n  ~ shift(trust, 5)\n- -> END\n=== function shift(ref variable, delta)\n~ variable = MAX(0, MIN(90, variable + delta))\n');
    const turns = compile('Hello.\n* [Go] {TURNS_SINCE(-> here)}\n- -> here\n= here\n-> END\n');
    const lists = compile('LIST mood = calm, angry\nVAR m = calm\nHello.\n* [Go] {m}\n- -> END\n');
    expect(new TransitionMemo(new Story(plain), plain).declined).toBeNull();
    // shift() is replayed as a shift only when it is the library's own, whose effect is known.
    expect(new TransitionMemo(new Story(library), library).knowsShift).toBe(true);
    expect(new TransitionMemo(new Story(otherShift), otherShift).knowsShift).toBe(false);
    expect(new TransitionMemo(new Story(turns), turns).declined).toEqual({ why: 'turns' });
    expect(new TransitionMemo(new Story(lists), lists).declined).toEqual({ why: 'lists' });
  });
});

describe('one memo for every seed', () => {
  it('replays across seeds only what drew nothing at random, and changes nothing the checker sees', () => {
    const { bundle, files } = compileFixture('scenarios/variants', { countAllVisits: true });
    const knots = new SourceIndex(files).knots.map((k) => k.name);
    const memo = new Stepper(bundle!, knots, true, 1);
    const seeds = [1, 2, 3, 40_000, 77_777];
    const ink = new Map(seeds.map((seed) => [seed, new Stepper(bundle!, knots, false, seed)]));
    const random = seededRandom(9);
    for (let run = 0; run < 200; run++) {
      const seed = seeds[run % seeds.length]!;
      let a = memo.reseed(seed);
      let b = ink.get(seed)!.restart();
      while (!a.ended) {
        expect(seen(a)).toEqual(seen(b));
        const choice = Math.floor(random() * a.choices.length);
        a = memo.play(a, a.choices[choice]!);
        b = ink.get(seed)!.play(b, b.choices[choice]!);
      }
      expect(seen(a)).toEqual(seen(b));
    }
  });
});

describe('the transition memo on the library', () => {
  const catalog = buildCatalog(STORY_DIR, { countAllVisits: true });
  it.each(catalog.scenarios.map((s) => [s.meta.id, s] as const))('%s: the same at every step with and without it', (_id, scenario) => {
    const bundle = bundleOf(scenario, catalog.taxonomy!);
    expect(new TransitionMemo(new Story(bundle.storyJson), bundle.storyJson).knowsShift).toBe(true);
    // Three story seeds: each variant is its own run of the memo, as in the checker.
    for (const seed of [1, 2, 3]) {
      const result = playBoth(bundle, scenario.files.filter((f) => f.endsWith('.ink')), 50, seed);
      expect(result.route, `seed ${seed}: ${JSON.stringify(result, null, 1)}`).toBeNull();
    }
  });
});
