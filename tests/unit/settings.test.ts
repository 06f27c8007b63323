import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../src/settings/settings';
import { MemoryStore } from '../../src/platform/storage';

describe('settings', () => {
  it('start from the defaults and round-trip through the store', () => {
    const store = new MemoryStore();
    expect(loadSettings(store)).toEqual(DEFAULT_SETTINGS);
    const chosen = { ...DEFAULT_SETTINGS, textSize: 150 as const, font: 'dyslexic' as const, highContrast: true, reduceMotion: true, practice: true, master: 30, muted: true };
    saveSettings(store, chosen);
    expect(loadSettings(store)).toEqual(chosen);
  });

  it('keep every valid value when one is damaged, and survive garbage', () => {
    const store = new MemoryStore();
    store.setItem('asymmetry:settings', JSON.stringify({ textSize: 999, font: 'legible', highContrast: 'yes', practice: true }));
    expect(loadSettings(store)).toEqual({ ...DEFAULT_SETTINGS, font: 'legible', practice: true });
    store.setItem('asymmetry:settings', '{not json');
    expect(loadSettings(store)).toEqual(DEFAULT_SETTINGS);
  });
});
