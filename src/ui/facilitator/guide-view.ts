// The scenario's facilitator guide on screen, built from the data read out of
// docs/scenarios/<id>.md at build time (src/engine/guide.ts): objectives, the situation, the key
// moments, the endings and the discussion questions; and the part of it that belongs beside one
// split point of the group picture. Text nodes only: the guide's styles become elements.
import { guideAt, type DiscussionQuestion, type Guide, type GuideBlock, type Inline, type KeyMoment } from '../../engine/guide';
import { h } from '../dom';

const SHARING_NOT_BEST = 'sharing more is not the best move here';

/** Runs of guide text as nodes: strong, em and code become those elements. */
function inline(runs: readonly Inline[]): Node[] {
  return runs.map((run) => {
    let node: Node = document.createTextNode(run.text);
    if (run.code) node = h('code', {}, node);
    if (run.em) node = h('em', {}, node);
    if (run.strong) node = h('strong', {}, node);
    return node;
  });
}

function blockView(block: GuideBlock): HTMLElement {
  if (block.kind === 'paragraph') return h('p', {}, ...inline(block.text));
  return h(block.ordered ? 'ol' : 'ul', {}, ...block.items.map((item) => h('li', {}, ...inline(item))));
}

/** A moment's number, with the guide's ★ said in words to a screen reader. */
function momentLabel(moment: KeyMoment): (Node | string)[] {
  if (!moment.sharingNotBest) return [moment.label];
  return [moment.label, ' ', h('span', { 'aria-hidden': 'true' }, '★'), h('span', { className: 'visually-hidden' }, `(${SHARING_NOT_BEST})`)];
}

/** The discussion questions as the guide numbers them; a hint when there are none. */
export function questionsView(questions: readonly DiscussionQuestion[]): HTMLElement {
  if (!questions.length) return h('p', { className: 'hint' }, 'No discussion question in the guide is about this moment.');
  return h(
    'ol',
    { className: 'guide-questions' },
    ...questions.map((q) => h('li', { value: q.number }, h('strong', {}, q.title), ' ', ...inline(q.text))),
  );
}

/** One key moment, without headings, to stand beside a split point. */
export function momentView(moment: KeyMoment): HTMLElement {
  return h(
    'div',
    { className: 'guide-moment' },
    h('p', {}, h('span', { className: 'label' }, 'Key moment ', ...momentLabel(moment), ': '), ...inline(moment.moment)),
    h(
      'dl',
      { className: 'facts' },
      h('dt', {}, 'Options (moves)'),
      h('dd', {}, ...inline(moment.options)),
      h('dt', {}, 'What it teaches'),
      h('dd', {}, ...inline(moment.teaches)),
    ),
  );
}

/**
 * What the guide says about the choice point at `point` (an ink path prefix such as
 * `plan.defer.0`): its key moments and their questions; null when no key moment is there.
 */
export function guideBeside(guide: Guide, point: string): HTMLElement | null {
  const { moments, questions } = guideAt(guide, point);
  if (!moments.length) return null;
  return h(
    'div',
    { className: 'guide-beside' },
    h('p', { className: 'label' }, 'From the facilitator guide'),
    ...moments.map(momentView),
    h('p', { className: 'label' }, 'Questions to ask'),
    questionsView(questions),
  );
}

/** A table in a scroll box of its own (narrow screens), named by its caption for the keyboard. */
function guideTable(id: string, caption: string, columns: readonly string[], rows: readonly HTMLTableRowElement[]): HTMLElement {
  const captionId = `${id}-caption`;
  return h(
    'div',
    { className: 'guide-table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: 0 },
    h(
      'table',
      { className: 'guide-table' },
      h('caption', { id: captionId }, caption),
      h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...rows),
    ),
  );
}

/** The whole guide, as a section with an h2 and a part (h3) for each part of the guide. */
export function guideView(guide: Guide): HTMLElement {
  const id = `guide-${guide.scenarioId}`;
  const starred = guide.moments.some((m) => m.sharingNotBest);
  const momentRows = guide.moments.map((m) =>
    h('tr', {}, h('td', {}, ...momentLabel(m)), h('th', { scope: 'row' }, ...inline(m.moment)), h('td', {}, ...inline(m.options)), h('td', {}, ...inline(m.teaches))),
  );
  const endingRows = guide.endings.map((e) => h('tr', {}, h('th', { scope: 'row' }, ...inline(e.title)), h('td', {}, ...inline(e.how)), h('td', {}, ...inline(e.shows))));
  return h(
    'section',
    { className: 'panel guide', 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, 'Facilitator guide'),
    h('h3', {}, 'Learning objectives'),
    h('p', {}, 'After playing and debriefing, learners should be able to:'),
    h('ol', {}, ...guide.objectives.map((o) => h('li', {}, ...inline(o)))),
    guide.situation ? h('h3', {}, 'The situation') : null,
    ...(guide.situation ?? []).map(blockView),
    h('h3', {}, 'Key moments'),
    starred ? h('p', { className: 'hint' }, `★ marks the moments where ${SHARING_NOT_BEST}.`) : null,
    guideTable(`${id}-moments`, `${guide.title}: key moments`, ['#', 'Moment', 'Options (moves)', 'What it teaches'], momentRows),
    h('h3', {}, 'The endings'),
    guideTable(`${id}-endings`, `${guide.title}: the endings`, ['Ending', 'How it is reached', 'What it shows'], endingRows),
    h('h3', {}, 'Discussion questions (advocacy-inquiry)'),
    questionsView(guide.questions),
  );
}
