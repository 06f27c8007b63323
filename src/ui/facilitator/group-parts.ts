// The pieces the group picture, projector mode and the printed summary share: counts as a
// table whose bars are drawn beside the number (the number is the text equivalent), the
// endings, disclosures, a choice point, a split point and the pivotal moves.
import type { GroupPicture, GroupPoint } from '../../engine/group/group-picture';
import type { GroupAnalysis, OptionOutcome, SplitOption, SplitPoint } from '../../engine/group/split-points';
import { disclosureLabel, patientName, type ScenarioMeta } from '../../engine/scenario-meta';
import { stakesOf } from '../../engine/stakes';
import { stakesText } from '../debrief-text';
import { h, svg } from '../dom';
import { endingSwatch, endingTitle } from './group-plane';
import { groupText as t } from './group-text';

type Content = Node | string | null;

export interface GroupPictureInput {
  meta: ScenarioMeta;
  picture: GroupPicture;
  moveName: (id: string) => string;
  /** "Run 3" or the learner's nickname. */
  runLabel: (run: number) => string;
  /** The guide's key moment and questions for a split point; a new element each call (it may be shown in two places). */
  besidePoint: (pointKey: string) => HTMLElement | null;
}

let ids = 0;
/** An id no other view on the page has: the picture and projector mode can show the same part at once. */
export const uniqueId = (base: string): string => `${base}-${++ids}`;

interface CountRow {
  label: Content[];
  /** Cells between the label and the count. */
  before?: Content[];
  count: number;
  /** Cells after the count. */
  after?: Content[];
}

interface CountColumns {
  label: string;
  before?: string[];
  count: string;
  after?: string[];
}

function bar(count: number, total: number): SVGElement {
  const width = total > 0 ? (100 * count) / total : 0;
  return svg(
    'svg',
    { class: 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { class: 'bar-track', x: 0, y: 0, width: 100, height: 10 }),
    svg('rect', { class: 'bar-fill', x: 0, y: 0, width, height: 10 }),
  );
}

/** A table of counts: each number in text, with its bar beside it (out of `total`). A hidden caption is for screen readers only. */
export function countTable(caption: string, columns: CountColumns, rows: readonly CountRow[], total: number, hiddenCaption = false): HTMLTableElement {
  const col = (label: string) => h('th', { scope: 'col' }, label);
  return h(
    'table',
    { className: 'group-table counts' },
    h('caption', { className: hiddenCaption ? 'visually-hidden' : undefined }, caption),
    h('thead', {}, h('tr', {}, col(columns.label), ...(columns.before ?? []).map(col), col(columns.count), ...(columns.after ?? []).map(col))),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, ...row.label),
          ...(row.before ?? []).map((cell) => h('td', {}, cell)),
          h('td', { className: 'count' }, h('span', { className: 'number' }, String(row.count)), bar(row.count, total)),
          ...(row.after ?? []).map((cell) => h('td', {}, cell)),
        ),
      ),
    ),
  );
}

export function endingsTable(picture: GroupPicture): HTMLTableElement {
  const rows: CountRow[] = picture.endings.map((e, i) => ({ label: [endingSwatch(i), ` ${e.title}`], count: e.runs }));
  if (picture.unended) rows.push({ label: [endingSwatch(-1), ` ${t.unended}`], count: picture.unended });
  return countTable(t.endingsCaption(picture.runs), { label: t.endingHeader, count: t.runsHeader }, rows, picture.runs);
}

export function disclosuresPart(picture: GroupPicture): HTMLElement {
  if (!picture.disclosures.length) return h('p', {}, t.noDisclosures);
  return countTable(
    t.disclosuresCaption(picture.runs),
    { label: t.disclosureHeader, count: t.madeHeader, after: [t.missedHeader] },
    picture.disclosures.map((d) => ({ label: [d.label], count: d.made, after: [String(picture.runs - d.made)] })),
    picture.runs,
  );
}

/** Which patients the room met: each variation's values, with how many runs drew each. */
export function patientsPart(picture: GroupPicture): HTMLElement | null {
  if (!picture.variants.length) return null;
  return h(
    'dl',
    { className: 'patients' },
    ...picture.variants.map((v) => h('div', {}, h('dt', {}, v.label), h('dd', {}, t.variantValues(v.values.filter((value) => value.runs > 0))))),
  );
}

/** Choice points are numbered in the order the encounter meets them, the same everywhere. */
export const pointNumber = (picture: GroupPicture, key: string): number => picture.points.findIndex((p) => p.key === key) + 1;

const movesText = (moves: readonly string[], moveName: (id: string) => string) => (moves.length ? moves.map(moveName).join(', ') : t.noMoves);

/** How the room chose at one point: each option, its moves and how often it was taken. */
export function pointTable(point: GroupPoint, number: number, moveName: (id: string) => string): HTMLTableElement {
  return countTable(
    t.pointCaption(number),
    { label: t.optionHeader, before: [t.movesHeader], count: t.chosenHeader },
    point.options.map((o) => ({ label: [o.text], before: [movesText(o.moves, moveName)], count: o.chosen })),
    point.choices,
  );
}

export function momentLine(prompt: string | null): HTMLElement | null {
  return prompt ? h('p', { className: 'prompt' }, h('span', { className: 'label' }, t.theMoment), `“${prompt}”`) : null;
}

/**
 * A split point below its title (an h3): the moment; what the room did (how it divided, and where the
 * runs that took each option ended); what the other options would have done, played out by
 * the engine; the guide's part beside it. `brief` (the projector, one screen) puts both in one
 * table, a row per option, without moves, why lines, next lines or the endings still possible.
 */
export function splitPointBody(input: GroupPictureInput, split: SplitPoint, brief = false): HTMLElement {
  const { picture, meta, moveName } = input;
  const number = pointNumber(picture, split.point.key);
  const { firstName } = patientName(meta);
  const stakes = stakesOf(meta);
  const roomEndings = (o: SplitOption) => t.roomEndings(o.roomEndings.map((e) => ({ title: endingTitle(picture, e.ending), runs: e.runs })));
  const effect = (o: OptionOutcome) => `${stakesText(stakes.filter((s) => o.change[s.name]).map((s) => ({ name: s.name, label: s.label, change: o.change[s.name]! })))}.`;
  const told = (o: OptionOutcome) => (o.disclosed.length ? t.told(firstName, o.disclosed.map((id) => disclosureLabel(meta, id))) : null);
  const outcome = (o: SplitOption) => (o.outcome ? h('span', {}, h('strong', {}, effect(o.outcome)), told(o.outcome) ? ` ${told(o.outcome)}` : null) : t.notOffered);
  const played = (o: SplitOption) =>
    h(
      'li',
      {},
      h('p', {}, h('strong', {}, o.text), o.chosen ? null : ` ${t.notTaken}`),
      o.why ? h('p', { className: 'why' }, o.why) : null,
      ...(o.outcome
        ? [
            o.outcome.lines.length ? h('p', { className: 'next-lines' }, t.next(o.outcome.lines)) : null,
            h('p', { className: 'effect' }, effect(o.outcome)),
            o.outcome.disclosed.length ? h('p', {}, told(o.outcome)) : null,
            h('p', {}, t.reachable(o.outcome.reachable.map((id) => endingTitle(picture, id)), o.outcome.reachableExact)),
          ]
        : [h('p', {}, t.notOffered)]),
    );
  const beside = input.besidePoint(split.point.key);
  const besideBox = beside ? h('div', { className: 'split-beside' }, beside) : null;
  // Never the learner's nickname: this sentence is about the engine, not about them.
  const from = h('p', { className: 'hint' }, t.playedFrom(split.fromRun + 1));
  if (brief) {
    const table = countTable(
      t.splitCaption(number),
      { label: t.optionHeader, count: t.chosenHeader, after: [t.endedHeader, t.wouldHaveDone] },
      split.options.map((o) => ({ label: [o.text], count: o.chosen, after: [roomEndings(o), outcome(o)] })),
      split.point.choices,
      // The slide's title already says which point this is.
      true,
    );
    return h('div', { className: `split-body brief${beside ? ' with-beside' : ''}` }, h('div', { className: 'split-main' }, momentLine(split.point.prompt), table, from), besideBox);
  }
  return h(
    'div',
    { className: 'split-body' },
    momentLine(split.point.prompt),
    h('h4', {}, t.roomDid),
    countTable(
      t.dividedCaption(number),
      { label: t.optionHeader, before: [t.movesHeader], count: t.chosenHeader, after: [t.endedHeader] },
      split.options.map((o) => ({ label: [o.text], before: [movesText(o.moves, moveName)], count: o.chosen, after: [roomEndings(o)] })),
      split.point.choices,
    ),
    h(
      'div',
      { className: `split-lower${beside ? ' with-beside' : ''}` },
      h('div', { className: 'split-others' }, h('h4', {}, t.othersDid), h('ul', { className: 'split-options' }, ...split.options.map(played))),
      besideBox,
    ),
    from,
  );
}

export function pivotalPart(analysis: GroupAnalysis, runs: number, moveName: (id: string) => string, limit = Infinity): HTMLElement {
  if (!analysis.pivotalMoves.length) return h('p', {}, t.noPivotal);
  return countTable(
    t.pivotalCaption(runs),
    { label: t.moveHeader, count: t.runsHeader },
    analysis.pivotalMoves.slice(0, limit).map((m) => ({ label: [moveName(m.move)], count: m.runs })),
    runs,
  );
}

