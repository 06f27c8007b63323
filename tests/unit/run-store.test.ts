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

describe('the attempt id a learning record store knows a run by', () => {
  const ids = (...made: string[]) => () => made.shift() ?? 'no more ids';
  const A = '6690e6c9-3ef0-4ed3-8b37-7f3964730bee';
  const B = '0b7c33a4-1b31-4c43-9d6c-0a3e6f0f2d11';

  it('is made once per run and kept across visits, per scenario', () => {
    const store = new MemoryStore();
    expect(new RunStore(store).attempt('carlos', ids(A))).toBe(A);
    expect(new RunStore(store).attempt('carlos', ids(B))).toBe(A);
    expect(new RunStore(store).attempt('ward-round', ids(B))).toBe(B);
  });

  it('is new after the run is started again, and when the kept one is not an id', () => {
    const store = new MemoryStore();
    const runs = new RunStore(store);
    runs.attempt('carlos', ids(A));
    runs.forget('carlos');
    expect(runs.attempt('carlos', ids(B))).toBe(B);
    store.setItem('asymmetry:attempt:carlos', '<img src=x>');
    expect(runs.attempt('carlos', ids(A))).toBe(A);
  });
});
