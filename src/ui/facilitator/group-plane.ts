// The room on the trust × autonomy plane: every run's path overlaid on the debrief's plane
// (its scales and regions from charts.ts), the room's average start and the spread of where
// the runs ended. Each ending has its own marker shape as well as its colour, so colour is
// never the only cue; the table of each run's start and end says it all in text.
import { relationshipShape } from '../../engine/debrief';
import type { GroupPicture, PlanePoint } from '../../engine/group/group-picture';
import { PLANE_SIDE, keepLabelsReadable, planeFrame, planePoints, planeX, planeY } from '../charts';
import { shapeName } from '../debrief-text';
import { h, svg } from '../dom';
import { groupText as t } from './group-text';

/** Marker shapes, one per ending in the scenario's order; colours (styles.css, .ending-N) follow the same order. */
const MARKERS = ['square', 'triangle', 'diamond', 'circle', 'triangle-down', 'plus'] as const;
const MARKER_SIZE = 6;

/** The place of an ending among the scenario's endings: its marker and colour. -1: no ending. */
export function endingIndex(picture: GroupPicture, ending: string | null): number {
  return picture.endings.findIndex((e) => e.id === ending);
}

export function endingTitle(picture: GroupPicture, ending: string | null): string {
  return picture.endings.find((e) => e.id === ending)?.title ?? t.unended;
}

const styleClass = (index: number) => (index < 0 ? 'ending-none' : `ending-${index % MARKERS.length}`);

function marker(index: number, x: number, y: number, s = MARKER_SIZE): SVGElement {
  const cls = `end-marker ${styleClass(index)}`;
  const polygon = (points: [number, number][]) => svg('polygon', { class: cls, points: points.map(([dx, dy]) => `${x + dx * s},${y + dy * s}`).join(' ') });
  if (index < 0) return svg('circle', { class: cls, cx: x, cy: y, r: s * 0.8 });
  switch (MARKERS[index % MARKERS.length]!) {
    case 'square':
      return polygon([[-1, -1], [1, -1], [1, 1], [-1, 1]]);
    case 'triangle':
      return polygon([[0, -1.3], [1.2, 1], [-1.2, 1]]);
    case 'diamond':
      return polygon([[0, -1.4], [1.4, 0], [0, 1.4], [-1.4, 0]]);
    case 'circle':
      return svg('circle', { class: cls, cx: x, cy: y, r: s * 1.1 });
    case 'triangle-down':
      return polygon([[-1.2, -1], [1.2, -1], [0, 1.3]]);
    case 'plus':
      return polygon([[-0.4, -1.3], [0.4, -1.3], [0.4, -0.4], [1.3, -0.4], [1.3, 0.4], [0.4, 0.4], [0.4, 1.3], [-0.4, 1.3], [-0.4, 0.4], [-1.3, 0.4], [-1.3, -0.4], [-0.4, -0.4]]);
  }
}

/** An ending's marker on its own, to stand beside its title in a key or a table. */
export function endingSwatch(index: number): SVGElement {
  return svg('svg', { class: 'swatch', viewBox: '0 0 20 20', 'aria-hidden': 'true', focusable: 'false' }, marker(index, 10, 10, 6));
}

const shapeAt = (p: PlanePoint) => shapeName(relationshipShape(p.trust, p.autonomy));

/** `id`: unique on the page, to name the drawing by its title and summary. */
export function groupPlane(picture: GroupPicture, id: string): HTMLElement {
  const pad = MARKER_SIZE;
  const box = {
    x: planeX(picture.finish.autonomy.min) - pad,
    y: planeY(picture.finish.trust.max) - pad,
    width: planeX(picture.finish.autonomy.max) - planeX(picture.finish.autonomy.min) + 2 * pad,
    height: planeY(picture.finish.trust.min) - planeY(picture.finish.trust.max) + 2 * pad,
  };
  const picturePaths = picture.paths.map((p) => svg('polyline', { class: `group-path ${styleClass(endingIndex(picture, p.ending))}`, fill: 'none', points: planePoints(p.points) }));
  const ends = picture.paths.map((p) => {
    const end = p.points.at(-1)!;
    return marker(endingIndex(picture, p.ending), planeX(end.autonomy), planeY(end.trust));
  });
  const drawing = svg(
    'svg',
    { viewBox: `0 0 ${PLANE_SIDE} ${PLANE_SIDE}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-summary`, class: 'chart plane group-plane' },
    svg('title', { id: `${id}-title` }, t.planeTitle),
    ...planeFrame(),
    svg('rect', { class: 'finish-spread', ...box }),
    ...picturePaths,
    ...ends,
    svg('circle', { class: 'group-start', cx: planeX(picture.start.autonomy), cy: planeY(picture.start.trust), r: 9 }),
  );
  keepLabelsReadable(drawing, PLANE_SIDE);
  const shown = [...picture.endings.entries()].filter(([, e]) => e.runs > 0);
  return h(
    'figure',
    { className: 'chart-figure group-plane-figure' },
    drawing,
    h(
      'figcaption',
      {},
      h('p', { id: `${id}-summary` }, t.planeSummary(picture.start, shapeAt(picture.start), picture.finish)),
      h(
        'ul',
        { className: 'ending-key', 'aria-label': t.planeKey },
        ...shown.map(([i, e]) => h('li', {}, endingSwatch(i), ` ${e.title} (${e.runs})`)),
        picture.unended ? h('li', {}, endingSwatch(-1), ` ${t.unended} (${picture.unended})`) : null,
      ),
    ),
  );
}

/** The plane in words: where each run started and ended, and how. */
export function pathsTable(picture: GroupPicture, runLabel: (run: number) => string): HTMLElement {
  const point = (p: PlanePoint) => t.planePoint(p, shapeAt(p));
  return h(
    'table',
    { className: 'group-table paths-table' },
    h('caption', {}, t.pathsCaption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.runHeader), h('th', { scope: 'col' }, t.startHeader), h('th', { scope: 'col' }, t.endHeader), h('th', { scope: 'col' }, t.endingHeader))),
    h(
      'tbody',
      {},
      ...picture.paths.map((p) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, runLabel(p.run)),
          h('td', {}, point(p.points[0]!)),
          h('td', {}, point(p.points.at(-1)!)),
          h('td', {}, endingSwatch(endingIndex(picture, p.ending)), ` ${endingTitle(picture, p.ending)}`),
        ),
      ),
    ),
  );
}
