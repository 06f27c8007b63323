// The hostile saves in tests/fixtures/hostile/saves (README there): each, found in the clinic
// fixture's slot beside other things the device keeps, is refused with a plain reason on the
// menu and on resume, is kept whole when set aside, and leaves everything else as it was.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunStore } from '../../src/app/run-store';
import { Encounter } from '../../src/engine/encounter';
import type { ReadProblem } from '../../src/engine/read-problem';
import { SAVE_MAX_CHARS, SaveSlots, makeSave, saveKey } from '../../src/engine/save';
import { MemoryStore } from '../../src/platform/storage';
import { problemText } from '../../src/ui/problem-text';
import { fixtureBundle } from '../helpers';

const bundle = fixtureBundle();
const DIR = path.join(import.meta.dirname, '../fixtures/hostile/saves');

/** A fixture's text; one marked "current" is made for the clinic fixture as it is now, so only its other damage shows. */
function fixture(name: string): string {
  return readFileSync(path.join(DIR, name), 'utf8').replace('"storyVersion": "current"', `"storyVersion": "${bundle.storyVersion}"`);
}

const STORY_STATE = /^The saved game is damaged \(its story state does not fit this scenario\)/;
const DAMAGED = /^The saved game is damaged \(/;

const cases: [file: string, problem: ReadProblem['kind'], field: string | null, message: RegExp][] = [
  ['truncated.json', 'unreadable', null, DAMAGED],
  ['markup.json', 'unreadable', null, DAMAGED],
  ['empty.json', 'unreadable', null, DAMAGED],
  ['array.json', 'wrong-kind', null, /damaged \(it is not an Asymmetry save\)/],
  ['results-file.json', 'wrong-kind', null, /damaged \(it is not an Asymmetry save\)/],
  ['older-schema.json', 'older-version', null, /older version of Asymmetry/],
  ['newer-schema.json', 'newer-version', null, /newer version of Asymmetry/],
  ['wrong-types.json', 'damaged', 'scenarioId', DAMAGED],
  ['huge-numbers.json', 'damaged', 'encounter.transcript.0.turn', DAMAGED],
  ['other-scenario.json', 'other-scenario', null, /another scenario \(“twelve-seconds”\)/],
  ['markup-scenario.json', 'other-scenario', null, /another scenario \(“<img src=x onerror=alert\(1\)>”\)/],
  ['ink-no-save-version.json', 'damaged', 'story-state', STORY_STATE],
  ['ink-too-old.json', 'damaged', 'story-state', STORY_STATE],
  ['ink-not-json.json', 'damaged', 'story-state', STORY_STATE],
  ['ink-deeply-nested.json', 'damaged', 'story-state', STORY_STATE],
  ['ink-unknown-knot.json', 'damaged', 'story-state', STORY_STATE],
  ['transcript-ahead.json', 'damaged', 'story-state', STORY_STATE],
];

/** Saves that are not refused: each has its own test below. */
const RESUMED = ['proto.json', 'story-changed.json'];

const MENU_CANNOT_TELL = ['ink-unknown-knot.json', 'transcript-ahead.json'];

/** A device holding a save of the clinic fixture's slot and everything else the game keeps. */
function deviceWith(raw: string): { store: MemoryStore; others: Map<string, string> } {
  const store = new MemoryStore();
  const other = Encounter.begin(bundle);
  other.choose(1);
  const others = new Map([
    [saveKey('variants'), JSON.stringify(makeSave(other, new Date('2026-12-01T09:00:00Z')))],
    ['asymmetry:kept:clinic:2026-12-01T09:00:00.000Z', '{"kept":"earlier"}'],
    ['asymmetry:reaction:clinic', 'It felt rushed.'],
    ['asymmetry:nickname', 'Ade'],
  ]);
  for (const [key, value] of others) store.setItem(key, value);
  store.setItem(saveKey('clinic'), raw);
  return { store, others };
}

describe('a hostile save in the slot', () => {
  it('has a case here for every fixture', () => {
    expect(readdirSync(DIR).filter((name) => name.endsWith('.json') && !RESUMED.includes(name)).sort()).toEqual(cases.map(([file]) => file).sort());
  });

  it.each(cases)('%s: %s, said plainly on the menu and on resume, kept when set aside, nothing else lost', (file, kind, field, message) => {
    const raw = fixture(file);
    const { store, others } = deviceWith(raw);
    const slots = new SaveSlots(store, () => new Date('2026-12-07T12:00:00Z'));
    const problem = field === null ? { kind } : { kind, field };

    const read = slots.read('clinic', bundle.storyVersion);
    // The menu reads without the story: a state of the right shape that does not fit it is found on resume.
    if (MENU_CANNOT_TELL.includes(file)) expect(read.status).toBe('ok');
    else expect(read).toMatchObject({ status: 'unusable', problem, raw });
    const resumed = slots.resume(bundle);
    expect(resumed).toMatchObject({ status: 'unusable', problem, raw });
    if (resumed.status === 'unusable') expect(problemText(resumed.problem, 'save')).toMatch(message);

    const kept = slots.setAside('clinic');
    slots.write(Encounter.begin(bundle));
    expect(store.getItem(kept!)).toBe(raw);
    expect(slots.resume(bundle).status).toBe('ok');
    for (const [key, value] of others) expect(store.getItem(key), key).toBe(value);
    expect(new RunStore(store).nickname()).toBe('Ade');
  });

  it('oversized (made here: a million characters and more) is refused before it is parsed', () => {
    const raw = fixture('ink-no-save-version.json').replace('"savedAt"', `"padding": "${'x'.repeat(SAVE_MAX_CHARS)}", "savedAt"`);
    const { store, others } = deviceWith(raw);
    const slots = new SaveSlots(store);
    const resumed = slots.resume(bundle);
    expect(resumed).toMatchObject({ status: 'unusable', problem: { kind: 'too-large' }, raw });
    if (resumed.status === 'unusable') expect(problemText(resumed.problem, 'save')).toMatch(DAMAGED);
    for (const [key, value] of others) expect(store.getItem(key), key).toBe(value);
  });

  it('proto.json: own "__proto__" keys resume as the run they are and change no object’s prototype', () => {
    const { store } = deviceWith(fixture('proto.json'));
    const resumed = new SaveSlots(store).resume(bundle);
    expect(resumed.status).toBe('ok');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    if (resumed.status === 'ok') expect(JSON.stringify(makeSave(resumed.encounter, new Date()))).not.toContain('polluted');
  });

  it('story-changed.json: a save of an earlier version of the story resumes on this one, its seed and choices replayed', () => {
    const raw = fixture('story-changed.json');
    const { store } = deviceWith(raw);
    const slots = new SaveSlots(store);
    expect(slots.read('clinic', bundle.storyVersion)).toMatchObject({ status: 'ok', updated: true });
    const resumed = slots.resume(bundle);
    expect(resumed).toMatchObject({ status: 'ok', updated: true });
    if (resumed.status !== 'ok') return;
    const saved = JSON.parse(raw) as { encounter: { log: { chosen: number }[] } };
    expect(resumed.encounter.log.map((e) => e.chosen)).toEqual(saved.encounter.log.map((e) => e.chosen));
    expect(resumed.encounter.storyVersion).toBe(bundle.storyVersion);
    expect(store.getItem(saveKey('clinic'))).toBe(raw);
  });
});
