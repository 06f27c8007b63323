// What one option leads to next, as the room reads it under the option: the first lines that
// follow, what the patient would tell, the change in every stake, and the ending if it ends
// there. Loaded only for a run played together: it brings the debrief's wording with it.
import type { NextStep } from '../../engine/analysis/outcomes';
import type { VariableSnapshot } from '../../engine/run-log';
import { disclosureLabel, endingTitle, patientName, type ScenarioMeta } from '../../engine/scenario-meta';
import { stakesOf } from '../../engine/stakes';
import { signed, text as debriefText } from '../debrief-text';
import { h } from '../dom';
import { togetherText as text } from './together-text';

/** How many of the lines that follow an option the room sees: enough to hear where it goes. */
const LINES_SHOWN = 2;

export type OutcomeRenderer = (next: NextStep, before: VariableSnapshot, id: string) => HTMLElement;

export function outcomeRenderer(meta: ScenarioMeta): OutcomeRenderer {
  const stakes = stakesOf(meta);
  const { firstName } = patientName(meta);
  return (next, before, id) =>
    h(
      'div',
      { className: 'option-outcome', id },
      next.lines.length ? h('p', { className: 'outcome-lines' }, debriefText.next(next.lines.slice(0, LINES_SHOWN))) : null,
      next.disclosed.length ? h('p', { className: 'outcome-told' }, text.told(firstName, next.disclosed.map((id) => disclosureLabel(meta, id)))) : null,
      h(
        'p',
        { className: 'outcome-stakes' },
        // Every stake, changed or not, so the room can compare the options line by line.
        ...stakes.flatMap((s, i) => {
          const change = (next.after[s.name] ?? 0) - (before[s.name] ?? 0);
          return [i > 0 ? '; ' : null, h('span', { className: change ? 'stake' : 'stake unchanged', 'data-stake': s.name }, `${s.label} `, h('strong', {}, signed(change)))];
        }),
      ),
      next.ending ? h('p', { className: 'outcome-ending' }, text.ends(endingTitle(meta, next.ending))) : null,
    );
}
