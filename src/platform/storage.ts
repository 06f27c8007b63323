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
  try {
    const probe = 'asymmetry:probe';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return { store: window.localStorage, persistent: true };
  } catch {
    return { store: new MemoryStore(), persistent: false };
  }
}
