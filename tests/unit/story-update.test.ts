// How a run saved before a content update is carried onto the new version, on the clinic
// fixture, whose every path is known: which edits keep a choice the same choice, and what is
// said for each way a path can be gone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Encounter, type ScenarioBundle } from '../../src/engine/encounter';
import type { PathGone } from '../../src/engine/read-problem';
import { SaveSlots, makeSave, saveKey } from '../../src/engine/save';
import { replayOnUpdatedStory } from '../../src/engine/story-update';
import { MemoryStore } from '../../src/platform/storage';
import { problemText } from '../../src/ui/problem-text';
import { compiledFrom } from '../story/story-edits';
import { fixtureBundle, fixtureStoryDir } from '../helpers';

const bundle = fixtureBundle();
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'asymmetry-clinic-update-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));
let copies = 0;

/** The clinic fixture with `edit` made to its ink: the next version of the scenario. */
function updated(edit: (ink: string) => string): ScenarioBundle {
  const dir = fixtureStoryDir(fs.mkdtempSync(path.join(temp, `v${copies++}-`)), ['scenarios/clinic']);
  const file = path.join(dir, 'scenarios', 'clinic', 'main.ink');
  const ink = fs.readFileSync(file, 'utf8');
  const changed = edit(ink);
  expect(changed, 'the edit changes the story').not.toBe(ink);
  fs.writeFileSync(file, changed);
  return compiledFrom(dir, 'clinic');
}

/** A slot holding the clinic run of these choices, saved on the version of today. */
function savedRun(choices: number[]): { slots: SaveSlots; store: MemoryStore; raw: string; run: Encounter } {
  const run = Encounter.begin(bundle, 321);
  for (const index of choices) run.choose(index);
  const store = new MemoryStore();
  const raw = JSON.stringify(makeSave(run, new Date('2026-12-07T12:00:00Z')));
  store.setItem(saveKey('clinic'), raw);
  return { slots: new SaveSlots(store), store, raw, run };
}

const goneFrom = (next: ScenarioBundle, choices: number[]) => savedRun(choices).slots.resume(next);

describe('a run saved before an update', () => {
  it('keeps a choice whose wording was edited, known by its debrief line, and goes on to the same ending', () => {
    const next = updated((ink) => ink.replace('[Let Sam finish #', '[Let Sam finish what they are saying #'));
    const resumed = goneFrom(next, [0]);
    expect(resumed).toMatchObject({ status: 'ok', updated: true });
    if (resumed.status !== 'ok') return;
    expect(resumed.encounter.log[0]!.offered.map((c) => c.text)).toEqual(['Let Sam finish what they are saying', 'Interrupt with a checklist']);
    resumed.encounter.choose(0);
    expect(resumed.encounter.ending).toBe('agreed');
  });

  it('once carried over and saved again, resumes on the new version as any save does', () => {
    const next = updated((ink) => ink.replace('What happens now?', 'So, what happens now?'));
    const { slots } = savedRun([1]);
    const first = slots.resume(next);
    expect(first).toMatchObject({ status: 'ok', updated: true });
    if (first.status !== 'ok') return;
    slots.write(first.encounter);
    const again = slots.resume(next);
    expect(again).toMatchObject({ status: 'ok', updated: false });
    if (again.status === 'ok') expect(again.encounter.currentLines.at(-1)?.text).toBe('So, what happens now?');
  });

  const gone: [string, (ink: string) => string, PathGone, RegExp][] = [
    [
      'a moment moved to another scene',
      (ink) => ink.replaceAll('plan', 'next_steps').replace('Offer a choice of next_steps', 'Offer a choice of next steps'),
      { turn: 1, choice: 'Offer a choice of next steps', change: 'moment' },
      /the moment where you chose “Offer a choice of next steps” \(your choice 2\) is no longer there/,
    ],
    [
      'a moment rewritten with other options',
      (ink) => ink.replace(/\[Offer a choice of next steps[^\]]*\]/, '[Ask what would fit their shifts # move: open-question # why: Sam says what would fit.]').replace(/\[Decide the plan yourself[^\]]*\]/, '[Book a review in a month # move: decide-for # why: Sam is booked in for a month, at a time nobody asked about.]'),
      { turn: 1, choice: 'Offer a choice of next steps', change: 'moment' },
      /the moment where you chose “Offer a choice of next steps” \(your choice 2\) is no longer there/,
    ],
    [
      'a story that now ends sooner',
      (ink) => ink.replace("night shifts. # speaker: sam\n    -> plan", "night shifts. # speaker: sam\n    -> wrap"),
      { turn: 1, choice: 'Offer a choice of next steps', change: 'ends-sooner' },
      /it now ends before the moment where you chose “Offer a choice of next steps” \(your choice 2\)/,
    ],
  ];

  it.each(gone)('is refused where its path is gone, %s, kept whole, and said in the learner’s terms', (_name, edit, where, said) => {
    const next = updated(edit);
    const { slots, store, raw } = savedRun([0, 0]);
    const resumed = slots.resume(next);
    expect(resumed).toEqual({ status: 'unusable', problem: { kind: 'story-changed', gone: where }, raw });
    if (resumed.status !== 'unusable') return;
    const text = problemText(resumed.problem, 'save');
    expect(text).toMatch(said);
    expect(text).toMatch(/^This scenario has been updated since you played this run, and .*, so the run cannot go on in the new version\.$/);
    expect(store.getItem(saveKey('clinic'))).toBe(raw);
  });

  it('says an option taken away at a moment still there as that option', () => {
    const next = updated((ink) => ink.replace('* [Decide the plan yourself', '* {false} [Decide the plan yourself'));
    const resumed = goneFrom(next, [1, 1]);
    expect(resumed).toMatchObject({ status: 'unusable', problem: { kind: 'story-changed', gone: { turn: 1, choice: 'Decide the plan yourself', change: 'option' } } });
    if (resumed.status === 'unusable') expect(problemText(resumed.problem, 'save')).toContain('the option you took at your choice 2, “Decide the plan yourself”, is no longer offered');
  });

  it('refuses a log whose choice names no option offered as damaged, not as an update', () => {
    const { run } = savedRun([0]);
    const log = [{ ...run.log[0]!, chosen: 7 }];
    expect(replayOnUpdatedStory(bundle, run.seed, log)).toEqual({ ok: false, problem: { kind: 'damaged', field: 'choice-order' } });
    expect(replayOnUpdatedStory(bundle, -4, run.log)).toEqual({ ok: false, problem: { kind: 'damaged', field: 'story-state' } });
  });
});
