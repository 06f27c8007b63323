// Projector mode: the group picture one idea per screen, in large type and high contrast, in
// a modal dialog (focus stays in it; Escape leaves). It steps with the keys a keyboard or a
// presenter clicker sends (clickers send PageUp/PageDown or arrows), and with buttons.
import type { GroupAnalysis } from '../../engine/group/split-points';
import { h } from '../dom';
import { groupPlane } from './group-plane';
import { disclosuresPart, endingsTable, pivotalPart, pointNumber, splitPointBody, uniqueId, type GroupPictureInput } from './group-parts';
import { groupText as t } from './group-text';

export type ProjectorInput = GroupPictureInput & { analysis: GroupAnalysis | null; title: string };

interface Slide {
  title: string;
  body: () => (Node | null)[];
}

/** Enough of the pivotal moves to read from the back of a room. */
const PIVOTAL_SHOWN = 6;

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

function slidesOf(input: ProjectorInput): Slide[] {
  const { picture, analysis, moveName } = input;
  const splits: Slide[] = analysis
    ? analysis.splitPoints.map((split, i) => ({
        title: t.projector.splitSlide(i + 1, analysis.splitPoints.length, pointNumber(picture, split.point.key)),
        body: () => [splitPointBody(input, split, true)],
      }))
    : [{ title: t.sections.splits, body: () => [h('p', {}, t.projector.splitsPending)] }];
  return [
    { title: t.projector.titleSlide(input.title), body: () => [h('p', { className: 'projector-runs' }, t.projector.runs(picture.runs))] },
    { title: t.sections.endings, body: () => [endingsTable(picture)] },
    { title: t.sections.paths, body: () => [groupPlane(picture, uniqueId('projector-plane'))] },
    ...splits,
    { title: t.sections.disclosures, body: () => [disclosuresPart(picture)] },
    ...(analysis ? [{ title: t.sections.pivotal, body: () => [pivotalPart(analysis, picture.runs, moveName, PIVOTAL_SHOWN)] }] : []),
  ];
}

/** Keys typed into a control are the control's: a button's Enter and Space press it. */
function ownedByControl(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return (event.key === 'Enter' || event.key === ' ') && target.closest('button, a[href], summary') !== null;
}

export function openProjector(input: ProjectorInput, onClose: () => void): void {
  const slides = slidesOf(input);
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const headingId = uniqueId('projector-slide');
  const slide = h('section', { className: 'slide', 'aria-roledescription': 'slide', 'aria-labelledby': headingId });
  const counterText = h('span', {});
  const counterTitle = h('span', { className: 'visually-hidden' });
  const counter = h('p', { className: 'projector-counter', 'aria-live': 'polite', 'aria-atomic': 'true' }, counterText, counterTitle);
  const previous = h('button', { type: 'button', onclick: () => go(current - 1) }, t.projector.previous);
  const next = h('button', { type: 'button', className: 'primary', onclick: () => go(current + 1) }, t.projector.next);
  const fullScreen = h('button', { type: 'button', onclick: () => void toggleFullScreen() }, t.projector.fullScreen);
  const close = h('button', { type: 'button', onclick: () => dialog.close() }, t.projector.close);
  const dialog = h(
    'dialog',
    { className: 'projector', 'aria-label': t.projector.label(input.title), tabindex: -1 },
    h('div', { className: 'projector-bar' }, counter, h('p', { className: 'projector-keys' }, t.projector.keys), h('div', { className: 'projector-tools' }, document.fullscreenEnabled ? fullScreen : null, close)),
    slide,
    h('nav', { className: 'projector-steps', 'aria-label': t.projector.steps }, previous, next),
  );
  let current = 0;

  function go(index: number): void {
    const to = Math.max(0, Math.min(slides.length - 1, index));
    const refocus = slide.contains(document.activeElement) && document.activeElement !== slide;
    current = to;
    const shown = slides[to]!;
    slide.replaceChildren(h('h2', { id: headingId }, shown.title), ...shown.body().filter((n): n is Node => n !== null));
    counterText.textContent = t.projector.counter(to + 1, slides.length);
    counterTitle.textContent = `: ${shown.title}`;
    previous.disabled = to === 0;
    next.disabled = to === slides.length - 1;
    // A slide too long for the screen scrolls, so the keyboard must be able to reach it.
    if (slide.scrollHeight > slide.clientHeight) slide.tabIndex = 0;
    else slide.removeAttribute('tabindex');
    // Focus lost with the old slide, or with a button just disabled, goes back to the dialog so the keys still step.
    if (refocus || document.activeElement === document.body || (document.activeElement as HTMLButtonElement | null)?.disabled) dialog.focus();
  }

  async function toggleFullScreen(): Promise<void> {
    if (document.fullscreenElement) await document.exitFullscreen();
    // The whole page, not the dialog: a modal dialog may not itself go full screen; it stays on top.
    else await document.documentElement.requestFullscreen().catch(() => undefined);
  }
  const onFullScreen = () => {
    fullScreen.textContent = document.fullscreenElement ? t.projector.leaveFullScreen : t.projector.fullScreen;
  };
  document.addEventListener('fullscreenchange', onFullScreen);

  dialog.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey || ownedByControl(event)) return;
    let to: number | null = null;
    if (NEXT.has(event.key)) to = current + 1;
    else if (PREVIOUS.has(event.key)) to = current - 1;
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = slides.length - 1;
    else if (/^[1-9]$/.test(event.key) && Number(event.key) <= slides.length) to = Number(event.key) - 1;
    if (to === null) return;
    event.preventDefault();
    go(to);
  });
  dialog.addEventListener('close', () => {
    document.removeEventListener('fullscreenchange', onFullScreen);
    if (document.fullscreenElement) void document.exitFullscreen();
    dialog.remove();
    opener?.focus();
    onClose();
  });

  document.body.append(dialog);
  dialog.showModal();
  go(0);
  dialog.focus();
}
