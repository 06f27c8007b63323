// Saving after every choice into storage that may refuse a write (full, turned off, or cleared
// by another tab): the run goes on in memory, the slot keeps the last save written whole (a
// Web Storage write either replaces the value or throws, leaving the old one), and the player
// is told once what is not kept, not on every choice.
import type { Encounter } from '../engine/encounter';
import type { SaveSlots } from '../engine/save';
import { afterPaint } from '../platform/after-paint';
import { h } from '../ui/dom';

export const TAB_ONLY = 'This browser is not letting Asymmetry save to the device, so progress lasts only while this tab is open.';
export const NOT_SAVED =
  'Your progress is not being saved: this device’s storage is full or turned off. You can keep playing, but if this tab is closed or reloaded the game goes back to where it was last saved.';
export const SAVED_AGAIN = 'Your progress is being saved on this device again.';

export class Autosave {
  private failing = false;
  /** A save waiting for the frame that shows the choice's outcome. */
  private pending: Encounter | null = null;
  /** Said at most once a visit: a memory-only store never fails a write, so nothing else would say it. */
  private tabOnlyTold = false;
  private notice: HTMLElement | null = null;

  constructor(
    private readonly slots: SaveSlots,
    private readonly root: HTMLElement,
    private readonly persistent: boolean,
  ) {
    // The last chance a page is sure to get, on a phone as on a laptop.
    addEventListener('pagehide', () => this.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flush();
    });
  }

  /**
   * After a choice: written once its outcome is on screen, since writing the story's state
   * takes milliseconds the player would otherwise wait for. Until then a save is written at
   * once by `flush`, which leaving the encounter and hiding the page call.
   */
  writeSoon(encounter: Encounter): void {
    if (this.pending === null) afterPaint(() => this.flush());
    this.pending = encounter;
  }

  /** Writes the save still waiting, if there is one. */
  flush(): void {
    const encounter = this.pending;
    this.pending = null;
    if (encounter) this.write(encounter);
  }

  write(encounter: Encounter): void {
    // A save still waiting is older: written first, so it never lands over this one.
    if (this.pending && this.pending !== encounter) this.flush();
    this.pending = null;
    try {
      this.slots.write(encounter);
    } catch {
      // Said again only on a view that has not said it yet.
      if (!this.failing || !this.notice?.isConnected) this.tell(NOT_SAVED);
      this.failing = true;
      return;
    }
    if (this.failing && this.notice?.isConnected) this.tell(SAVED_AGAIN);
    this.failing = false;
  }

  /** The menu says the tab-only notice itself; after it, an encounter need not say it again. */
  toldTabOnly(): void {
    this.tabOnlyTold = true;
  }

  /** After a new encounter view is in place: what saving could not do so far, said on it. */
  attach(): void {
    if (this.failing) this.tell(NOT_SAVED);
    else if (!this.persistent && !this.tabOnlyTold) this.tell(TAB_ONLY);
    this.tabOnlyTold ||= !this.persistent;
  }

  private tell(text: string): void {
    if (!this.notice?.isConnected) {
      this.notice = h('p', { className: 'notice', role: 'alert' });
      this.root.prepend(this.notice);
    }
    this.notice.textContent = text;
  }
}
