// The line below the top bar that says a new version of the game is ready. It never changes the
// game under the player: during an encounter it offers the update for when the encounter ends,
// and only elsewhere (the menu, a debrief, the group debrief) can it be taken at once. Taking it
// reloads the page where the player was, with every save kept.
import { version as packageVersion } from '../../package.json';
import type { NewVersion } from '../platform/service-worker';
import { h } from './dom';
import './update-prompt.css';

declare global {
  interface ImportMetaEnv {
    /** A label for this build (a release name, a commit), set when building; package.json's version otherwise. */
    readonly VITE_ASYMMETRY_VERSION?: string;
  }
}

export const VERSION = import.meta.env.VITE_ASYMMETRY_VERSION || packageVersion;

const KEPT = 'Your saved progress is kept.';

export class UpdatePrompt {
  /** A live region, present from the start so screen readers hear what is put in it. */
  readonly element = h('div', { className: 'update-prompt', role: 'status' });
  private waiting: NewVersion | null = null;
  private whenEncounterEnds = false;
  private encounterOpen = false;

  /** A new version is ready to be taken (a newer one still goes when the encounter ends, if the player chose so). */
  offer(version: NewVersion): void {
    this.waiting = version;
    this.render();
  }

  /** The app opened or closed an encounter: an update the player put off until its end is taken now. */
  encounter(open: boolean): void {
    this.encounterOpen = open;
    if (!this.waiting) return;
    if (!open && this.whenEncounterEnds) return this.waiting.take();
    this.render();
  }

  /** Said on the first page of a version the player has just taken. */
  updated(): void {
    this.show(`Asymmetry has been updated to version ${VERSION}. ${KEPT}`, [['Close', () => this.clear()]]);
  }

  private render(): void {
    const version = this.waiting;
    if (!version) return;
    const notNow: Action = ['Not now', () => this.clear()];
    if (!this.encounterOpen) {
      this.show(`A new version of Asymmetry is ready. Updating reloads the page where you are. ${KEPT}`, [['Update now', () => version.take()], notNow]);
    } else if (this.whenEncounterEnds) {
      this.show(`Asymmetry will update when you leave this encounter: the page reloads then. ${KEPT}`, [['Cancel the update', () => this.updateWhenEncounterEnds(false)]]);
    } else {
      this.show(`A new version of Asymmetry is ready. Nothing changes in this encounter until you leave it. ${KEPT}`, [['Update when I leave this encounter', () => this.updateWhenEncounterEnds(true)], notNow]);
    }
  }

  private updateWhenEncounterEnds(chosen: boolean): void {
    this.whenEncounterEnds = chosen;
    this.render();
  }

  private clear(): void {
    this.waiting = null;
    this.show(null, []);
  }

  /** Replaces the message; a player whose focus was on one of its buttons keeps it on the new first button, or the page. */
  private show(message: string | null, actions: Action[]): void {
    const hadFocus = this.element.contains(document.activeElement);
    const buttons = actions.map(([label, act], i) => h('button', { type: 'button', className: i === 0 ? 'primary' : 'quiet', onclick: act }, label));
    this.element.replaceChildren(...(message ? [h('p', {}, message), h('div', { className: 'actions' }, ...buttons)] : []));
    if (hadFocus) (buttons[0] ?? document.getElementById('app'))?.focus();
  }
}

type Action = [label: string, act: () => void];
