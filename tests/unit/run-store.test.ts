import { describe, expect, it } from 'vitest';
import { RunStore } from '../../src/app/run-store';
import { MemoryStore } from '../../src/platform/storage';

describe('the nickname a learner puts on their runs', () => {
  it('is none by default, and is kept trimmed once chosen', () => {
    const store = new MemoryStore();
    expect(new RunStore(store).nickname()).toBeNull();
    expect(new RunStore(store).saveNickname('  Sam   O  ')).toBe(true);
    expect(new RunStore(store).nickname()).toBe('Sam O');
  });

  it('refuses markup, over-long names and other characters, keeping the one before', () => {
    const runs = new RunStore(new MemoryStore());
    runs.saveNickname('Ade');
    for (const bad of ['<script>x</script>', 'a'.repeat(25), 'Sam"; drop', 'x@y']) expect(runs.saveNickname(bad)).toBe(false);
    expect(runs.nickname()).toBe('Ade');
  });

  it('goes back to anonymous when emptied', () => {
    const runs = new RunStore(new MemoryStore());
    runs.saveNickname('Ade');
    expect(runs.saveNickname('   ')).toBe(true);
    expect(runs.nickname()).toBeNull();
  });

  it('holds for this visit when storage refuses to keep it', () => {
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    const runs = new RunStore(full);
    expect(runs.saveNickname('Léa')).toBe(true);
    expect(runs.nickname()).toBe('Léa');
  });
});
