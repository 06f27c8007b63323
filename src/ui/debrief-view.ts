// The debrief in the four PEARLS phases of the brief: Reactions (free text, before any
// numbers), Description (ending and pictures), Analysis (the pivotal moments) and Summary
// (take-aways, replay, export). One phase is shown at a time; printing shows them all.
import type { Debrief, DebriefChoice, ExplainedMove, OptionView, PivotalMoment } from '../engine/debrief';
import type { Concept } from '../engine/taxonomy';
import type { AnalysisProgress } from '../engine/analysis/counterfactuals';
import { NICKNAME_MAX } from '../engine/run-code';
import type { VariableSnapshot } from '../engine/run-log';
import { planeChart, timelineChart } from './charts';
import { SHAPE_NOTE, personalise, shapeDescription, shapeName, signed, stakesText, text } from './debrief-text';
import { h } from './dom';
import { copyButton } from './copy-button';
import { qrImage } from './qr-image';

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
  /** The learner's answer to each moment's reflection, by turn; kept on the device like the reaction. */
  reflections: { load: (turn: number) => string; save: (turn: number, text: string) => void };
  /** Practice mode shows the other options at once, without a reflection first. */
  practice: boolean;
  comparison: RunComparison | null;
  /** Read-only views (an imported results file) offer no replay and no reactions. */
  readOnly: boolean;
  /** How the learner hands this run to a facilitator: its code, and the nickname put on it. Null for a read-only view. */
  share: RunShare | null;
  actions: {
    replayFrom: (turn: number) => void;
    playAgain: () => void;
    back: () => void;
    exportResults: () => void;
  };
}

export interface RunShare {
  /** The run code line (code, then the nickname if any) for a nickname. */
  codeLine: (nickname: string | null) => string;
  nickname: { load: () => string | null; save: (text: string) => boolean };
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
        this.renderPhase('analysis', () => this.analysisPhase());
        this.renderPhase('summary', () => this.summaryPhase());
      },
      () => {
        this.renderPhase('analysis', () => this.phaseShell('analysis', h('p', { role: 'alert' }, text.analysisFailed)));
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
    if (this.sections.has('reactions')) this.renderPhase('reactions', () => this.reactionsPhase());
    this.renderPhase('description', () => this.descriptionPhase());
    this.renderPhase('analysis', () => this.analysisPhase());
    this.renderPhase('summary', () => this.summaryPhase());
  }

  /**
   * Replaces a phase's content. The analysis can arrive while the player is reading a phase
   * it rewrites; focus then stays in that phase (same element if it has an id, else the
   * heading) instead of falling back to the page. A field being typed in is left before the
   * new content is built, as the learner leaving it would, so that what they typed is kept
   * and shown again rather than lost with the old field.
   */
  private renderPhase(phase: Phase, build: () => HTMLElement): void {
    const section = this.sections.get(phase);
    if (!section) return;
    const focused = section.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) focused.blur();
    section.replaceChildren(...build().childNodes);
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
      h('label', { for: 'reaction', className: 'big-label' }, text.reactionLabel(this.debrief)),
      h('p', { id: 'reaction-hint', className: 'hint' }, text.reactionHint),
      field,
    );
  }

  private descriptionPhase(): HTMLElement {
    const d = this.debrief;
    return this.phaseShell(
      'description',
      d.ending ? h('p', { className: 'ending' }, h('strong', {}, `${d.ending.title}. `), d.ending.summary) : h('p', { className: 'ending' }, text.unfinished),
      h('p', { className: 'run-seed' }, text.seed(d)),
      d.variant.length ? h('div', { className: 'variant' }, h('p', {}, text.variantIntro), h('ul', {}, ...d.variant.map((v) => h('li', {}, `${v.label}: ${v.value}.`)))) : null,
      this.options.comparison ? comparisonPanel(this.options.comparison) : null,
      h('p', {}, text.choicesMade(d.choices.length)),
      h('dl', { className: 'variables' }, ...d.stakes.flatMap((s) => variableRow(s.label, s.start, s.final, s.range))),
      h('p', {}, h('strong', {}, `${shapeName(d.shape)}. `), shapeDescription(d.shape)),
      h('p', { className: 'hint' }, SHAPE_NOTE),
      h('div', { className: 'charts' }, timelineChart(d), planeChart(d)),
      h('details', { className: 'all-choices' }, h('summary', {}, 'Every choice you made, with its power moves'), h('ol', { className: 'debrief-choices' }, ...d.choices.map((c) => choiceItem(c, this.options.readOnly ? null : () => this.options.actions.replayFrom(c.turn))))),
    );
  }

  private analysisPhase(): HTMLElement {
    const analysis = this.debrief.analysis;
    if (!analysis) {
      return this.phaseShell(
        'analysis',
        h('div', { className: 'progress', role: 'status' }, h('p', { id: 'analysis-progress-label' }, text.working), h('progress', { 'aria-labelledby': 'analysis-progress-label' })),
      );
    }
    const credits = this.debrief.credits.slice(0, 6);
    return this.phaseShell(
      'analysis',
      h('p', {}, analysis.pivotal.length ? text.analysisIntro : text.nothingPivotal),
      this.debrief.variant.length ? h('p', { className: 'variant-note' }, text.variantNote(this.debrief)) : null,
      ...analysis.pivotal.map((m, i) => this.momentCard(m, i)),
      analysis.doors.length
        ? h(
            'section',
            { className: 'panel', 'aria-labelledby': 'doors-title' },
            h('h3', { id: 'doors-title' }, text.doorsTitle),
            h('ul', {}, ...analysis.doors.map((d) => h('li', {}, text.door(this.debrief, d.kind, d.option, d.label, d.turn)))),
          )
        : null,
      credits.length
        ? h(
            'section',
            { className: 'panel', 'aria-labelledby': 'credits-title' },
            h('h3', { id: 'credits-title' }, text.creditsTitle),
            h(
              'table',
              { className: 'credits' },
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Move'), h('th', { scope: 'col' }, 'Times'), h('th', { scope: 'col' }, 'Trust'), h('th', { scope: 'col' }, 'Autonomy'))),
              h('tbody', {}, ...credits.map((c) => h('tr', {}, h('th', { scope: 'row' }, `${c.info.name} (${c.info.direction})`), h('td', {}, String(c.count)), h('td', {}, signed(c.change.trust)), h('td', {}, signed(c.change.autonomy))))),
            ),
            h('p', { className: 'hint' }, text.creditsHint),
          )
        : null,
      analysis.glossary.length ? glossaryPanel(analysis.glossary) : null,
    );
  }

  private momentCard(moment: PivotalMoment, rank: number): HTMLElement {
    const id = `moment-${moment.turn}`;
    const d = this.debrief;
    const others = h(
      'div',
      { className: 'alternatives-panel', id: `${id}-others`, hidden: true },
      h('h4', {}, text.alternativesTitle),
      h('p', {}, moment.betterExisted ? text.betterExisted : text.noBetter),
      h('ul', { className: 'alternatives', 'aria-label': `${text.ranked}${moment.alternatives.length}` }, ...moment.alternatives.map((o) => alternativeItem(o, d))),
      h('p', { className: 'effect' }, `${text.youChose}${stakesText(moment.chosen.stakes)}. ${text.goOn(moment.chosen)}`),
      moment.endingsClosed.length ? h('p', {}, text.closedOff(moment.endingsClosed, moment.endingsExact)) : null,
    );
    return h(
      'article',
      { className: 'moment panel', 'aria-labelledby': id },
      h('h3', { id }, `${rank + 1}. Choice ${moment.turn + 1} of ${d.choices.length}`),
      moment.prompt ? h('p', { className: 'prompt' }, h('span', { className: 'label' }, text.theMoment), `“${moment.prompt}”`) : null,
      h('p', {}, h('span', { className: 'label' }, text.youChose), moment.chosen.text),
      h('h4', {}, text.whatItDid),
      h('p', { className: 'why' }, moment.chosen.why),
      moment.concepts.length ? h('p', { className: 'concepts' }, h('span', { className: 'label' }, text.conceptsLabel), ...conceptLinks(moment.concepts)) : null,
      this.reflection(moment, others),
      others,
      this.options.readOnly ? null : h('button', { type: 'button', onclick: () => this.options.actions.replayFrom(moment.turn) }, text.replay(moment.turn)),
    );
  }

  /** The advocacy-inquiry question and the learner's answer; the other options wait for it (practice mode shows them at once). */
  private reflection(moment: PivotalMoment, others: HTMLElement): HTMLElement {
    const id = `reflection-${moment.turn}`;
    const field = h('textarea', { id, rows: 3 });
    field.value = this.options.reflections.load(moment.turn);
    field.addEventListener('input', () => this.options.reflections.save(moment.turn, field.value));
    const note = h('p', { className: 'hint', role: 'status' });
    const reveal = () => {
      others.hidden = false;
      button.hidden = true;
      note.textContent = '';
    };
    const button = h('button', {
      type: 'button',
      'aria-controls': others.id,
      onclick: () => {
        if (field.value.trim()) reveal();
        else {
          note.textContent = text.revealNeedsAnswer;
          field.focus();
        }
      },
    }, text.reveal);
    if (this.options.practice || this.options.readOnly || field.value.trim()) queueMicrotask(reveal);
    return h(
      'aside',
      { className: 'inquiry', 'aria-label': text.reflect },
      h('h4', {}, text.reflect),
      moment.inquiry ? h('p', {}, personalise(moment.inquiry.inquiry, this.debrief.patient)) : null,
      h('label', { for: id }, text.reflectionLabel(this.debrief)),
      field,
      note,
      button,
    );
  }

  private summaryPhase(): HTMLElement {
    const analysis = this.debrief.analysis;
    const { actions, readOnly } = this.options;
    return this.phaseShell(
      'summary',
      analysis
        ? h('ol', { className: 'takeaways' }, ...analysis.takeaways.map((t) => h('li', {}, t.takeaway)))
        : h('p', { role: 'status' }, text.takeawaysPending),
      h(
        'section',
        { className: 'panel support', 'aria-labelledby': 'support-title' },
        h('h3', { id: 'support-title' }, text.supportTitle),
        h('ul', {}, ...this.debrief.support.map((line) => h('li', {}, line)), h('li', {}, text.support)),
      ),
      this.options.share ? this.sharePanel(this.options.share) : null,
      analysis && !readOnly && analysis.pivotal.length
        ? h(
            'div',
            { className: 'actions' },
            h('span', {}, text.tryAgain),
            ...analysis.pivotal.map((m) => h('button', { type: 'button', onclick: () => actions.replayFrom(m.turn) }, text.replay(m.turn))),
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

  /** The run code to copy, read out or scan, with the learner's optional nickname on it. */
  private sharePanel(share: RunShare): HTMLElement {
    const code = h('input', { id: 'run-code', type: 'text', readonly: true, className: 'run-code', spellcheck: 'false', value: share.codeLine(share.nickname.load()) });
    const status = h('p', { role: 'status', className: 'share-status' });
    const picture = h('div', { className: 'qr-holder' });
    const nickname = h('input', { id: 'run-nickname', type: 'text', maxlength: NICKNAME_MAX, autocomplete: 'off', 'aria-describedby': 'run-nickname-hint', value: share.nickname.load() ?? '' });
    const drawQr = () => {
      const line = code.value;
      void qrImage(line, text.qrLabel).then(
        (image) => code.value === line && picture.replaceChildren(image),
        () => picture.replaceChildren(h('p', {}, text.qrUnavailable)),
      );
    };
    nickname.addEventListener('change', () => {
      if (!share.nickname.save(nickname.value)) {
        status.textContent = text.nicknameRefused(NICKNAME_MAX);
        return;
      }
      code.value = share.codeLine(share.nickname.load());
      status.textContent = text.nicknameKept(share.nickname.load());
      drawQr();
    });
    drawQr();
    return h(
      'section',
      { className: 'panel share', 'aria-labelledby': 'share-title' },
      h('h3', { id: 'share-title' }, text.shareTitle),
      h('p', {}, text.shareIntro),
      h('label', { for: 'run-nickname' }, text.nicknameLabel),
      nickname,
      h('p', { id: 'run-nickname-hint', className: 'hint' }, text.nicknameHint(NICKNAME_MAX)),
      h('label', { for: 'run-code' }, 'Run code'),
      code,
      h(
        'div',
        { className: 'actions' },
        copyButton(code, status, { label: text.copyCode, copied: text.codeCopied, selected: text.codeSelected }),
      ),
      status,
      picture,
    );
  }

  private renderProgress(progress: AnalysisProgress): void {
    const bar = this.sections.get('analysis')?.querySelector('progress');
    if (!bar) return;
    bar.max = progress.total;
    bar.value = progress.done;
    const label = this.sections.get('analysis')?.querySelector('#analysis-progress-label');
    if (label) label.textContent = text.workingProgress(progress.done, progress.total);
  }
}

function variableRow(label: string, start: number | undefined, end: number | undefined, range: number): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, `${start ?? '?'} → ${end ?? '?'} out of ${range}`)];
}

function changeText(change: VariableSnapshot): string {
  const parts = (['trust', 'autonomy'] as const).filter((k) => change[k]).map((k) => `${k} ${signed(change[k])}`);
  return parts.length ? parts.join(', ') : 'no change in trust or autonomy';
}

function moveLabel(m: ExplainedMove): string {
  return `${m.name}, ${text.direction(m.direction, m.warranted)}`;
}

function conceptLinks(concepts: readonly Concept[]): Node[] {
  return concepts.flatMap((c, i) => [...(i ? [document.createTextNode(', ')] : []), h('a', { href: `#concept-${c.id}` }, c.name)]);
}

function alternativeItem(option: OptionView, debrief: Debrief): HTMLElement {
  return h(
    'li',
    {},
    h('p', {}, h('strong', {}, option.text), option.moves.length ? ` (${option.moves.map(moveLabel).join('; ')})` : ''),
    option.why ? h('p', { className: 'why' }, option.why) : null,
    option.lines.length ? h('p', { className: 'next-lines' }, text.next(option.lines)) : null,
    h('p', {}, `${stakesText(option.stakes)}.${text.told(debrief, option)}`),
    h('p', {}, text.possible(option)),
    h('p', {}, text.goOn(option)),
  );
}

function glossaryPanel(concepts: readonly Concept[]): HTMLElement {
  return h(
    'section',
    { className: 'panel glossary', 'aria-labelledby': 'glossary-title' },
    h('h3', { id: 'glossary-title' }, text.glossary),
    h('dl', {}, ...concepts.flatMap((c) => [h('dt', { id: `concept-${c.id}` }, c.name), h('dd', {}, c.summary)])),
  );
}

/**
 * The debrief in the middle of a run: the choices so far and the power moves in each, but not
 * what they did to the patient (the hidden values, or the lines that tell them), which the
 * player is to read in the room until the end.
 */
export function debriefSoFarView(debrief: Debrief): HTMLElement {
  return h(
    'div',
    { className: 'debrief-so-far' },
    h('p', {}, text.soFarIntro(debrief)),
    h('ol', { className: 'debrief-choices' }, ...debrief.choices.map((c) => choiceItem(c, null, false))),
  );
}

/** One choice made, with its power moves; `outcome` adds what it did (its line and the change in trust and autonomy). */
function choiceItem(choice: DebriefChoice, replay: (() => void) | null, outcome = true): HTMLElement {
  return h(
    'li',
    { className: 'debrief-choice' },
    choice.prompt ? h('p', { className: 'prompt' }, h('span', { className: 'label' }, 'After: '), `“${choice.prompt}”`) : null,
    h('p', { className: 'chosen' }, h('span', { className: 'label' }, text.youChose), choice.chosen),
    outcome && choice.why ? h('p', { className: 'why' }, choice.why) : null,
    h(
      'ul',
      { className: 'moves' },
      ...choice.moves.map((m) =>
        h('li', { className: `move ${m.direction}` }, h('strong', {}, m.name), ` (${m.lever.replace('-', ' ')}, ${text.direction(m.direction, m.warranted)}): ${m.definition} `, h('span', { className: 'concept' }, `Concept: ${m.conceptInfo.name}.`)),
      ),
    ),
    outcome ? h('p', { className: 'effect' }, changeText({ trust: (choice.after.trust ?? 0) - (choice.before.trust ?? 0), autonomy: (choice.after.autonomy ?? 0) - (choice.before.autonomy ?? 0) })) : null,
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
      h('p', {}, `Trust ${run.debrief.final.trust}, autonomy ${run.debrief.final.autonomy}: ${shapeName(run.debrief.shape)}.`),
      h('ol', { start: comparison.fromTurn + 1 }, ...run.debrief.choices.slice(comparison.fromTurn).map((c) => h('li', {}, c.chosen))),
    );
  return h(
    'section',
    { className: 'panel comparison', 'aria-labelledby': 'comparison-title' },
    h('h3', { id: 'comparison-title' }, `Your two runs, side by side from choice ${comparison.fromTurn + 1}`),
    h('div', { className: 'run-columns' }, column(comparison.first), column(comparison.second)),
  );
}
