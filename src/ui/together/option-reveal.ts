// The reveal in a run played together: a button (and a key) that shows under each option what
// choosing it leads to next, exactly as the engine plays it. Worked out only when asked (a few
// ms an option), read with the option it belongs to (aria-describedby), and gone once a choice
// is made: the view draws a new list of options, and the reveal starts hidden for it.
import type { NextStep } from '../../engine/analysis/outcomes';
import type { VariableSnapshot } from '../../engine/run-log';
import type { ScenarioMeta } from '../../engine/scenario-meta';
import { h } from '../dom';
import type { OutcomeRenderer } from './option-outcome';
import { togetherText as text } from './together-text';

export class OptionReveal {
  /** The button and its status line, to put beside each new list of options. */
  readonly controls: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly status: HTMLElement;
  /** How an outcome is drawn: loaded beside the run, so it never weighs on a learner's first page. */
  private readonly render: Promise<OutcomeRenderer>;
  private list: HTMLElement | null = null;
  private shown = false;

  constructor(
    meta: ScenarioMeta,
    private readonly leadsTo: (optionIndex: number) => NextStep,
    /** The tracked variables now, at the choice: what each option's change is counted from. */
    private readonly current: () => VariableSnapshot,
  ) {
    this.render = import('./option-outcome').then((m) => m.outcomeRenderer(meta));
    this.button = h('button', { type: 'button', className: 'reveal-outcomes', 'aria-keyshortcuts': text.key, onclick: () => void this.toggle() });
    this.status = h('p', { className: 'visually-hidden', role: 'status' });
    this.controls = h('div', { className: 'reveal-controls' }, this.button, this.status);
  }

  /** The controls for a new list of options (buttons carrying data-index), nothing revealed yet. */
  controlsFor(list: HTMLElement): HTMLElement {
    this.list = list;
    this.shown = false;
    this.status.textContent = '';
    this.label();
    return this.controls;
  }

  async toggle(): Promise<void> {
    const list = this.list;
    if (!list) return;
    const shown = !this.shown;
    this.shown = shown;
    this.label();
    const render = await this.render;
    // A choice, or another press, may have come while the drawing code loaded.
    if (this.list !== list || this.shown !== shown) return;
    const before = this.current();
    list.querySelectorAll<HTMLButtonElement>('button.choice').forEach((option, position) => {
      option.parentElement?.querySelector('.option-outcome')?.remove();
      option.removeAttribute('aria-describedby');
      if (!shown) return;
      const id = `option-outcome-${position + 1}`;
      option.after(render(this.leadsTo(Number(option.dataset.index)), before, id));
      option.setAttribute('aria-describedby', id);
    });
    this.status.textContent = shown ? text.shown : text.hidden;
  }

  private label(): void {
    this.button.replaceChildren(h('span', {}, this.shown ? text.hide : text.reveal), h('kbd', { 'aria-hidden': 'true' }, text.key));
    this.button.setAttribute('aria-expanded', String(this.shown));
  }
}
