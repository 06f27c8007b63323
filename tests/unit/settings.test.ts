import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isLrsEndpoint, loadSettings, saveSettings } from '../../src/settings/settings';
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

  it('send nothing by default, and take only a web address as a learning record store', () => {
    expect(DEFAULT_SETTINGS.lrsEndpoint).toBe('');
    expect(['https://lrs.school.example/xapi/', 'http://127.0.0.1:8080/xAPI/', ''].every(isLrsEndpoint)).toBe(true);
    expect(['javascript:alert(1)', 'ftp://lrs.example/', 'lrs.example', '<img src=x>'].some(isLrsEndpoint)).toBe(false);
    // The same rule the reporter sends by: an address with credentials in it is refused here too, not taken and then ignored.
    expect(isLrsEndpoint('https://user:pass@lrs.school.example/xapi/')).toBe(false);
    const store = new MemoryStore();
    store.setItem('asymmetry:settings', JSON.stringify({ lrsEndpoint: 'javascript:alert(1)', lrsKey: 'k'.repeat(500), lrsSecret: 's3cret' }));
    expect(loadSettings(store)).toEqual({ ...DEFAULT_SETTINGS, lrsSecret: 's3cret' });
  });
});
