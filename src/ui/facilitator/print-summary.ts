// The session record on one printed page: the scenario, the date, how many runs, the patients
// the room met, the endings, the disclosures, the three most telling split points and the
// pivotal moves. Only this prints from the facilitator's page (styles.css, print rules); the
// page puts it inside an element of class print-only.
import type { GroupAnalysis } from '../../engine/group/split-points';
import { h } from '../dom';
import { disclosuresPart, endingsTable, momentLine, patientsPart, pointNumber, uniqueId, type GroupPictureInput } from './group-parts';
import { groupText as t } from './group-text';

export type PrintInput = GroupPictureInput & { analysis: GroupAnalysis | null; title: string; date: string };

/** As many split points as a page holds beside the rest. */
const SPLITS_PRINTED = 3;
const PIVOTAL_PRINTED = 6;

function part(title: string, ...children: (Node | null)[]): HTMLElement {
  const id = uniqueId('print');
  return h('section', { className: 'record-part', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

export function printSummary(input: PrintInput): HTMLElement {
  const { picture, analysis, moveName } = input;
  const id = uniqueId('session-record');
  const splits = analysis?.splitPoints.slice(0, SPLITS_PRINTED) ?? [];
  return h(
    'article',
    { className: 'session-record', 'aria-labelledby': id },
    h('h1', { id }, t.print.title(input.title)),
    h('p', { className: 'record-facts' }, t.print.facts(input.date, picture.runs)),
    h(
      'div',
      { className: 'record-columns' },
      part(t.sections.endings, endingsTable(picture)),
      part(t.sections.disclosures, disclosuresPart(picture)),
    ),
    picture.variants.length ? part(t.sections.patients, patientsPart(picture)) : null,
    part(
      t.sections.splits,
      analysis
        ? splits.length
          ? h(
              'ol',
              { className: 'record-splits' },
              ...splits.map((s) =>
                h('li', {}, h('strong', {}, t.pointTitle(pointNumber(picture, s.point.key))), momentLine(s.point.prompt), h('p', {}, t.print.divided(s.options))),
              ),
            )
          : h('p', {}, t.noSplits)
        : h('p', {}, t.print.splitsPending),
      analysis && analysis.splitPoints.length > splits.length ? h('p', { className: 'hint' }, t.print.splitsTop(splits.length, analysis.splitPoints.length)) : null,
    ),
    part(
      t.sections.pivotal,
      analysis
        ? h('p', {}, analysis.pivotalMoves.length ? t.print.pivotal(analysis.pivotalMoves.slice(0, PIVOTAL_PRINTED).map((m) => ({ name: moveName(m.move), runs: m.runs }))) : t.noPivotal)
        : h('p', {}, t.pivotalPending),
    ),
  );
}
