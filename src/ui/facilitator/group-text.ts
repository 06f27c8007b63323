// Every sentence the group picture, projector mode and the printed summary show that is not
// authored in a scenario, by function, so they can be translated in one place (as
// src/ui/debrief-text.ts does for a learner's debrief). Authored text (prompts, option texts,
// why lines, ending titles, disclosure labels) passes through.
import type { PlanePoint, Range } from '../../engine/group/group-picture';
import { runsText } from './facilitator-text';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const runsCount = (n: number) => plural(n, 'run');

const at = (p: PlanePoint) => `trust ${p.trust}, autonomy ${p.autonomy}`;
const between = (r: Range) => (r.min === r.max ? `${r.min}` : `${r.min} to ${r.max}`);

export const groupText = {
  sections: {
    endings: 'Endings',
    paths: 'Paths across trust and autonomy',
    disclosures: 'Disclosures',
    points: 'Choice points',
    splits: 'Split points',
    pivotal: 'Moves most often pivotal',
    patients: 'Patients met',
  },

  endingHeader: 'Ending',
  runsHeader: 'Runs',
  endingsCaption: (runs: number) => `Where the ${runsCount(runs)} ended`,
  unended: 'No ending reached',

  patientsIntro: 'Each run’s seed drew the patient the learner met:',
  variantValues: (values: readonly { meaning: string; runs: number }[]) => values.map((v) => `${v.meaning} (${v.runs})`).join('; '),

  planeTitle: 'Every run’s path across trust and autonomy',
  planeSummary: (start: PlanePoint, startShape: string, finish: { trust: Range; autonomy: Range }) =>
    `Each line is one run, from where it started to where it ended; its end is marked with the shape of its ending (key below). ` +
    `Ring: where the room started on average (${at(start)}, in ${startShape}). ` +
    `Dashed box: where the runs ended, trust ${between(finish.trust)} and autonomy ${between(finish.autonomy)}.`,
  planeKey: 'Endings on the plane',
  pathsCaption: 'Each run’s start and end',
  pathsTableSummary: 'Each run’s start, end and ending, as a table',
  runHeader: 'Run',
  startHeader: 'Start',
  endHeader: 'End',
  planePoint: (p: PlanePoint, shape: string) => `${at(p)} (${shape})`,

  disclosuresCaption: (runs: number) => `What the patient told, across ${runsCount(runs)} (some things exist only for some patients)`,
  disclosureHeader: 'Disclosure',
  madeHeader: 'Told',
  missedHeader: 'Not told',
  noDisclosures: 'This scenario declares no disclosures.',

  pointsIntro: 'Every moment where the room had a choice, in the order the encounter met them.',
  noPoints: 'No run met a moment with more than one option.',
  pointTitle: (n: number) => `Choice point ${n}`,
  theMoment: 'The moment: ',
  reached: (reached: number, runs: number, choices: number) =>
    `Reached by ${reached} of ${runsCount(runs)}.${choices > reached ? ` ${plural(choices, 'choice was', 'choices were')} made here: some runs met it more than once.` : ''}`,
  optionHeader: 'Option',
  movesHeader: 'Moves',
  chosenHeader: 'Chosen',
  pointCaption: (n: number) => `How the room chose at choice point ${n}`,
  noMoves: 'none',

  splitsIntro: 'The moments where the room divided most and where the options differed most in what they led to, the most telling first.',
  working: 'Working out what each option would have done…',
  workingProgress: (done: number, total: number) => `Working out what each option would have done… (${done} of ${total} split points)`,
  noSplits: 'Wherever the options led to different things, the room chose alike: there are no split points.',
  splitTitle: (rank: number, point: number) => `${rank}. Choice point ${point}`,
  dividedCaption: (point: number) => `How the room divided at choice point ${point}`,
  roomDid: 'What the room did',
  splitCaption: (point: number) => `What the room did at choice point ${point}, and what each option leads to from one run’s moment`,
  wouldHaveDone: 'What it leads to next',
  endedHeader: 'Where those runs ended, after all their later choices',
  roomEndings: (endings: readonly { title: string; runs: number }[]) => (endings.length ? endings.map((e) => `${e.title} (${e.runs})`).join(', ') : '–'),
  othersDid: 'What each option leads to, from one run’s moment',
  notTaken: '(no one took it)',
  notOffered: 'Not offered at the moment played out here (it is offered to some patients, or after some earlier choices).',
  playedFrom: (run: number) =>
    `What each option leads to is played out by the engine from one run’s moment here (run ${run}). Other runs met it with another patient, or with more or less trust by then, and may have gone otherwise.`,
  next: (lines: readonly string[]) => `Next: ${lines.map((l) => `“${l}”`).join(' ')}`,
  told: (firstName: string, labels: readonly string[]) => `${firstName} would have told: ${labels.join('; ')}.`,
  reachable: (titles: readonly string[], exact: boolean) =>
    titles.length ? `Endings still possible after it: ${titles.join(', ')}${exact ? '' : ' (seen by playing on)'}.` : exact ? 'No ending is reachable after it.' : 'No ending was seen by playing on.',

  pivotalIntro: 'The moves made at the choice points whose options differed most (up to three per run), by how many runs made them there.',
  noPivotal: 'No choice stood out as pivotal in any run.',
  moveHeader: 'Move',
  pivotalCaption: (runs: number) => `Moves made at pivotal moments, across ${runsCount(runs)}`,
  pivotalPending: 'The pivotal moves appear with the split points.',

  projector: {
    label: (title: string) => `Projector mode: ${title}`,
    counter: (n: number, total: number) => `Slide ${n} of ${total}`,
    steps: 'Slides',
    previous: 'Previous',
    next: 'Next',
    fullScreen: 'Full screen',
    leaveFullScreen: 'Leave full screen',
    close: 'Close projector mode',
    keys: 'Arrow keys, Space or a clicker to step; a number to jump; Escape to leave.',
    titleSlide: (title: string) => title,
    runs: runsText,
    splitSlide: (rank: number, total: number, point: number) => `Split point ${rank} of ${total}: choice point ${point}`,
    splitsPending: 'The split points are still being worked out. Close projector mode and open it again in a moment.',
  },

  print: {
    title: (title: string) => `Group debrief: ${title}`,
    facts: (date: string, runs: number) => `${date} · ${runsText(runs)}`,
    splitsTop: (shown: number, total: number) => `The ${shown} most telling of ${total}.`,
    divided: (options: readonly { text: string; chosen: number }[]) =>
      options
        .filter((o) => o.chosen > 0)
        .map((o) => `${o.chosen} × “${o.text}”`)
        .join('; '),
    splitsPending: 'The split points were still being worked out when this was printed.',
    pivotal: (moves: readonly { name: string; runs: number }[]) => `${moves.map((m) => `${m.name} (${runsCount(m.runs)})`).join(', ')}.`,
  },
};
