import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import { SAVE_SCHEMA, SaveSlots, makeSave, parseSave, saveKey } from '../../src/engine/save';
import { MemoryStore } from '../../src/platform/storage';
import { problemText } from '../../src/ui/problem-text';
import { fixtureBundle } from '../helpers';

const bundle = fixtureBundle();
const NOW = new Date('2026-11-23T10:00:00Z');

function slotsWith(raw?: string): { slots: SaveSlots; store: MemoryStore } {
  const store = new MemoryStore();
  if (raw !== undefined) store.setItem(saveKey('clinic'), raw);
  return { slots: new SaveSlots(store, () => NOW), store };
}

function midGameSave(): string {
  const encounter = Encounter.begin(bundle);
  encounter.choose(0);
  return JSON.stringify(makeSave(encounter, NOW));
}

describe('save and resume', () => {
  it('round-trips mid-encounter: same line, same choices, same variables and log', () => {
    const original = Encounter.begin(bundle);
    original.choose(0);
    const { slots } = slotsWith();
    slots.write(original);
    const resumed = slots.resume(bundle);
    expect(resumed.status).toBe('ok');
    if (resumed.status !== 'ok') return;
    const copy = resumed.encounter;
    expect(copy.currentLines).toEqual(original.currentLines);
    expect(copy.choices).toEqual(original.choices);
    expect(copy.variables).toEqual(original.variables);
    expect(copy.log).toEqual(original.log);
    // And the story goes on identically from there.
    original.choose(0);
    copy.choose(0);
    expect(copy.transcript).toEqual(original.transcript);
    expect(copy.log).toEqual(original.log);
    expect(copy.ending).toBe('agreed');
  });

  it('reports no save as empty', () => {
    expect(slotsWith().slots.read('clinic', bundle.storyVersion)).toEqual({ status: 'empty' });
  });

  it('carries its format, schema and story version', () => {
    const save = JSON.parse(midGameSave()) as Record<string, unknown>;
    expect(save).toMatchObject({ format: 'asymmetry-save', schema: SAVE_SCHEMA, scenarioId: 'clinic', storyVersion: bundle.storyVersion, savedAt: NOW.toISOString(), ended: false });
  });
});

describe('a save that cannot be used', () => {
  const version = bundle.storyVersion;
  const edit = (change: (save: Record<string, unknown>) => void) => {
    const save = JSON.parse(midGameSave()) as Record<string, unknown>;
    change(save);
    return JSON.stringify(save);
  };

  const cases: [string, string, string, RegExp][] = [
    ['truncated JSON', midGameSave().slice(0, 200), 'unreadable', /damaged \(it is not readable data/],
    ['not a save at all', JSON.stringify({ hello: 'world' }), 'wrong-kind', /damaged \(it is not an Asymmetry save/],
    ['an older schema', edit((s) => (s.schema = 0)), 'older-version', /older version/],
    ['a newer schema', edit((s) => (s.schema = SAVE_SCHEMA + 1)), 'newer-version', /newer version/],
    ['another scenario', edit((s) => (s.scenarioId = 'twelve-seconds')), 'other-scenario', /another scenario \(“twelve-seconds”\)/],
    ['a damaged field', edit((s) => ((s.encounter as Record<string, unknown>).log = 'lots')), 'damaged', /encounter\.log/],
  ];

  it.each(cases)('is explained, not loaded: %s', (_name, raw, kind, message) => {
    const result = parseSave(raw, 'clinic', version);
    expect(result).toMatchObject({ status: 'unusable', problem: { kind }, raw });
    if (result.status === 'unusable') expect(problemText(result.problem, 'save')).toMatch(message);
  });

  it('treats an ink state that does not load as corrupt, keeping the raw text', () => {
    const raw = edit((s) => ((s.encounter as Record<string, unknown>).inkState = '{"not":"ink"}'));
    const { slots, store } = slotsWith(raw);
    const result = slots.resume(bundle);
    expect(result).toMatchObject({ status: 'unusable', problem: { kind: 'damaged', field: 'story-state' }, raw });
    expect(store.getItem(saveKey('clinic'))).toBe(raw);
  });

  // What inkjs refuses with "ink save format incorrect" (or would load as nonsense) is found on reading, so the menu never offers Continue.
  const inkEdits: [string, (ink: Record<string, unknown>) => void][] = [
    ['without its save version', (ink) => delete ink.inkSaveVersion],
    ['from an ink too old to load', (ink) => (ink.inkSaveVersion = 7)],
    ['without its flows', (ink) => delete ink.flows],
    ['naming a flow it does not have', (ink) => (ink.currentFlowName = 'elsewhere')],
    ['with a seed that is not a number', (ink) => (ink.storySeed = 'x')],
  ];
  it.each(inkEdits)('reads an ink state %s as a damaged story state, keeping it', (_name, change) => {
    const raw = edit((s) => {
      const encounter = s.encounter as { inkState: string };
      const ink = JSON.parse(encounter.inkState) as Record<string, unknown>;
      change(ink);
      encounter.inkState = JSON.stringify(ink);
    });
    const { slots, store } = slotsWith(raw);
    expect(slots.read('clinic', version)).toEqual({ status: 'unusable', problem: { kind: 'damaged', field: 'story-state' }, raw });
    expect(slots.resume(bundle)).toMatchObject({ status: 'unusable', problem: { kind: 'damaged', field: 'story-state' }, raw });
    expect(store.getItem(saveKey('clinic'))).toBe(raw);
  });

  it('reads an ink state that is not JSON as a damaged story state', () => {
    const raw = edit((s) => ((s.encounter as Record<string, unknown>).inkState = '{"flows":'));
    const result = parseSave(raw, 'clinic', version);
    expect(result).toMatchObject({ status: 'unusable', problem: { kind: 'damaged', field: 'story-state' } });
    if (result.status === 'unusable') expect(problemText(result.problem, 'save')).toBe('The saved game is damaged (its story state does not fit this scenario).');
  });

  it('rejects a transcript that runs ahead of the log', () => {
    const raw = edit((s) => {
      const encounter = s.encounter as { transcript: { turn: number }[] };
      encounter.transcript[0]!.turn = 9;
    });
    const result = slotsWith(raw).slots.resume(bundle);
    expect(result).toMatchObject({ status: 'unusable', problem: { kind: 'damaged', field: 'story-state' } });
    if (result.status === 'unusable') expect(problemText(result.problem, 'save')).toMatch(/story state does not fit/);
  });

  it('is kept under a new key when set aside, and the slot is freed', () => {
    const { slots, store } = slotsWith('{broken');
    const key = slots.setAside('clinic');
    expect(key).toBe(`asymmetry:kept:clinic:${NOW.toISOString()}`);
    expect(store.getItem(key!)).toBe('{broken');
    expect(store.getItem(saveKey('clinic'))).toBeNull();
    store.setItem(saveKey('clinic'), '{broken again');
    const second = slots.setAside('clinic');
    expect(second).not.toBe(key);
    expect(store.getItem(key!)).toBe('{broken');
    expect(store.getItem(second!)).toBe('{broken again');
  });
});
