// The first debrief: the ending, where trust and autonomy finished, and every choice with
// the power moves it made. Numbers appear here for the first time.
import type { Debrief, DebriefChoice } from '../engine/debrief';
import { SHAPES } from '../engine/debrief';
import { h } from './dom';

export interface DebriefActions {
  playAgain: () => void;
  back: () => void;
}

export function debriefView(debrief: Debrief, actions: DebriefActions): HTMLElement {
  const shape = SHAPES[debrief.shape];
  return h(
    'section',
    { className: 'debrief', 'aria-labelledby': 'debrief-title' },
    h('h1', { id: 'debrief-title' }, `Debrief: ${debrief.title}`),
    h(
      'section',
      { 'aria-labelledby': 'ending-title', className: 'panel' },
      h('h2', { id: 'ending-title' }, debrief.finished ? 'How it ended' : 'Where you stopped'),
      debrief.ending
        ? h('p', {}, h('strong', {}, `${debrief.ending.title}. `), debrief.ending.summary)
        : h('p', {}, 'The encounter is unfinished: this is a partial debrief.'),
      h(
        'dl',
        { className: 'variables' },
        ...variableRow('Trust', debrief.start.trust, debrief.final.trust),
        ...variableRow('Autonomy', debrief.start.autonomy, debrief.final.autonomy),
      ),
      h('p', {}, h('strong', {}, `${shape.name}. `), shape.description),
    ),
    h(
      'section',
      { 'aria-labelledby': 'choices-title', className: 'panel' },
      h('h2', { id: 'choices-title' }, 'Your choices and the power moves they made'),
      debrief.choices.length
        ? h('ol', { className: 'debrief-choices' }, ...debrief.choices.map(choiceItem))
        : h('p', {}, 'No choices were made.'),
    ),
    h(
      'div',
      { className: 'actions' },
      h('button', { type: 'button', className: 'primary', onclick: actions.playAgain }, 'Play again'),
      h('button', { type: 'button', onclick: actions.back }, 'Back to scenarios'),
    ),
  );
}

function variableRow(label: string, start: number | undefined, end: number | undefined): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, `${start ?? '?'} → ${end ?? '?'} out of 100`)];
}

function change(label: string, before: number | undefined, after: number | undefined): string | null {
  if (before === undefined || after === undefined || before === after) return null;
  return `${label} ${after > before ? '+' : '−'}${Math.abs(after - before)}`;
}

function choiceItem(choice: DebriefChoice): HTMLElement {
  const changes = [change('trust', choice.before.trust, choice.after.trust), change('autonomy', choice.before.autonomy, choice.after.autonomy)].filter(
    (c): c is string => c !== null,
  );
  return h(
    'li',
    { className: 'debrief-choice' },
    choice.prompt ? h('p', { className: 'prompt' }, h('span', { className: 'label' }, 'After: '), `“${choice.prompt}”`) : null,
    h('p', { className: 'chosen' }, h('span', { className: 'label' }, 'You chose: '), choice.chosen),
    h(
      'ul',
      { className: 'moves' },
      ...choice.moves.map((m) =>
        h(
          'li',
          { className: `move ${m.direction}` },
          h('strong', {}, m.name),
          ` (${m.lever.replace('-', ' ')}, ${m.direction} power): ${m.definition} `,
          h('span', { className: 'concept' }, `Concept: ${m.conceptInfo.name}.`),
        ),
      ),
    ),
    h('p', { className: 'effect' }, changes.length ? changes.join(', ') : 'No change in trust or autonomy.'),
    choice.disclosed.length ? h('p', { className: 'disclosed' }, `The patient then told you: ${choice.disclosed.join('; ')}.`) : null,
  );
}
