// The debrief's two pictures, as SVG with a text equivalent beside each: trust and autonomy
// over the encounter, and the path across the trust × autonomy plane with its four
// relationship shapes. Colour is never the only cue: lines differ in dash, points are labelled.
import { SHAPE_BOUNDARY, relationshipShape, type Debrief, type TimelinePoint } from '../engine/debrief';
import { shapeName } from './debrief-text';
import { CORE_RANGE } from '../engine/variables';
import { h, svg } from './dom';

/** A label's size in a picture's own units as designed, and the smallest it may be seen at, in CSS px. */
const LABEL_SIZE = 12;
const SMALLEST_SEEN = 12;

/**
 * Keeps a picture's labels at least SMALLEST_SEEN CSS px as drawn: shown narrower than its own
 * width (`viewWidth`, e.g. on a phone), its type grows in its own units as the picture shrinks.
 */
export function keepLabelsReadable(picture: SVGElement, viewWidth: number): SVGElement {
  new ResizeObserver(([entry]) => {
    const shown = entry?.contentRect.width ?? 0;
    picture.style.fontSize = shown > 0 ? `${Math.max(LABEL_SIZE, (SMALLEST_SEEN * viewWidth) / shown)}px` : '';
  }).observe(picture);
  return picture;
}

const W = 560;
const H = 260;
const PAD = { left: 44, right: 16, top: 16, bottom: 36 };

function scaleX(step: number, steps: number): number {
  return PAD.left + (steps === 0 ? 0 : (step / steps) * (W - PAD.left - PAD.right));
}
function scaleY(value: number): number {
  return PAD.top + (1 - value / 100) * (H - PAD.top - PAD.bottom);
}

function polyline(points: TimelinePoint[], key: 'trust' | 'autonomy', steps: number, className: string): SVGElement {
  return svg('polyline', { class: className, fill: 'none', points: points.map((p) => `${scaleX(p.step, steps)},${scaleY(p[key])}`).join(' ') });
}

export function timelineChart(debrief: Debrief): HTMLElement {
  const steps = debrief.timeline.length - 1;
  const grid = [0, 25, 50, 75, 100].map((v) =>
    svg('g', {}, svg('line', { class: 'grid', x1: PAD.left, x2: W - PAD.right, y1: scaleY(v), y2: scaleY(v) }), svg('text', { x: PAD.left - 8, y: scaleY(v) + 4, 'text-anchor': 'end' }, String(v))),
  );
  const picture = svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'timeline-title timeline-summary', class: 'chart' },
    svg('title', { id: 'timeline-title' }, 'Trust and autonomy over the encounter'),
    ...grid,
    polyline(debrief.timeline, 'trust', steps, 'line-trust'),
    polyline(debrief.timeline, 'autonomy', steps, 'line-autonomy'),
    svg('text', { x: (W + PAD.left) / 2, y: H - 6, 'text-anchor': 'middle' }, 'Choices made'),
  );
  keepLabelsReadable(picture, W);
  const last = debrief.timeline.at(-1)!;
  const first = debrief.timeline[0]!;
  return h(
    'figure',
    { className: 'chart-figure' },
    picture,
    h(
      'figcaption',
      { id: 'timeline-summary' },
      h('span', { className: 'key key-trust' }, 'Trust (solid)'),
      ' ',
      h('span', { className: 'key key-autonomy' }, 'Autonomy (dashed)'),
      `. Trust went from ${first.trust} to ${last.trust}, autonomy from ${first.autonomy} to ${last.autonomy}, over ${steps} choices.`,
    ),
    valuesTable(debrief.timeline),
  );
}

function valuesTable(points: TimelinePoint[]): HTMLElement {
  return h(
    'details',
    {},
    h('summary', {}, 'The values as a table'),
    h(
      'table',
      { className: 'values' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'After choice'), h('th', { scope: 'col' }, 'Trust'), h('th', { scope: 'col' }, 'Autonomy'))),
      h('tbody', {}, ...points.map((p) => h('tr', {}, h('th', { scope: 'row' }, p.step === 0 ? 'Start' : String(p.step)), h('td', {}, String(p.trust)), h('td', {}, String(p.autonomy))))),
    ),
  );
}

/** The trust × autonomy plane's drawing, shared by one run's path and a room's paths. */
export const PLANE_SIDE = 300;
const M = 28;
const along = (value: number) => M + ((value - CORE_RANGE.min) / (CORE_RANGE.max - CORE_RANGE.min)) * (PLANE_SIDE - 2 * M);
/** Autonomy across, from the left. */
export const planeX = (autonomy: number): number => along(autonomy);
/** Trust up, from the bottom. */
export const planeY = (trust: number): number => PLANE_SIDE - along(trust);

/** The plane's area, its four relationship shapes and its axes: what every path is drawn on. */
export function planeFrame(): SVGElement[] {
  const mid = planeX(SHAPE_BOUNDARY);
  const midY = planeY(SHAPE_BOUNDARY);
  const low = M;
  const high = PLANE_SIDE - M;
  const quadrant = (label: string, x: number, y: number) => svg('text', { x, y, 'text-anchor': 'middle', class: 'quadrant' }, label);
  return [
    svg('rect', { class: 'plane-area', x: low, y: low, width: high - low, height: high - low }),
    svg('line', { class: 'grid', x1: mid, x2: mid, y1: low, y2: high }),
    svg('line', { class: 'grid', x1: low, x2: high, y1: midY, y2: midY }),
    quadrant(shapeName('benevolent-paternalism'), (low + mid) / 2, low + 16),
    quadrant(shapeName('partnership'), (mid + high) / 2, low + 16),
    quadrant(shapeName('rupture'), (low + mid) / 2, high - 8),
    quadrant(shapeName('transactional'), (mid + high) / 2, high - 8),
    svg('text', { x: PLANE_SIDE / 2, y: PLANE_SIDE - 6, 'text-anchor': 'middle' }, 'Autonomy →'),
    svg('text', { x: 12, y: PLANE_SIDE / 2, 'text-anchor': 'middle', transform: `rotate(-90 12 ${PLANE_SIDE / 2})` }, 'Trust →'),
  ];
}

/** A path across the plane as polyline points. */
export const planePoints = (points: readonly { trust: number; autonomy: number }[]): string => points.map((p) => `${planeX(p.autonomy)},${planeY(p.trust)}`).join(' ');

export function planeChart(debrief: Debrief): HTMLElement {
  const start = debrief.timeline[0]!;
  const end = debrief.timeline.at(-1)!;
  const picture = svg(
    'svg',
    { viewBox: `0 0 ${PLANE_SIDE} ${PLANE_SIDE}`, role: 'img', 'aria-labelledby': 'plane-title plane-summary', class: 'chart plane' },
    svg('title', { id: 'plane-title' }, 'Your path across trust and autonomy'),
    ...planeFrame(),
    svg('polyline', { class: 'path', fill: 'none', points: planePoints(debrief.timeline) }),
    svg('circle', { class: 'start', cx: planeX(start.autonomy), cy: planeY(start.trust), r: 5 }),
    svg('rect', { class: 'end', x: planeX(end.autonomy) - 6, y: planeY(end.trust) - 6, width: 12, height: 12 }),
  );
  keepLabelsReadable(picture, PLANE_SIDE);
  const from = shapeName(relationshipShape(start.trust, start.autonomy));
  const to = shapeName(debrief.shape);
  const ending = debrief.ending ? ` The encounter ended: ${debrief.ending.title}.` : '';
  return h(
    'figure',
    { className: 'chart-figure' },
    picture,
    h(
      'figcaption',
      { id: 'plane-summary' },
      `Circle: start, in ${from} (trust ${start.trust}, autonomy ${start.autonomy}). Square: the end, in ${to} (trust ${end.trust}, autonomy ${end.autonomy}).${ending}`,
    ),
  );
}
