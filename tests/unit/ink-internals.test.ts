// The one module that reaches into inkjs (src/engine/ink/ink-internals.ts) must know the
// engine it is given, decline plainly on any other, watch only the stories it is asked to, and
// make the memo pay off on every shipped scenario and on choices whose text carries `[...]`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../build/ink-compile';
import { buildCatalog, bundleOf } from '../../build/scenario-catalog';
import { analyseChoicePoints } from '../../src/engine/analysis/counterfactuals';
import { INKJS_WRITTEN_FOR, InkInternals, type InkWatcher } from '../../src/engine/ink/ink-internals';
import { Stepper, type StepInfo } from '../../src/engine/ink/story-stepper';
import { TransitionMemo } from '../../src/engine/ink/transition-memo';
import { randomPlaythrough, seededRandom } from '../../src/engine/random-play';
import type { ScenarioBundle } from '../../src/engine/encounter';
import { ROOT, STORY_DIR, fixtureBundle } from '../helpers';

function compile(source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ink-internals-'));
  const file = path.join(dir, 'main.ink');
  fs.writeFileSync(file, source);
  const { json, diagnostics } = compileInk(file, {});
  if (!json) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return json;
}

const PLAIN = compile('VAR trust = 50\nHello.\n* [Go]\n  ~ trust = trust + 1\n  Gone.\n- -> END\n');

/** Random playthroughs with the memo and without; the steps must be the same, and the memo's share of replays is returned. */
function replayShare(bundle: ScenarioBundle, runs: number): number {
  const memo = new Stepper(bundle, [], true);
  const ink = new Stepper(bundle, [], false);
  const random = seededRandom(11);
  const seen = ({ state: _s, place: _p, ...rest }: StepInfo) => rest;
  for (let run = 0; run < runs; run++) {
    let a = memo.restart();
    let b = ink.restart();
    for (let guard = 0; !a.ended && guard < 200; guard++) {
      expect(seen(a)).toEqual(seen(b));
      const i = Math.floor(random() * a.choices.length);
      a = memo.play(a, a.choices[i]!);
      b = ink.play(b, b.choices[i]!);
    }
    expect(seen(a)).toEqual(seen(b));
  }
  expect(ink.plays.replayed).toBe(0);
  return memo.plays.replayed / memo.plays.total;
}

describe('the inkjs adapter', () => {
  it('was written for the inkjs that is installed (an upgrade must be checked against it, then this changed)', () => {
    const installed = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'inkjs', 'package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(INKJS_WRITTEN_FOR);
  });

  it('works on the inkjs it knows', () => {
    expect(InkInternals.of(new Story(PLAIN), PLAIN)).toBeInstanceOf(InkInternals);
  });

  it('declines, saying why, on an engine that reads another ink format or lacks a method it wraps', () => {
    class Newer extends Story {
      static override inkVersionCurrent = 22;
    }
    expect(new TransitionMemo(new Newer(PLAIN), PLAIN).declined).toEqual({ why: 'engine', detail: 'it reads ink format 22, not 21' });
    class Reworked extends Story {}
    Object.defineProperty(Reworked.prototype, 'NextSequenceShuffleIndex', { value: undefined });
    const reworked = new TransitionMemo(new Reworked(PLAIN), PLAIN);
    expect(reworked.declined).toEqual({ why: 'engine', detail: 'it has no NextSequenceShuffleIndex()' });
    expect(reworked.placeNow()).toBe(-1);
  });

  it('tells a watcher only about the story it watches', () => {
    const watched = new Story(PLAIN);
    const other = new Story(PLAIN);
    const ink = InkInternals.of(watched, PLAIN) as InkInternals;
    const heard: string[] = [];
    const watcher: InkWatcher = {
      globalRead: (_v, name) => heard.push(`read ${name}`),
      globalWritten: (_v, name) => heard.push(`wrote ${name}`),
      snapshot: () => heard.push('snapshot'),
      restoreSnapshot: () => heard.push('restore'),
      shuffled: () => heard.push('shuffled'),
      countRead: (p) => heard.push(`count ${p}`),
      entered: (p) => heard.push(`entered ${p}`),
    };
    ink.watching(watcher, () => {
      other.ContinueMaximally();
      other.ChooseChoiceIndex(0);
      other.ContinueMaximally();
    });
    expect(heard).toEqual([]);
    watched.ContinueMaximally();
    ink.watching(watcher, () => {
      watched.ChooseChoiceIndex(0);
      watched.ContinueMaximally();
    });
    expect(heard).toContain('read trust');
    expect(heard).toContain('wrote trust');
    // Outside watching(), nothing is heard even from the story it watched.
    const before = heard.length;
    watched.ResetState();
    watched.ContinueMaximally();
    expect(heard.length).toBe(before);
  });
});

describe('the memo on choices with [...] text', () => {
  // `* Ask[.] about the pain` makes ink keep the choice's return address in a temporary (a
  // divert target, `$r`): keyed by the path it points to, such places can be replayed.
  const source = `VAR trust = 50
VAR autonomy = 50
VAR clock = 0
-> ward
=== ward ===
The ward is quiet.
+ Ask[. # move: let-finish # why: Sam says where it hurts.] about the pain.
  ~ trust = MIN(trust + 1, 56)
  -> ward
+ Wait[ # move: let-finish # why: Sam has time to think.] for a while.
  -> ward
+ {trust > 53} Leave[. # move: decide-for # why: Sam is left with the plan.] now.
  -> END
`;
  it('replays most steps, and changes nothing', () => {
    const json = compile(source);
    expect(json).toContain('"$r"');
    // The clinic fixture's meta tracks the variables this story declares.
    const share = replayShare({ ...fixtureBundle(), storyJson: json }, 300);
    expect(share).toBeGreaterThan(0.9);
  });
});

describe('the memo on the shipped scenarios, as the game builds them', () => {
  const catalog = buildCatalog(STORY_DIR);
  it.each(catalog.scenarios.map((s) => [s.meta.id, s] as const))('%s: it does not decline', (_id, scenario) => {
    const bundle = bundleOf(scenario, catalog.taxonomy!);
    const memo = new TransitionMemo(new Story(bundle.storyJson), bundle.storyJson);
    expect(memo.declined).toBeNull();
    expect(memo.knowsShift).toBe(true);
  });

  it('gives the same debrief analysis with and without it', async () => {
    const exact: boolean[] = [];
    for (const bundle of [fixtureBundle(), bundleOf(catalog.scenarios.find((s) => s.meta.id === 'carlos')!, catalog.taxonomy!)]) {
      const run = randomPlaythrough(bundle, 4);
      // Smaller limits than the game's keep plain ink's run short; both ways of finding odds are still used.
      const limits = { exactBudget: 12, samples: 6, seed: 2 };
      const withMemo = await analyseChoicePoints(bundle, run.log, run.seed, { limits });
      const plain = await analyseChoicePoints(bundle, run.log, run.seed, { limits, memo: false });
      exact.push(...withMemo.flatMap((p) => p.options.map((o) => o.endings.exact)));
      expect(withMemo).toEqual(plain);
    }
    expect(exact).toContain(true);
    expect(exact).toContain(false);
  });
});
