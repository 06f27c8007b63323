// The scenario list: what each encounter is about, who the patient is, how long it takes,
// its content notes, and whether there is a game to continue.
import type { CatalogEntry } from 'virtual:asymmetry/catalog';
import type { MenuCard } from 'virtual:asymmetry/menu';
import type { SaveReadResult } from '../engine/save';
import { h } from './dom';
import { problemText } from './problem-text';

/** A scenario as the menu lists it; no card if its chunk could not be fetched (offline before the first visit was kept). */
export type MenuEntry = CatalogEntry & { card?: MenuCard };

export interface MenuActions {
  open: (id: string, mode: 'resume' | 'new') => void;
  openResults: (file: File) => void;
  openFacilitator: () => void;
}

export function menuView(
  entries: readonly MenuEntry[],
  saveStatus: (entry: MenuEntry) => SaveReadResult,
  actions: MenuActions,
  notice?: string,
): HTMLElement {
  return h(
    'section',
    { className: 'menu', 'aria-labelledby': 'menu-title' },
    h('h1', { id: 'menu-title' }, 'Asymmetry'),
    h('p', { className: 'lede' }, 'Clinical encounters where power is the story. Read the people in the room; the debrief shows which of your moves mattered.'),
    notice ? h('p', { className: 'notice', role: 'alert' }, notice) : null,
    h('h2', { className: 'visually-hidden' }, 'Scenarios'),
    h('ul', { className: 'scenario-list' }, ...entries.map((entry) => scenarioCard(entry, saveStatus(entry), actions))),
    resultsPicker(actions),
    h(
      'section',
      { className: 'panel', 'aria-labelledby': 'facilitators-title' },
      h('h2', { id: 'facilitators-title' }, 'For facilitators'),
      h('p', {}, 'Run one encounter with a room, collect everyone’s run on this device (files, codes or QR codes) and debrief the group from its own choices, on a projector if you like.'),
      h('div', { className: 'actions' }, h('button', { type: 'button', onclick: actions.openFacilitator }, 'Run a group debrief')),
    ),
  );
}

/** Opens a results file exported on this or another device, to see its debrief. */
function resultsPicker(actions: MenuActions): HTMLElement {
  const input = h('input', { type: 'file', id: 'results-file', accept: '.json,application/json' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) actions.openResults(file);
  });
  return h(
    'section',
    { className: 'panel results-picker', 'aria-labelledby': 'results-title' },
    h('h2', { id: 'results-title' }, 'Open a results file'),
    h('label', { for: 'results-file' }, 'An exported results file (.json), yours or a learner\'s, shows its debrief here. Nothing is uploaded.'),
    input,
  );
}

function scenarioCard({ meta, card }: MenuEntry, save: SaveReadResult, actions: MenuActions): HTMLElement {
  const titleId = `scenario-${meta.id}`;
  return h(
    'li',
    { className: 'scenario-card', 'aria-labelledby': titleId },
    h('h3', { id: titleId }, meta.title),
    h('p', {}, meta.summary),
    ...(card ? cardDetails(card) : []),
    actionsFor(meta.id, meta.title, save, actions),
  );
}

/** Who, how long, content notes and objectives: all but the title and summary, which never fail to load. */
function cardDetails(card: MenuCard): HTMLElement[] {
  const details = h(
    'details',
    {},
    h('summary', {}, 'About this encounter'),
    h('dl', { className: 'facts' }, h('dt', {}, 'Setting'), h('dd', {}, card.setting), h('dt', {}, 'Patient'), h('dd', {}, `${card.patient.name}: ${card.patient.description}`)),
    h('h4', {}, 'Learning objectives'),
    h('ul', {}, ...card.objectives.map((o) => h('li', {}, o))),
  );
  return [
    h('p', { className: 'meta-line' }, `About ${card.minutes} minutes · ${card.patient.name}`),
    ...(card.contentNotes.length ? [h('p', { className: 'content-notes' }, h('strong', {}, 'Content notes: '), card.contentNotes.join('; '))] : []),
    details,
  ];
}

function actionsFor(id: string, title: string, save: SaveReadResult, actions: MenuActions): HTMLElement {
  const button = (label: string, mode: 'resume' | 'new', extra: Record<string, string> = {}) =>
    h('button', { type: 'button', className: mode === 'resume' ? 'primary' : '', onclick: () => actions.open(id, mode), ...extra }, label);
  const row = h('div', { className: 'actions' });
  if (save.status === 'empty') {
    row.append(button('Start', 'new', { 'aria-label': `Start ${title}` }));
  } else if (save.status === 'ok') {
    const when = new Date(save.save.savedAt).toLocaleString();
    row.append(
      button(save.save.ended ? 'See the debrief' : 'Continue', 'resume', { 'aria-label': `${save.save.ended ? 'See the debrief of' : 'Continue'} ${title}` }),
      button('Restart', 'new', { 'aria-label': `Restart ${title} from the beginning (discards the saved game)` }),
      h('span', { className: 'save-note' }, `Saved ${when}`),
    );
  } else {
    row.append(
      h('p', { className: 'save-note problem' }, `${problemText(save.problem, 'save')} Open it to keep a copy or start again.`),
      button('Open', 'resume', { 'aria-label': `Open ${title}` }),
    );
  }
  return row;
}
