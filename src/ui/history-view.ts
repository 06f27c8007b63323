// What can be looked at in the middle of an encounter without leaving it, each in a native
// <dialog> (focus stays inside, Escape or its button goes back): the conversation so far, every
// line shown and every choice made in order, and the debrief so far.
import type { Encounter } from '../engine/encounter';
import { h } from './dom';

export function historyDialog(encounter: Encounter): HTMLDialogElement {
  const { meta } = encounter;
  const nameOf = (id: string | undefined) => {
    const member = meta.cast.find((c) => c.id === id);
    return member ? (member.role === 'clinician' ? 'You' : member.name) : null;
  };
  const items: HTMLElement[] = [];
  const turns = encounter.log.length;
  for (let turn = 0; turn <= turns; turn++) {
    for (const line of encounter.transcript.filter((l) => l.turn === turn)) {
      const speaker = nameOf(line.tags.speaker);
      items.push(h('li', { className: speaker ? 'speech' : 'narration' }, speaker ? h('strong', {}, `${speaker}: `) : null, line.text));
    }
    const entry = encounter.log[turn];
    if (entry) items.push(h('li', { className: 'history-choice' }, h('strong', {}, 'You chose: '), entry.offered.find((o) => o.index === entry.chosen)?.text ?? ''));
  }
  return encounterDialog('history', 'The conversation so far', h('ol', { className: 'history-lines' }, ...items));
}

/** A dialog over the encounter, titled, with a way back to it. */
export function encounterDialog(id: string, title: string, ...content: Node[]): HTMLDialogElement {
  return h(
    'dialog',
    { className: `over-encounter ${id}`, 'aria-labelledby': `${id}-title` },
    h(
      'form',
      { method: 'dialog' },
      h('h2', { id: `${id}-title` }, title),
      ...content,
      h('div', { className: 'actions' }, h('button', { type: 'submit', className: 'primary' }, 'Back to the encounter')),
    ),
  );
}
