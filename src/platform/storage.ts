// The browser's storage for saves, with an in-memory fallback when localStorage is blocked
// (private windows, locked-down lab PCs), so play goes on and the player is told.
import type { KeyValueStore } from '../engine/save';

export class MemoryStore implements KeyValueStore {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

export function browserStore(): { store: KeyValueStore; persistent: boolean } {
  const store = usable(() => window.localStorage);
  return store ? { store, persistent: true } : { store: new MemoryStore(), persistent: false };
}

/** This tab's own storage (sessionStorage), or memory where the browser blocks it. */
export function tabStore(): KeyValueStore {
  return usable(() => window.sessionStorage) ?? new MemoryStore();
}

/** The storage if it takes a write (reading the property itself throws where it is blocked), else null. */
function usable(storage: () => Storage): Storage | null {
  try {
    const probe = 'asymmetry:probe';
    const store = storage();
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

/**
 * The saves of one learner a school's system launched, kept apart from other learners' on a
 * shared computer. Keys carry a hash of the learner's id, not the id itself.
 */
export function learnerStore(store: KeyValueStore, learner: string): KeyValueStore {
  const prefix = `asymmetry:learner:${hashOf(learner)}:`;
  return {
    getItem: (key) => store.getItem(prefix + key),
    setItem: (key, value) => store.setItem(prefix + key, value),
    removeItem: (key) => store.removeItem(prefix + key),
  };
}

/** A 53-bit string hash (cyrb53) as hex: keys apart, not a secret; the LMS id never sits on the device. */
function hashOf(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}
