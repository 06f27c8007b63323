// The debrief in the four PEARLS phases of the brief: Reactions (free text, before any
// numbers), Description (ending and pictures), Analysis (the pivotal moments) and Summary
// (take-aways, replay, export). One phase is shown at a time; printing shows them all.
import type { Debrief, DebriefChoice, OptionView, PivotalMoment } from '../engine/debrief';
import { SHAPES } from '../engine/debrief';
import type { AnalysisProgress } from '../engine/analysis/counterfactuals';
import type { VariableSnapshot } from '../engine/run-log';
import { planeChart, timelineChart } from './charts';
import { h } from './dom';

export type Phase = 'reactions' | 'description' | 'analysis' | 'summary';
const PHASES: { id: Phase; title: string }[] = [
  { id: 'reactions', title: 'Reactions' },
  { id: 'description', title: 'Description' },
  { id: 'analysis', title: 'Analysis' },
  { id: 'summary', title: 'Summary' },
];

export interface RunComparison {
  fromTurn: number;
  first: { label: string; debrief: Debrief };
  second: { label: string; debrief: Debrief };
}

export interface DebriefViewOptions {
  debrief: Debrief;
  /** Resolves with the analysed debrief; progress arrives meanwhile. */
  analysed: Promise<Debrief>;
  subscribeProgress: (listener: (progress: AnalysisProgress) => void) => void;
  reaction: { load: () => string; save: (text: string) => void };
  comparison: RunComparison | null;
  /** Read-only views (an imported results file) offer no replay and no reactions. */
  readOnly: boolean;
  actions: {
    replayFrom: (turn: number) => void;
    playAgain: () => void;
    back: () => void;
    exportResults: () => void;
  };
}

export class DebriefView {
  readonly element: HTMLElement;
  private readonly sections = new Map<Phase, HTMLElement>();
  private readonly stepper: HTMLElement;
  private debrief: Debrief;

  constructor(private readonly options: DebriefViewOptions) {
    this.debrief = options.debrief;
    this.stepper = h('ol', { className: 'phases' });
    const phases = options.readOnly ? PHASES.filter((p) => p.id !== 'reactions') : PHASES;
    for (const [i, phase] of phases.entries()) {
      this.stepper.append(h('li', {}, h('button', { type: 'button', 'data-phase': phase.id, onclick: () => this.show(phase.id) }, `${i + 1}. ${phase.title}`)));
      this.sections.set(phase.id, h('section', { className: `phase phase-${phase.id}`, 'aria-labelledby': `phase-${phase.id}-title`, hidden: true }));
    }
    this.element = h(
      'section',
      { className: 'debrief', 'aria-labelledby': 'debrief-title' },
      h('h1', { id: 'debrief-title' }, `Debrief: ${this.debrief.title}`),
      h('nav', { 'aria-label': 'Debrief phases' }, this.stepper),
      ...this.sections.values(),
    );
    this.renderAll();
    options.subscribeProgress((progress) => this.renderProgress(progress));
    void options.analysed.then(
      (analysed) => {
        this.debrief = analysed;
        this.renderPhase('analysis', this.analysisPhase());
        this.renderPhase('summary', this.summaryPhase());
      },
      () => {
        this.renderPhase('analysis', this.phaseShell('analysis', h('p', { role: 'alert' }, 'The analysis could not be worked out for this run: the scenario has changed since it was played.')));
      },
    );
    this.show(phases[0]!.id, false);
  }

  show(phase: Phase, moveFocus = true): void {
    for (const [id, section] of this.sections) section.hidden = id !== phase;
    for (const button of this.stepper.querySelectorAll<HTMLButtonElement>('button')) {
      if (button.dataset.phase === phase) button.setAttribute('aria-current', 'step');
      else button.removeAttribute('aria-current');
    }
    if (moveFocus) {
      const heading = this.sections.get(phase)?.querySelector<HTMLElement>('h2');
      heading?.focus();
    }
  }

  private renderAll(): void {
    if (this.sections.has('reactions')) this.renderPhase('reactions', this.reactionsPhase());
    this.renderPhase('description', this.descriptionPhase());
    this.renderPhase('analysis', this.analysisPhase());
    this.renderPhase('summary', this.summaryPhase());
  }

  /**
   * Replaces a phase's content. The analysis can arrive while the player is reading a phase
   * it rewrites; focus then stays in that phase (same element if it has an id, else the
   * heading) instead of falling back to the page.
   */
  private renderPhase(phase: Phase, content: HTMLElement): void {
    const section = this.sections.get(phase);
    if (!section) return;
    const focused = section.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    section.replaceChildren(...content.childNodes);
    if (!focused) return;
    const same = focused.id ? section.querySelector<HTMLElement>(`#${CSS.escape(focused.id)}`) : null;
    (same ?? section.querySelector<HTMLElement>('h2'))?.focus();
  }

  private phaseShell(phase: Phase, ...children: (Node | null)[]): HTMLElement {
    const title = PHASES.find((p) => p.id === phase)!.title;
    const ids = [...this.sections.keys()];
    const next = ids[ids.indexOf(phase) + 1];
    return h(
      'div',
      {},
      h('h2', { id: `phase-${phase}-title`, tabindex: -1 }, title),
      ...children,
      next ? h('div', { className: 'actions' }, h('button', { type: 'button', className: 'primary', onclick: () => this.show(next) }, `Next: ${PHASES.find((p) => p.id === next)!.title}`)) : null,
    );
  }

  private reactionsPhase(): HTMLElement {
    const field = h('textarea', { id: 'reaction', rows: 5, 'aria-describedby': 'reaction-hint' });
    field.value = this.options.reaction.load();
    field.addEventListener('input', () => this.options.reaction.save(field.value));
    return this.phaseShell(
      'reactions',
      h('label', { for: 'reaction', className: 'big-label' }, `How did that feel? What stays with you about ${this.debrief.patientName}?`),
      h('p', { id: 'reaction-hint', className: 'hint' }, 'Write as much or as little as you like. It stays on this device and is never exported.'),
      field,
    );
  }

  private descriptionPhase(): HTMLElement {
    const d = this.debrief;
    const shape = SHAPES[d.shape];
    return this.phaseShell(
      'description',
      d.ending ? h('p', { className: 'ending' }, h('strong', {}, `${d.ending.title}. `), d.ending.summary) : h('p', { className: 'ending' }, 'The encounter is unfinished: this is a partial debrief of what happened so far.'),
      this.options.comparison ? comparisonPanel(this.options.comparison) : null,
      h('p', {}, `You made ${d.choices.length} choices. Here, for the first time, are the hidden variables.`),
      h('dl', { className: 'variables' }, ...variableRow('Trust', d.start.trust, d.final.trust), ...variableRow('Autonomy', d.start.autonomy, d.final.autonomy)),
      h('p', {}, h('strong', {}, `${shape.name}. `), shape.description),
      h('div', { className: 'charts' }, timelineChart(d), planeChart(d)),
      h('details', { className: 'all-choices' }, h('summary', {}, 'Every choice you made, with its power moves'), h('ol', { className: 'debrief-choices' }, ...d.choices.map((c) => choiceItem(c, this.options.readOnly ? null : () => this.options.actions.replayFrom(c.turn))))),
    );
  }

  private analysisPhase(): HTMLElement {
    const analysis = this.debrief.analysis;
    if (!analysis) {
      return this.phaseShell(
        'analysis',
        h('div', { className: 'progress', role: 'status' }, h('p', { id: 'analysis-progress-label' }, 'Working out what each of the other options would have done…'), h('progress', { 'aria-labelledby': 'analysis-progress-label' })),
      );
    }
    const credits = this.debrief.credits.slice(0, 6);
    return this.phaseShell(
      'analysis',
      h('p', {}, analysis.pivotal.length ? 'The moments where your options differed most in what they led to, most pivotal first.' : 'No choice made enough of a difference to stand out.'),
      ...analysis.pivotal.map((m, i) => this.momentCard(m, i)),
      analysis.doors.length
        ? h(
            'section',
            { className: 'panel', 'aria-labelledby': 'doors-title' },
            h('h3', { id: 'doors-title' }, 'Doors opened and closed'),
            h('ul', {}, ...analysis.doors.map((d) => h('li', {}, `Choice ${d.turn + 1}: ${d.kind === 'opened' ? `“${d.option}” led ${this.debrief.patientName} to tell you` : `“${d.option}” would have led ${this.debrief.patientName} to tell you`}: ${d.label}.`))),
          )
        : null,
      credits.length
        ? h(
            'section',
            { className: 'panel', 'aria-labelledby': 'credits-title' },
            h('h3', { id: 'credits-title' }, 'The moves that moved trust and autonomy most'),
            h(
              'table',
              { className: 'credits' },
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Move'), h('th', { scope: 'col' }, 'Times'), h('th', { scope: 'col' }, 'Trust'), h('th', { scope: 'col' }, 'Autonomy'))),
              h('tbody', {}, ...credits.map((c) => h('tr', {}, h('th', { scope: 'row' }, `${c.info.name} (${c.info.direction})`), h('td', {}, String(c.count)), h('td', {}, signed(c.change.trust)), h('td', {}, signed(c.change.autonomy))))),
            ),
            h('p', { className: 'hint' }, 'Each choice\'s change is shared equally between the moves it made.'),
          )
        : null,
    );
  }

  private momentCard(moment: PivotalMoment, rank: number): HTMLElement {
    const id = `moment-${moment.turn}`;
    return h(
      'article',
      { className: 'moment panel', 'aria-labelledby': id },
      h('h3', { id }, `${rank + 1}. Choice ${moment.turn + 1} of ${this.debrief.choices.length}`),
      moment.prompt ? h('p', { className: 'prompt' }, h('span', { className: 'label' }, 'The moment: '), `“${moment.prompt}”`) : null,
      h('p', {}, h('span', { className: 'label' }, 'You chose: '), moment.chosen.text),
      h('p', { className: 'effect' }, outcomeText(moment.chosen, this.debrief.patientName, 'did')),
      h('h4', {}, 'Why it mattered'),
      h('p', {}, moment.explanation),
      h('h4', {}, 'What the other options would have done'),
      h('ul', { className: 'alternatives' }, ...moment.alternatives.map((o) => alternativeItem(o, this.debrief.patientName))),
      moment.endingsClosed.length
        ? h('p', {}, moment.endingsExact ? `This choice closed off: ${moment.endingsClosed.join(', ')}.` : `Playing on at random from your choice never reached: ${moment.endingsClosed.join(', ')}; the other options did.`)
        : null,
      h('aside', { className: 'inquiry', 'aria-label': 'To reflect on' }, h('h4', {}, 'To reflect on'), h('p', {}, moment.inquiry)),
      this.options.readOnly ? null : h('button', { type: 'button', onclick: () => this.options.actions.replayFrom(moment.turn) }, `Replay from choice ${moment.turn + 1}`),
    );
  }

  private summaryPhase(): HTMLElement {
    const analysis = this.debrief.analysis;
    const { actions, readOnly } = this.options;
    return this.phaseShell(
      'summary',
      analysis
        ? h('ol', { className: 'takeaways' }, ...analysis.takeaways.map((t) => h('li', {}, t)))
        : h('p', { role: 'status' }, 'The take-aways appear when the analysis is ready.'),
      analysis && !readOnly && analysis.pivotal.length
        ? h(
            'div',
            { className: 'actions' },
            h('span', {}, 'Try a pivotal moment again:'),
            ...analysis.pivotal.map((m) => h('button', { type: 'button', onclick: () => actions.replayFrom(m.turn) }, `Replay from choice ${m.turn + 1}`)),
          )
        : null,
      h(
        'div',
        { className: 'actions' },
        readOnly ? null : h('button', { type: 'button', onclick: actions.exportResults }, 'Export results file'),
        h('button', { type: 'button', onclick: () => window.print() }, 'Print the debrief'),
        readOnly ? null : h('button', { type: 'button', className: 'primary', onclick: actions.playAgain }, 'Play again from the start'),
        h('button', { type: 'button', onclick: actions.back }, 'Back to scenarios'),
      ),
    );
  }

  private renderProgress(progress: AnalysisProgress): void {
    const bar = this.sections.get('analysis')?.querySelector('progress');
    if (!bar) return;
    bar.max = progress.total;
    bar.value = progress.done;
    const label = this.sections.get('analysis')?.querySelector('#analysis-progress-label');
    if (label) label.textContent = `Working out what each of the other options would have done… (${progress.done} of ${progress.total} choices)`;
  }
}

function signed(n: number | undefined): string {
  if (!n) return '0';
  return `${n > 0 ? '+' : '−'}${Math.abs(Math.round(n * 10) / 10)}`;
}

function variableRow(label: string, start: number | undefined, end: number | undefined): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, `${start ?? '?'} → ${end ?? '?'} out of 100`)];
}

function changeText(change: VariableSnapshot): string {
  const parts = (['trust', 'autonomy'] as const).filter((k) => change[k]).map((k) => `${k} ${signed(change[k])}`);
  return parts.length ? parts.join(', ') : 'no change in trust or autonomy';
}

function outcomeText(option: OptionView, patient: string, verb: 'did' | 'would'): string {
  const told = option.disclosed.length ? ` ${patient} ${verb === 'did' ? 'then told you' : 'would have told you'}: ${option.disclosed.join('; ')}.` : '';
  const text = changeText(option.change);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.${told}`;
}

function endingsText(option: OptionView): string {
  const odds = option.endings.map((e) => `${e.title} ${Math.round(e.chance * 100)}%`).join(', ');
  return `Where it could end: ${odds}${option.exact ? ' (every path followed)' : ' (estimated by playing on at random)'}.`;
}

function alternativeItem(option: OptionView, patient: string): HTMLElement {
  return h(
    'li',
    {},
    h('p', {}, h('strong', {}, option.text), option.moves.length ? ` (${option.moves.map((m) => `${m.name}, ${m.direction}`).join('; ')})` : ''),
    option.lines.length ? h('p', { className: 'next-lines' }, `Next: ${option.lines.map((l) => `“${l}”`).join(' ')}`) : null,
    h('p', {}, outcomeText(option, patient, 'would')),
    h('p', {}, endingsText(option)),
  );
}

function choiceItem(choice: DebriefChoice, replay: (() => void) | null): HTMLElement {
  return h(
    'li',
    { className: 'debrief-choice' },
    choice.prompt ? h('p', { className: 'prompt' }, h('span', { className: 'label' }, 'After: '), `“${choice.prompt}”`) : null,
    h('p', { className: 'chosen' }, h('span', { className: 'label' }, 'You chose: '), choice.chosen),
    h(
      'ul',
      { className: 'moves' },
      ...choice.moves.map((m) =>
        h('li', { className: `move ${m.direction}` }, h('strong', {}, m.name), ` (${m.lever.replace('-', ' ')}, ${m.direction} power): ${m.definition} `, h('span', { className: 'concept' }, `Concept: ${m.conceptInfo.name}.`)),
      ),
    ),
    h('p', { className: 'effect' }, changeText({ trust: (choice.after.trust ?? 0) - (choice.before.trust ?? 0), autonomy: (choice.after.autonomy ?? 0) - (choice.before.autonomy ?? 0) })),
    choice.disclosed.length ? h('p', { className: 'disclosed' }, `The patient then told you: ${choice.disclosed.join('; ')}.`) : null,
    replay ? h('button', { type: 'button', onclick: replay }, `Replay from choice ${choice.turn + 1}`) : null,
  );
}

function comparisonPanel(comparison: RunComparison): HTMLElement {
  const column = (run: RunComparison['first']) =>
    h(
      'div',
      { className: 'run-column' },
      h('h4', {}, run.label),
      h('p', {}, h('strong', {}, run.debrief.ending ? run.debrief.ending.title : 'Unfinished'), run.debrief.ending ? `: ${run.debrief.ending.summary}` : ''),
      h('p', {}, `Trust ${run.debrief.final.trust}, autonomy ${run.debrief.final.autonomy}: ${SHAPES[run.debrief.shape].name}.`),
      h('ol', { start: comparison.fromTurn + 1 }, ...run.debrief.choices.slice(comparison.fromTurn).map((c) => h('li', {}, c.chosen))),
    );
  return h(
    'section',
    { className: 'panel comparison', 'aria-labelledby': 'comparison-title' },
    h('h3', { id: 'comparison-title' }, `Your two runs, side by side from choice ${comparison.fromTurn + 1}`),
    h('div', { className: 'run-columns' }, column(comparison.first), column(comparison.second)),
  );
}
