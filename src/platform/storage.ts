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
