// The live panel's credential: kept on the device only when asked, read back only when whole,
// forgotten on request, and turned into the Authorization header the LRS expects.
import { describe, expect, it } from 'vitest';
import { readRememberedLrs, rememberLrs, type RememberedLrs } from '../../src/engine/group/lrs-remembered';
import type { KeyValueStore } from '../../src/engine/save';
import { authorizationOf } from '../../src/reporting/xapi/statement-runs';

const memoryStore = (): KeyValueStore & { items: Map<string, string> } => {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
};
const refusingStore: KeyValueStore = {
  getItem: () => {
    throw new Error('storage is off');
  },
  setItem: () => {
    throw new Error('quota');
  },
  removeItem: () => {
    throw new Error('storage is off');
  },
};

const KEPT: RememberedLrs = { endpoint: 'https://lrs.example.org/xAPI/', credential: { kind: 'key', key: 'reader', secret: 'sé<cret>' } };

describe('the LRS a facilitator asked this device to remember', () => {
  it('is nothing until asked, kept whole when asked, and gone once forgotten', () => {
    const store = memoryStore();
    expect(readRememberedLrs(store)).toBeNull();
    expect(rememberLrs(store, KEPT)).toBe(true);
    expect(readRememberedLrs(store)).toEqual(KEPT);
    expect(rememberLrs(store, null)).toBe(true);
    expect(store.items.size).toBe(0);
    expect(readRememberedLrs(store)).toBeNull();
  });

  it('reads anything damaged or strange as nothing kept, and says when the store refuses', () => {
    const store = memoryStore();
    for (const raw of ['not json', '[]', 'null', JSON.stringify({ endpoint: 1, credential: {} }), JSON.stringify({ ...KEPT, credential: { kind: 'token' } }), JSON.stringify({ ...KEPT, endpoint: 'x'.repeat(5_000) })]) {
      store.items.set('asymmetry:lrs-reader', raw);
      expect(readRememberedLrs(store), raw.slice(0, 40)).toBeNull();
    }
    expect(readRememberedLrs(refusingStore)).toBeNull();
    expect(rememberLrs(refusingStore, KEPT)).toBe(false);
    expect(rememberLrs(refusingStore, null)).toBe(false);
  });
});

describe('the Authorization header of a read credential', () => {
  it('is Basic over the key and secret in UTF-8, or the token as given (a bare one taken as Basic)', () => {
    expect(authorizationOf({ kind: 'key', key: 'reader', secret: 'sé<cret>' })).toBe(`Basic ${Buffer.from('reader:sé<cret>', 'utf8').toString('base64')}`);
    expect(authorizationOf({ kind: 'token', token: 'cmVhZGVyOnNlY3JldA==' })).toBe('Basic cmVhZGVyOnNlY3JldA==');
    expect(authorizationOf({ kind: 'token', token: 'Basic cmVhZGVyOnNlY3JldA==' })).toBe('Basic cmVhZGVyOnNlY3JldA==');
  });
});
