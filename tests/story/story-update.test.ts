// A content update must not strand a run part-way through. For every scenario, a random run
// saved part-way is resumed on an edited copy of its story: where the edit keeps its path (lines
// reworded and added, which moves ink's paths to the choices), it carries on with the same
// choices to the same ending; where the edit takes away an option it took, the save is refused
// with the moment that is gone, and kept whole.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleOf, buildCatalog } from '../../build/scenario-catalog';
import { Encounter, MAX_SEED, type ScenarioBundle } from '../../src/engine/encounter';
import type { LogEntry } from '../../src/engine/run-log';
import { SaveSlots, makeSave, saveKey } from '../../src/engine/save';
import { MemoryStore } from '../../src/platform/storage';
import { problemText } from '../../src/ui/problem-text';
import { STORY_DIR } from '../helpers';
import { REWORDED, compiledFrom, editedStoryDir, rewordLines, withoutOption } from './story-edits';

const catalog = buildCatalog(STORY_DIR);
const bundles: ScenarioBundle[] = catalog.scenarios.map((s) => bundleOf(s, catalog.taxonomy!));
const NOW = new Date('2026-12-07T12:00:00Z');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'asymmetry-update-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const taken = (entry: LogEntry) => entry.offered.find((c) => c.index === entry.chosen)!.text;

/** A random run of the scenario, played to its end: a seed, and picks taken modulo the options offered. */
function randomRun(bundle: ScenarioBundle, index: number): Encounter {
  const [seed, picks] = fc.sample(fc.tuple(fc.integer({ min: 0, max: MAX_SEED }), fc.array(fc.nat(), { minLength: 1, maxLength: 40 })), { seed: 20_261_207 + index, numRuns: 1 })[0]!;
  const run = Encounter.begin(bundle, seed);
  while (!run.ended) run.choose(run.choices[picks[run.log.length % picks.length]! % run.choices.length]!.index);
  return run;
}

/** The same run stopped after its first `turns` choices, as the autosave keeps it then. */
function savedAfter(bundle: ScenarioBundle, run: Encounter, turns: number): { slots: SaveSlots; store: MemoryStore; raw: string } {
  const part = Encounter.begin(bundle, run.seed);
  for (const entry of run.log.slice(0, turns)) part.choose(entry.chosen);
  const store = new MemoryStore();
  const raw = JSON.stringify(makeSave(part, NOW));
  store.setItem(saveKey(bundle.meta.id), raw);
  return { slots: new SaveSlots(store, () => NOW), store, raw };
}

/** The story's words as ink wrote them, one per line, for finding an option's source line. */
const inkOf = (id: string) => fs.readFileSync(path.join(STORY_DIR, 'scenarios', id, 'main.ink'), 'utf8');

describe.each(bundles.map((b, i) => [b.meta.id, b, i] as const))('a run of %s saved before an update', (id, bundle, index) => {
  const run = randomRun(bundle, index);
  const turns = Math.max(1, Math.floor(run.log.length / 2));

  it('resumes on a version whose edits keep its path: the same choices, then the same ending', () => {
    let edited = 0;
    const dir = path.join(temp, `${id}-kept`);
    editedStoryDir(dir, id, (ink) => {
      const result = rewordLines(ink, run.transcript.map((l) => l.text));
      edited = result.edited;
      return result.ink;
    });
    expect(edited, 'lines of the run reworded').toBeGreaterThan(2);
    const updated = compiledFrom(dir, id);
    expect(updated.storyVersion).not.toBe(bundle.storyVersion);

    const { slots } = savedAfter(bundle, run, turns);
    const resumed = slots.resume(updated);
    if (resumed.status !== 'ok') throw new Error(`did not resume: ${resumed.status === 'unusable' ? problemText(resumed.problem, 'save') : resumed.status}`);
    expect(resumed.updated).toBe(true);
    const carried = resumed.encounter;
    expect(carried.seed).toBe(run.seed);
    expect(carried.storyVersion).toBe(updated.storyVersion);
    expect(carried.log.map(taken)).toEqual(run.log.slice(0, turns).map(taken));

    for (const entry of run.log.slice(turns)) carried.choose(carried.choices.find((c) => c.text === taken(entry))!.index);
    expect(carried.log.map(taken)).toEqual(run.log.map(taken));
    expect(carried.ended).toBe(true);
    expect(carried.ending).toBe(run.ending);
    expect(carried.variables).toEqual(run.variables);
    // It is the new story that is playing, and ink's paths to the choices moved under it.
    expect(carried.transcript.some((l) => l.text.endsWith(REWORDED))).toBe(true);
    expect(carried.log.some((entry, turn) => entry.path !== run.log[turn]!.path), 'some choice sits at another path').toBe(true);
  });

  it('is refused, and kept whole, on a version without an option it took: the moment is named', () => {
    const ink = inkOf(id);
    // The first choice it made among several whose option is written once in the story.
    const turn = run.log.slice(0, turns).findIndex((entry) => entry.offered.length > 1 && withoutOption(ink, taken(entry)) !== null && run.log.findIndex((e) => taken(e) === taken(entry)) === entry.turn);
    expect(turn, 'a choice to take away').toBeGreaterThanOrEqual(0);
    const choice = taken(run.log[turn]!);
    const dir = path.join(temp, `${id}-gone`);
    editedStoryDir(dir, id, (text) => withoutOption(text, choice)!);
    const updated = compiledFrom(dir, id);

    const { slots, store, raw } = savedAfter(bundle, run, turns);
    const resumed = slots.resume(updated);
    expect(resumed).toEqual({ status: 'unusable', problem: { kind: 'story-changed', gone: { turn, choice, change: 'option' } }, raw });
    if (resumed.status !== 'unusable') return;
    const said = problemText(resumed.problem, 'save');
    expect(said).toContain(`the option you took at your choice ${turn + 1}, “${choice}”, is no longer offered`);
    expect(said).toMatch(/^This scenario has been updated since you played this run, and .* so the run cannot go on in the new version\.$/);
    expect(store.getItem(saveKey(id))).toBe(raw);
    const kept = slots.setAside(id)!;
    expect(store.getItem(kept)).toBe(raw);
  });
});
