// The facilitator's page for one scenario: collecting the room's runs, inviting the room,
// keeping the session, the group picture and the facilitator guide. The page only shows
// things and reports what the facilitator asks for; src/app/facilitator-flow.ts does them.
import type { CatalogEntry } from 'virtual:asymmetry/catalog';
import { h } from '../dom';
import { CLEAR_QUESTION, runsText } from './facilitator-text';

export interface SessionActions {
  exportSession: () => void;
  clear: () => void;
  projector: () => void;
  print: () => void;
  playTogether: () => void;
  chooseScenario: () => void;
}

export class FacilitatorView {
  readonly element: HTMLElement;
  private readonly runs = h('p', { role: 'status', 'aria-label': 'Runs collected', className: 'runs-count' });
  private readonly notice = h('div', { className: 'session-notice' });
  private readonly picture = h('div', { className: 'group-picture-holder' });
  /** What prints: hidden on screen (styles.css, print rules). */
  private readonly printed = h('div', { className: 'print-only' });
  private readonly needsRuns: HTMLButtonElement[] = [];

  constructor(
    title: string,
    /** `live`: reading the runs from a learning record store. */
    panels: { collect: HTMLElement; live: HTMLElement; invite: HTMLElement; guide: HTMLElement },
    private readonly actions: SessionActions,
  ) {
    const button = (label: string, onclick: () => void, needsRuns = false) => {
      const b = h('button', { type: 'button', onclick }, label);
      if (needsRuns) this.needsRuns.push(b);
      return b;
    };
    this.element = h(
      'section',
      { className: 'facilitator', 'aria-labelledby': 'facilitator-title' },
      h('h1', { id: 'facilitator-title' }, `Group debrief: ${title}`),
      h('p', { className: 'lede' }, 'Collect the runs your room played, then debrief them together from the group’s own choices. Everything stays on this device.'),
      h('p', {}, button('Choose another scenario', actions.chooseScenario)),
      h(
        'div',
        { className: 'panel session', role: 'region', 'aria-label': 'This session' },
        this.runs,
        this.notice,
        h(
          'div',
          { className: 'actions' },
          button('Projector mode', actions.projector, true),
          button('Print a summary', actions.print, true),
          button('Play it together', actions.playTogether),
          button('Export the session', actions.exportSession, true),
          button('Clear the session', () => this.confirmClear(), true),
        ),
      ),
      panels.collect,
      panels.live,
      this.picture,
      panels.invite,
      panels.guide,
      this.printed,
    );
  }

  setPrintSummary(element: HTMLElement | null): void {
    this.printed.replaceChildren(element ?? '');
  }

  setRuns(count: number): void {
    this.runs.textContent = runsText(count);
    for (const b of this.needsRuns) b.disabled = count === 0;
  }

  /** A plain sentence about what this device can keep (or null to say nothing); `download` offers the old session. */
  setNotice(text: string | null, download?: () => void): void {
    this.notice.replaceChildren(
      text ? h('p', { className: 'notice', role: 'alert' }, text, download ? ' ' : null, download ? h('button', { type: 'button', onclick: download }, 'Download the old session') : null) : '',
    );
  }

  showPicture(element: HTMLElement | null): void {
    this.picture.replaceChildren(element ?? h('p', { className: 'hint' }, 'The group picture appears here once runs are collected.'));
  }

  /** Clearing loses the runs, so it is asked first, in a dialog that starts on “Keep them”. */
  private confirmClear(): void {
    const keep = h('button', { type: 'button', className: 'primary' }, 'Keep them');
    const clear = h('button', { type: 'button' }, 'Clear the session');
    const dialog = h('dialog', { className: 'confirm', 'aria-labelledby': 'confirm-clear-title' }, h('h2', { id: 'confirm-clear-title' }, 'Clear this session?'), h('p', {}, CLEAR_QUESTION), h('div', { className: 'actions' }, keep, clear));
    const opener = document.activeElement as HTMLElement | null;
    keep.addEventListener('click', () => dialog.close());
    clear.addEventListener('click', () => {
      dialog.close();
      this.actions.clear();
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      opener?.focus();
    });
    document.body.append(dialog);
    dialog.showModal();
    keep.focus();
  }
}

/** The facilitator's first screen when no scenario is named: which encounter did the room play? */
export function scenarioPicker(entries: readonly CatalogEntry[], open: (id: string) => void, notice?: string): HTMLElement {
  return h(
    'section',
    { className: 'facilitator', 'aria-labelledby': 'facilitator-title' },
    h('h1', { id: 'facilitator-title' }, 'Group debrief'),
    h('p', { className: 'lede' }, 'Run one encounter with a room, collect everyone’s run on this device (no accounts, no server, no network) and debrief the group from its own choices.'),
    notice ? h('p', { className: 'notice', role: 'alert' }, notice) : null,
    h('h2', {}, 'Which encounter did the room play?'),
    h(
      'ul',
      { className: 'scenario-list' },
      ...entries.map((entry) =>
        h(
          'li',
          { className: 'scenario-card' },
          h('h3', {}, entry.meta.title),
          h('p', {}, entry.meta.summary),
          h('div', { className: 'actions' }, h('button', { type: 'button', className: 'primary', 'aria-label': `Open the group debrief of ${entry.meta.title}`, onclick: () => open(entry.meta.id) }, 'Open the group debrief')),
        ),
      ),
    ),
  );
}
