// The conversation so far, to reread at any time: every line shown and every choice made,
// in order. A native <dialog>: focus stays inside, Escape closes it.
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
  return h(
    'dialog',
    { className: 'history', 'aria-labelledby': 'history-title' },
    h(
      'form',
      { method: 'dialog' },
      h('h2', { id: 'history-title' }, 'The conversation so far'),
      h('ol', { className: 'history-lines' }, ...items),
      h('div', { className: 'actions' }, h('button', { type: 'submit', className: 'primary' }, 'Back to the encounter')),
    ),
  );
}
