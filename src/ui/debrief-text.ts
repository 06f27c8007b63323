// Every sentence the debrief shows that is not authored in a scenario: the engine returns
// moves, stakes and outcomes as data, and the words are made here, by key, so the debrief can
// be translated in one place. Authored text (why lines, move texts, endings) passes through.
import type { Debrief, OptionView, RelationshipShape, StakeChange } from '../engine/debrief';
import type { Pronoun } from '../engine/scenario-meta';

const SHAPES: Record<RelationshipShape, { name: string; description: string }> = {
  partnership: { name: 'Partnership', description: 'High trust and high autonomy: the patient trusts you and their own informed values drive the decision.' },
  'benevolent-paternalism': { name: 'Benevolent paternalism', description: 'High trust, low autonomy: a grateful patient who lets you decide.' },
  transactional: { name: 'Transactional', description: 'Low trust, high autonomy: the patient decides for themselves but does not rely on you.' },
  rupture: { name: 'Rupture', description: 'Low trust and low autonomy: the patient has disengaged.' },
};

export const shapeName = (shape: RelationshipShape): string => SHAPES[shape].name;
export const shapeDescription = (shape: RelationshipShape): string => SHAPES[shape].description;
export const SHAPE_NOTE =
  'The four regions are an analogy, after Emanuel and Emanuel’s models of the doctor–patient relationship (paternalistic, informative, interpretive, deliberative), which describe the clinician’s role rather than levels of trust.';

const FORMS: Record<Pronoun, { they: string; them: string; their: string; were: string }> = {
  she: { they: 'she', them: 'her', their: 'her', were: 'was' },
  he: { they: 'he', them: 'him', their: 'his', were: 'was' },
  they: { they: 'they', them: 'them', their: 'their', were: 'were' },
};

/** Fills a move's inquiry template: {patient} and the patient's pronouns. */
export function personalise(template: string, patient: Debrief['patient']): string {
  const forms = FORMS[patient.pronoun];
  return template
    .replaceAll('{patient}', patient.firstName)
    .replaceAll('{they}', forms.they)
    .replaceAll('{them}', forms.them)
    .replaceAll('{their}', forms.their);
}

export function signed(n: number | undefined): string {
  if (!n) return '0';
  return `${n > 0 ? '+' : '−'}${Math.abs(Math.round(n * 10) / 10)}`;
}

export function stakesText(changes: readonly StakeChange[]): string {
  return changes.length ? changes.map((s) => `${s.label} ${signed(s.change)}`).join(', ') : 'no change in what is at stake';
}

export const text = {
  reactionLabel: (d: Debrief) => `How did that feel? What stays with you about ${d.patient.firstName}?`,
  reactionHint: 'Write as much or as little as you like. It stays on this device and is never exported.',
  seed: (d: Debrief) => `Seed ${d.seed}: the same seed and the same choices replay this run exactly.`,
  variantIntro: 'In this run:',
  choicesMade: (n: number) => `You made ${n} choice${n === 1 ? '' : 's'}. Here, for the first time, are the hidden variables.`,
  unfinished: 'The encounter is unfinished: this is a partial debrief of what happened so far.',
  soFarIntro: (d: Debrief) =>
    d.choices.length
      ? `Your ${d.choices.length === 1 ? 'choice' : `${d.choices.length} choices`} so far, and the power moves in each. What they did to ${d.patient.firstName}’s trust and autonomy stays hidden until the encounter ends: watch for it in the room.`
      : 'You have not made a choice yet. Your choices and the power moves in each will be listed here as you make them.',
  analysisIntro: 'The moments where your options differed most in what they led to, most pivotal first. Think about each before you see the other options.',
  nothingPivotal: 'No choice made enough of a difference to stand out.',
  youChose: 'You chose: ',
  theMoment: 'The moment: ',
  whatItDid: 'What it did',
  conceptsLabel: 'The idea behind it: ',
  reflect: 'To reflect on',
  reflectionLabel: (d: Debrief) => `What do you think ${d.patient.firstName} felt then? What else could you have done?`,
  reveal: 'Show what the other options would have done',
  revealNeedsAnswer: 'Write a line of your own first: the other options appear once you have thought about this moment.',
  alternativesTitle: 'What the other options would have done',
  betterExisted: 'By what this scenario says is at stake, another option did better here.',
  noBetter: 'By what this scenario says is at stake, none of the other options did clearly better here.',
  ranked: 'Ranked by what this scenario says is at stake: ',
  next: (lines: readonly string[]) => `Next: ${lines.map((l) => `“${l}”`).join(' ')}`,
  told: (d: Debrief, option: OptionView) => (option.disclosed.length ? ` ${d.patient.firstName} would have told you: ${option.disclosed.join('; ')}.` : ''),
  possible: (option: OptionView) =>
    option.reachable.length
      ? `Still possible after it: ${option.reachable.join(', ')}${option.reachableExact ? '' : ' (seen by playing on)'}.`
      : 'No ending reachable after it.',
  goOn: (option: OptionView) => {
    const g = option.goOn;
    if (g.ending) return `If you had then gone on as you did: ${g.ending} (${stakesText(g.stakes)}).`;
    if (g.diverged) return `If you had then gone on as you did: your later choices stop applying after ${g.followed} more, because the encounter had gone another way.`;
    return 'If you had then gone on as you did: the encounter would not yet have ended.';
  },
  closedOff: (titles: readonly string[], exact: boolean) =>
    exact ? `Your choice closed off: ${titles.join(', ')}.` : `After your choice, playing on never reached ${titles.join(', ')}; the other options did.`,
  usedOpenly: 'power used openly',
  direction: (direction: string, warranted: boolean | undefined) => (warranted ? 'concentrates power, openly: part of the job when done for the patient' : `${direction} power`),
  replay: (turn: number) => `Replay from choice ${turn + 1}`,
  glossary: 'Glossary',
  doorsTitle: 'Doors opened and closed',
  door: (d: Debrief, kind: 'opened' | 'closed', option: string, label: string, turn: number) =>
    `Choice ${turn + 1}: “${option}” ${kind === 'opened' ? 'led' : 'would have led'} ${d.patient.firstName} to tell you: ${label}.`,
  creditsTitle: 'The moves that moved trust and autonomy most',
  creditsHint: 'Each choice’s change is shared equally between the moves it made.',
  analysisFailed: 'The analysis could not be worked out for this run: the scenario has changed since it was played.',
  working: 'Working out what each of the other options would have done…',
  workingProgress: (done: number, total: number) => `Working out what each of the other options would have done… (${done} of ${total} choices)`,
  takeawaysPending: 'The take-aways appear when the analysis is ready.',
  variantNote: (d: Debrief) => `In this run: ${d.variant.map((v) => `${v.label.charAt(0).toLowerCase()}${v.label.slice(1)}: ${v.value}`).join('; ')}.`,
  supportTitle: 'If this brought something up for you',
  support:
    'Talk to someone you trust: a tutor, your own GP, or your medical school’s wellbeing service. In the UK and Ireland, Samaritans answer at any hour on 116 123.',
  tryAgain: 'Try a pivotal moment again:',
  shareTitle: 'Share this run with your facilitator',
  shareIntro:
    'The run code holds your seed and your choices, nothing else: your facilitator’s device replays it to see your run. Copy it, read it out, or let them scan the QR code. Your reactions and reflections stay here.',
  nicknameLabel: 'Nickname (optional)',
  nicknameHint: (max: number) => `Leave it empty to stay anonymous. Up to ${max} letters, digits and spaces; it goes on the code and the results file. Your facilitator sees it beside your run, and may show it to the room: a nickname that is not your name is best.`,
  nicknameRefused: (max: number) => `That nickname was not used: up to ${max} letters, digits, spaces, hyphens and apostrophes.`,
  nicknameKept: (name: string | null) => (name ? `The code now carries the nickname “${name}”.` : 'The code is anonymous again.'),
  copyCode: 'Copy the run code',
  codeCopied: 'Run code copied.',
  codeSelected: 'The run code is selected: copy it with Ctrl+C (or Cmd+C).',
  qrLabel: 'QR code of the run code',
  qrUnavailable: 'The QR code could not be drawn here; the run code above works the same.',
};
