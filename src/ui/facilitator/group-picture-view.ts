// The group picture of one scenario, in an order that suits a PEARLS debrief: what happened to
// the room (endings, paths, disclosures, every choice point), then the analysis (split points,
// with the guide beside each, and the moves most often pivotal), which arrives later.
import type { GroupAnalysis } from '../../engine/group/split-points';
import { h } from '../dom';
import { groupPlane, pathsTable } from './group-plane';
import { disclosuresPart, endingsTable, momentLine, patientsPart, pivotalPart, pointNumber, pointTable, splitPointBody, uniqueId, type GroupPictureInput } from './group-parts';
import { groupText as t } from './group-text';

export type { GroupPictureInput } from './group-parts';

export interface GroupPictureView {
  element: HTMLElement;
  showAnalysis(analysis: GroupAnalysis): void;
  showProgress(done: number, total: number): void;
}

/** A section named by its heading: a region a screen reader can jump to. */
function section(title: string, className: string, ...children: (Node | null)[]): HTMLElement {
  const id = uniqueId(`group-${className}`);
  return h('section', { className: `panel group-section group-${className}`, 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

export function groupPictureView(input: GroupPictureInput): GroupPictureView {
  const { picture, moveName } = input;
  const progressLabel = h('p', {}, t.working);
  const progress = h('progress', { 'aria-label': t.working });
  const splits = section(t.sections.splits, 'splits', h('div', { className: 'progress', role: 'status' }, progressLabel, progress));
  const pivotal = section(t.sections.pivotal, 'pivotal', h('p', { className: 'hint' }, t.pivotalPending));
  const patients = patientsPart(picture);
  const element = h(
    'div',
    { className: 'group-picture' },
    section(t.sections.endings, 'endings', endingsTable(picture)),
    section(
      t.sections.paths,
      'paths',
      patients ? h('p', {}, t.patientsIntro) : null,
      patients,
      groupPlane(picture, uniqueId('group-plane')),
      h('details', { className: 'paths-details' }, h('summary', {}, t.pathsTableSummary), pathsTable(picture, input.runLabel)),
    ),
    section(t.sections.disclosures, 'disclosures', disclosuresPart(picture)),
    section(
      t.sections.points,
      'points',
      h('p', {}, picture.points.length ? t.pointsIntro : t.noPoints),
      ...picture.points.map((point, i) => {
        const id = uniqueId('choice-point');
        return h(
          'article',
          { className: 'choice-point', 'aria-labelledby': id, 'data-point': point.key },
          h('h3', { id }, t.pointTitle(i + 1)),
          momentLine(point.prompt),
          h('p', {}, t.reached(point.reached, picture.runs, point.choices)),
          pointTable(point, i + 1, moveName),
        );
      }),
    ),
    splits,
    pivotal,
  );

  const replaceBody = (part: HTMLElement, ...children: (Node | null)[]) => {
    const heading = part.querySelector('h2')!;
    part.replaceChildren(heading, ...children.filter((c): c is Node => c !== null));
  };

  return {
    element,
    showProgress(done, total) {
      progress.max = total;
      progress.value = done;
      progressLabel.textContent = t.workingProgress(done, total);
    },
    showAnalysis(analysis) {
      replaceBody(
        splits,
        h('p', {}, analysis.splitPoints.length ? t.splitsIntro : t.noSplits),
        ...analysis.splitPoints.map((split, rank) => {
          const id = uniqueId('split-point');
          return h(
            'article',
            { className: 'split-point', 'aria-labelledby': id, 'data-point': split.point.key },
            h('h3', { id }, t.splitTitle(rank + 1, pointNumber(picture, split.point.key))),
            splitPointBody(input, split),
          );
        }),
      );
      replaceBody(pivotal, h('p', {}, t.pivotalIntro), pivotalPart(analysis, picture.runs, moveName));
    },
  };
}
