// The encounter as accessible DOM: the room (drawn by Phaser behind, described in words),
// the lines since the last choice in a live log, and the choices as numbered buttons.
// Number keys choose; Enter activates the focused button. Played together with a room
// (options.together), the type is large for a projector and R reveals what each option leads to.
import type { NextStep } from '../engine/analysis/outcomes';
import type { Encounter, StepEvent } from '../engine/encounter';
import { sceneState, type SceneState } from '../engine/presentation';
import { describeScene } from './scene-words';
import type { TranscriptLine } from '../engine/run-log';
import { ambienceCaption, cueCaption } from '../audio/captions';
import { afterPaint } from '../platform/after-paint';
import { h } from './dom';
import { encounterDialog, historyDialog } from './history-view';
import { OptionReveal } from './together/option-reveal';
import { togetherText } from './together/together-text';

/** Practice mode shows the two variables every scenario has, not its other stakes. */
const CORE = ['trust', 'autonomy'];

export interface Stage {
  show(state: SceneState): void;
  /** Stops drawing and lets go of everything the room holds. */
  destroy(): void;
}

/** What the view asks of the sound player; null until the first gesture, or when unavailable. */
export interface SoundLike {
  setAmbience(setting: string): void;
  play(name: string, channel: 'effects' | 'interface'): void;
  stopAll(): void;
}

export interface EncounterViewOptions {
  onFinished: () => void;
  /** What the debrief can say mid-run, shown over the encounter, which goes on after it. */
  debriefSoFar: () => Promise<Node>;
  onLeave: () => void;
  /** Practice mode shows trust and autonomy as they change. */
  practice: () => boolean;
  sound: () => SoundLike | null;
  captions: () => boolean;
  /** Resolves once the picture of the room is ready; the text never waits for it. */
  stage: Promise<Stage | null>;
  /** Played with a room on a projector: what each option leads to next, exactly, to reveal before choosing. */
  together?: { leadsTo: (optionIndex: number) => NextStep };
}

export class EncounterView {
  readonly element: HTMLElement;
  private readonly lines: HTMLElement;
  private readonly choices: HTMLElement;
  /** The newest lines and the choices: kept in view together after every step. */
  private readonly talk: HTMLElement;
  private readonly description: HTMLElement;
  private readonly meters: HTMLElement;
  private readonly clock: HTMLElement;
  private readonly captions: HTMLElement;
  /** Only in a run played together: what each option leads to, on request. */
  private readonly reveal: OptionReveal | null;
  private ambience: string | null = null;
  private stage: Stage | null = null;
  /** Whether destroy() has run: the learner has left the encounter. */
  private left = false;
  private readonly unsubscribe: () => void;
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);
  private readonly onResize = () => this.showTalk();

  constructor(
    private readonly encounter: Encounter,
    private readonly options: EncounterViewOptions,
  ) {
    const { meta } = encounter;
    const { together } = options;
    this.reveal = together ? new OptionReveal(meta, together.leadsTo, () => encounter.variables) : null;
    this.description = h('p', { className: 'scene-description', id: 'scene-description' });
    // Focusable, so a keyboard can scroll it when a long moment overflows.
    this.lines = h('div', { className: 'lines', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: 0 });
    this.choices = h('div', { className: 'choices' });
    this.meters = h('div', { className: 'practice-meters', hidden: true });
    this.clock = h('p', { className: 'visit-clock', hidden: !meta.clock });
    this.captions = h('p', { className: 'captions', role: 'status', 'aria-label': 'Sound captions' });
    // A click on the lines finishes their entrance at once; as each line enters, the log follows it.
    this.lines.addEventListener('click', () => this.revealLines());
    this.lines.addEventListener('animationstart', (event) => this.keepInView(event.target as Element));
    this.talk = h('div', { className: 'talk-column' }, together ? null : this.lines, this.choices);
    this.element = h(
      'section',
      { className: together ? 'encounter together' : 'encounter', 'aria-labelledby': 'encounter-title' },
      h(
        'header',
        { className: 'encounter-header' },
        h('h1', { id: 'encounter-title' }, meta.title),
        h('p', { className: 'run-seed' }, `Seed ${encounter.seed}`),
        together ? h('p', { className: 'together-note' }, togetherText.note) : null,
        h(
          'div',
          { className: 'header-actions' },
          h('button', { type: 'button', className: 'quiet', onclick: (e) => this.showDialog(historyDialog(encounter), e.currentTarget as HTMLElement) }, 'History'),
          h('button', { type: 'button', className: 'quiet', onclick: (e) => void this.showDebriefSoFar(e.currentTarget as HTMLElement) }, 'Debrief so far'),
          h('button', { type: 'button', className: 'quiet', onclick: () => options.onLeave() }, together ? togetherText.leave : 'Save and leave'),
        ),
      ),
      h(
        'div',
        { className: 'scene-column' },
        h('div', { className: 'stage', id: 'stage', 'aria-hidden': 'true' }),
        this.description,
        this.clock,
        this.meters,
        this.captions,
        // On a projector the lines go under the room, so the options and what they lead to have a column of their own.
        together ? this.lines : null,
      ),
      this.talk,
    );
    this.unsubscribe = encounter.subscribe((step) => this.render(step));
    void options.stage.then((stage) => {
      // A room that arrives after the learner has left is let go at once.
      if (this.left) return stage?.destroy();
      this.stage = stage;
      if (stage) stage.show(sceneState(encounter.meta, encounter.transcript, encounter.variables));
    });
    document.addEventListener('keydown', this.onKey);
    window.addEventListener('resize', this.onResize);
  }

  /** Draws the current moment: on first show and after a resume, the same line as before. */
  start(): void {
    this.render({ lines: this.encounter.currentLines, choices: this.encounter.choices, ended: this.encounter.ended });
  }

  destroy(): void {
    this.left = true;
    this.stage?.destroy();
    this.stage = null;
    this.options.sound()?.stopAll();
    this.unsubscribe();
    document.removeEventListener('keydown', this.onKey);
    window.removeEventListener('resize', this.onResize);
  }

  private render(step: StepEvent): void {
    this.releaseFocus();
    this.lines.classList.remove('shown');
    this.lines.replaceChildren(...step.lines.map((line) => this.lineElement(line)));
    this.playSounds(step, this.updateScene());
    if (step.ended) {
      const next = h('button', { type: 'button', className: 'primary', onclick: () => this.options.onFinished() }, 'Continue to the debrief');
      this.choices.replaceChildren(h('p', { className: 'end-note' }, 'The encounter has ended.'), next);
      this.focusAfterPaint(next);
    } else {
      // The number keys are announced with each option (the printed number is hidden from screen readers).
      const list = h('ol', { className: 'choice-list', 'aria-label': 'Your response', 'aria-describedby': 'choice-keys' });
      step.choices.forEach((choice, position) => {
        list.append(
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                className: 'choice',
                'data-index': choice.index,
                ...(position < 9 ? { 'aria-keyshortcuts': String(position + 1) } : {}),
                onclick: () => this.choose(choice.index),
              },
              h('kbd', { 'aria-hidden': 'true' }, String(position + 1)),
              h('span', {}, choice.text),
              this.encounter.meta.clock && choice.time ? h('span', { className: 'cost' }, `${choice.time} min`) : null,
            ),
          ),
        );
      });
      this.choices.replaceChildren(
        h('h2', { className: 'prompt-title' }, 'What do you do?'),
        h('p', { className: 'visually-hidden', id: 'choice-keys' }, 'Press a response’s number key to choose it, or Enter for the first.'),
        list,
      );
      if (this.reveal) this.choices.append(this.reveal.controlsFor(list));
      // Focus goes to the first choice, but the view shows the new lines first: read, then choose.
      this.focusAfterPaint(list.querySelector<HTMLButtonElement>('button'));
    }
    // The log starts at the moment's first line and follows the lines in; shown at once, it goes to the newest.
    this.lines.scrollTop = 0;
    // Measured in the frame that shows the moment, which lays the page out anyway (here it would be an extra layout).
    requestAnimationFrame(() => {
      if (!this.left) this.showTalk();
    });
    if (performance.getEntriesByName('first-choice').length === 0 && step.choices.length) performance.mark('first-choice');
  }

  /**
   * Takes focus off the choices about to be replaced, while nothing on the page has changed: a
   * focused button removed from a changed page makes the browser lay the page out there and then.
   */
  private releaseFocus(): void {
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && this.choices.contains(focused)) focused.blur();
  }

  /**
   * Focus moves to `target` once the new moment is painted: focusing lays the page out, which the
   * frame does anyway. Not if the learner has put focus somewhere else meanwhile.
   */
  private focusAfterPaint(target: HTMLElement | null): void {
    const before = document.activeElement;
    afterPaint(() => {
      if (!this.left && target?.isConnected && document.activeElement === before) target.focus({ preventScroll: true });
    });
  }

  private lineElement(line: TranscriptLine): HTMLElement {
    const speaker = line.tags.speaker ? this.encounter.meta.cast.find((c) => c.id === line.tags.speaker) : undefined;
    if (!speaker) return h('p', { className: 'line narration' }, line.text);
    const name = speaker.role === 'clinician' ? 'You' : speaker.name;
    return h(
      'p',
      { className: `line speech role-${speaker.role}`, 'data-speaker': speaker.id },
      h('span', { className: 'speaker' }, `${name}: `),
      h('span', { className: 'text' }, line.text),
    );
  }

  private choose(index: number): void {
    if (this.encounter.ended) return;
    // A press while the moment's lines are still coming in shows them all, so nobody answers what they have not read.
    if (this.linesEntering()) return this.revealLines();
    this.heard((sound) => sound.play('ui-choose', 'interface'));
    this.encounter.choose(index);
  }

  /** Draws and describes the room; returns what it drew, for the sounds to follow. */
  private updateScene(): SceneState {
    const variables = this.encounter.variables;
    const state = sceneState(this.encounter.meta, this.encounter.transcript, variables);
    this.description.textContent = describeScene(state);
    this.updateClock();
    this.meters.hidden = !this.options.practice();
    if (!this.meters.hidden) {
      this.meters.replaceChildren(
        h('span', { className: 'practice-label' }, 'Practice mode'),
        ...this.encounter.tracked
          .filter((v) => CORE.includes(v.name))
          .map((v) => h('label', {}, `${v.label} ${variables[v.name]}`, h('meter', { min: v.min, max: v.max, value: variables[v.name] }))),
      );
    }
    this.stage?.show(state);
    return state;
  }

  /**
   * Sound, after the frame that shows the text: starting a sound takes milliseconds of the
   * main thread (the first one, creating the audio output, far more), and a frame later is
   * not heard as late.
   */
  private heard(play: (sound: SoundLike) => void): void {
    afterPaint(() => {
      const sound = this.options.sound();
      if (sound && !this.left) play(sound);
    });
  }

  /** Room tone for the setting, the step's cues, and a caption for each, sound on or off. */
  private playSounds(step: StepEvent, scene: SceneState): void {
    const captions: string[] = [];
    const ambience = scene.ambience;
    const cues = step.lines.flatMap((line) => (line.tags.sfx ? [line.tags.sfx] : []));
    // The player may arrive after the first moment (it waits for a gesture), so the room tone
    // is asked for every step; the player ignores a request for what is already playing.
    this.heard((sound) => {
      if (ambience === 'none') sound.stopAll();
      else sound.setAmbience(ambience);
      for (const cue of cues) sound.play(cue, 'effects');
    });
    if (ambience !== this.ambience) {
      this.ambience = ambience;
      const caption = ambienceCaption(ambience);
      if (caption) captions.push(caption);
    }
    captions.push(...cues.map(cueCaption));
    this.captions.hidden = !this.options.captions() || captions.length === 0;
    this.captions.replaceChildren(...captions.map((c) => h('span', { className: 'caption' }, `[${c}]`)));
  }

  /** The visit clock: structural pressure the player should feel, so it is never hidden. */
  private updateClock(): void {
    const clock = this.encounter.meta.clock;
    if (!clock) return;
    const used = this.encounter.variables[clock.variable] ?? 0;
    const over = used - clock.limit;
    this.clock.replaceChildren(
      h('span', {}, over > 0 ? `Visit clock: ${used} minutes, ${over} over the ${clock.limit}-minute slot` : `Visit clock: ${used} of ${clock.limit} minutes`),
      h('meter', { min: 0, max: clock.limit, high: clock.limit * 0.8, optimum: 0, value: Math.min(used, clock.limit), 'aria-hidden': 'true' }),
    );
    this.clock.classList.toggle('over', over > 0);
  }

  private linesEntering(): boolean {
    return this.lines.getAnimations({ subtree: true }).some((animation) => animation.playState === 'running');
  }

  private revealLines(): void {
    this.lines.classList.add('shown');
    this.keepInView(this.lines.lastElementChild);
  }

  /**
   * Brings the newest line and the choices into view. Where they fit on the screen together, the
   * log scrolls within it; where they do not (large text on a phone), the log shows the whole
   * moment and the page is scrolled to its newest line, the choices after it.
   */
  private showTalk(): void {
    const screen = this.element.parentElement;
    const newest = this.lines.lastElementChild;
    if (!screen || !newest) return;
    this.talk.classList.remove('unbounded');
    const fits = newest.getBoundingClientRect().height + this.choices.getBoundingClientRect().height <= screen.clientHeight * 0.9;
    this.talk.classList.toggle('unbounded', !fits);
    if (!fits) return newest.scrollIntoView({ block: 'start' });
    if (!this.linesEntering()) this.keepInView(newest);
    this.talk.scrollIntoView({ block: 'nearest' });
  }

  /** Scrolls the log (only the log) down far enough to show the whole of `line`. */
  private keepInView(line: Element | null): void {
    if (!line) return;
    const below = line.getBoundingClientRect().bottom - this.lines.getBoundingClientRect().bottom + parseFloat(getComputedStyle(this.lines).paddingBottom);
    if (below > 0) this.lines.scrollTop += below;
  }

  private async showDebriefSoFar(opener: HTMLElement): Promise<void> {
    this.showDialog(encounterDialog('debrief-so-far', 'Debrief so far', await this.options.debriefSoFar()), opener);
  }

  /** Opens `dialog` over the encounter; closed, it is gone and focus is back on `opener`. */
  private showDialog(dialog: HTMLDialogElement, opener: HTMLElement): void {
    dialog.addEventListener('close', () => {
      dialog.remove();
      opener.focus();
    });
    document.body.append(dialog);
    dialog.showModal();
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    if (document.querySelector('dialog[open]')) return;
    if (event.key === ' ' && !(target instanceof HTMLButtonElement)) {
      // Space shows every line at once, skipping their entrance.
      event.preventDefault();
      this.revealLines();
      return;
    }
    if (this.reveal && !this.encounter.ended && event.key.toUpperCase() === togetherText.key) {
      event.preventDefault();
      void this.reveal.toggle();
    } else if (/^[1-9]$/.test(event.key)) {
      const button = this.choices.querySelectorAll<HTMLButtonElement>('button.choice')[Number(event.key) - 1];
      if (button) {
        event.preventDefault();
        button.click();
      }
    } else if (event.key === 'Enter' && !(target instanceof HTMLButtonElement) && !(target instanceof HTMLAnchorElement)) {
      // Enter from anywhere else continues: the first choice, or on to the debrief.
      const first = this.choices.querySelector<HTMLButtonElement>('button');
      if (first) {
        event.preventDefault();
        first.focus();
        if (this.encounter.ended) first.click();
      }
    }
  }
}
