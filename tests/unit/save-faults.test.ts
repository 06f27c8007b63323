// Saves in storage that fails under a running game: full (a write throws QuotaExceededError, as
// Web Storage does, leaving the old value) or cleared by another tab. Nothing already kept is
// lost or half-written, and the next write that can go through keeps the whole run.
import { describe, expect, it } from 'vitest';
import { RunStore } from '../../src/app/run-store';
import { Encounter } from '../../src/engine/encounter';
import { makeResults } from '../../src/engine/results';
import { SaveSlots, saveKey, type KeyValueStore } from '../../src/engine/save';
import { fixtureBundle } from '../helpers';

const bundle = fixtureBundle();

/** A device's storage that can fill up: while full, every write throws as a browser's does. */
class FillingStore implements KeyValueStore {
  full = false;
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  /** What another tab, or the user clearing site data, does. */
  clear(): void {
    this.items.clear();
  }
}

function playing(): { encounter: Encounter; slots: SaveSlots; store: FillingStore } {
  const store = new FillingStore();
  const slots = new SaveSlots(store);
  const encounter = Encounter.begin(bundle);
  slots.write(encounter);
  return { encounter, slots, store };
}

describe('a save in storage that fills up', () => {
  it('keeps the last save written whole when a write is refused, and the run goes on', () => {
    const { encounter, slots, store } = playing();
    const before = store.getItem(saveKey('clinic'));
    store.full = true;
    encounter.choose(0);
    expect(() => slots.write(encounter)).toThrow(DOMException);
    expect(store.getItem(saveKey('clinic'))).toBe(before);
    const resumed = slots.resume(bundle);
    expect(resumed.status).toBe('ok');
    if (resumed.status === 'ok') expect(resumed.encounter.log).toHaveLength(0);
    expect(encounter.log).toHaveLength(1);
  });

  it('writes the whole run again once there is room', () => {
    const { encounter, slots, store } = playing();
    store.full = true;
    encounter.choose(0);
    expect(() => slots.write(encounter)).toThrow();
    store.full = false;
    slots.write(encounter);
    const resumed = slots.resume(bundle);
    expect(resumed.status === 'ok' && resumed.encounter.transcript).toEqual(encounter.transcript);
  });

  it('does not drop a save it could not set aside', () => {
    const { slots, store } = playing();
    const before = store.getItem(saveKey('clinic'));
    store.full = true;
    expect(() => slots.setAside('clinic')).toThrow(DOMException);
    expect(store.getItem(saveKey('clinic'))).toBe(before);
  });
});

describe('a save cleared under a running game', () => {
  it('is written again, whole, by the next save', () => {
    const { encounter, slots, store } = playing();
    encounter.choose(0);
    store.clear();
    expect(slots.read('clinic', bundle.storyVersion)).toEqual({ status: 'empty' });
    slots.write(encounter);
    const resumed = slots.resume(bundle);
    expect(resumed.status === 'ok' && resumed.encounter.log).toEqual(encounter.log);
  });
});

describe('the run kept to compare with, in storage that is full', () => {
  const ended = Encounter.begin(bundle);
  ended.choose(0);
  ended.choose(0);
  const first = makeResults({ scenarioId: 'clinic', scenarioTitle: 'Clinic', storyVersion: bundle.storyVersion, run: ended.summary(), nickname: null, practice: false, now: new Date('2026-12-07T10:00:00Z') });

  it('is still there for this visit, and forgotten with the run', () => {
    const store = new FillingStore();
    store.full = true;
    const runs = new RunStore(store);
    runs.saveComparison('clinic', { fromTurn: 1, first });
    expect(runs.comparison('clinic')).toEqual({ fromTurn: 1, first });
    runs.forget('clinic');
    expect(runs.comparison('clinic')).toBeNull();
  });
});
