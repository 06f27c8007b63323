// What the player is told when a save, a results file or a run code cannot be used: the
// engine says what is wrong (engine/read-problem.ts), these sentences say it to a person.
import type { PathGone, ReadProblem } from '../engine/read-problem';
import { NICKNAME_MAX } from '../engine/run-code';

export type ReadSubject = 'save' | 'results' | 'code' | 'session';

const NOUN: Record<ReadSubject, string> = {
  save: 'The saved game',
  results: 'This results file',
  code: 'This run code',
  session: 'This group session file',
};

const KIND: Record<ReadSubject, string> = {
  save: 'an Asymmetry save',
  results: 'an Asymmetry results file',
  code: 'an Asymmetry run code',
  session: 'an Asymmetry group session file',
};

const NICKNAME_RULE = `up to ${NICKNAME_MAX} letters and digits, with spaces, hyphens, apostrophes and full stops`;

/** The checks across parts that a damaged file or code most often fails, in words. */
const PART: Record<string, string> = {
  checksum: 'its check characters do not match: a character may be mistyped or missing',
  'choice-order': 'its choices are out of order or name options that were not offered',
  'story-state': 'its story state does not fit this scenario',
  code: 'its run code does not match its choices',
  mixed: 'its run is of a different scenario or version from the one it names: it was altered, or put together from more than one file',
  nickname: `its nickname is not one a learner could choose: ${NICKNAME_RULE}`,
  log: 'its account of the run differs from what the story does with its choices: it was altered',
};

/** A part of a file, by the first step of the path the reader names (engine/read-problem.ts). */
const FIELD: Record<string, string> = {
  schema: 'its version number is missing or not a number',
  scenarioId: 'the scenario it names is not one the game could have written',
  scenarioTitle: 'its scenario title is missing or far too long',
  storyVersion: 'the scenario version it names is missing or far too long',
  seed: 'its seed is not a number the game could have drawn',
  date: 'date is not a day written as the game writes it, such as 2026-12-07',
  finished: 'it does not say whether the run was finished',
  practice: 'it does not say whether the run was played in practice mode',
  ending: 'its ending is not written as the game writes it',
  final: 'final trust and autonomy are not numbers',
  'the top level': 'it is not laid out as the game writes it',
};

/** The part of a file that is wrong, in words: a run or choice by its number, counting from 1. */
function fieldText(field: string): string {
  if (PART[field]) return PART[field];
  const [first = '', index] = field.split('.');
  const nth = index !== undefined && /^\d+$/.test(index) ? Number(index) + 1 : null;
  if (first === 'log') return nth ? `its record of choice ${nth} is not what the game writes` : 'its record of the choices is not written as the game writes it';
  if (first === 'runs') return nth ? `run ${nth} in it is not written as the game writes runs` : 'its list of runs is not written as the game writes it';
  // A part with no words of its own is named as the file names it, for whoever helps.
  return FIELD[first] ?? `a part of it (“${field}”) is not what the game writes`;
}

/** Where a saved run's path left the updated story, said in terms of the learner's own choice. */
function goneText({ turn, choice, change }: PathGone): string {
  const n = turn + 1;
  switch (change) {
    case 'option':
      return `the option you took at your choice ${n}, “${choice}”, is no longer offered`;
    case 'moment':
      return `the moment where you chose “${choice}” (your choice ${n}) is no longer there`;
    case 'ends-sooner':
      return `it now ends before the moment where you chose “${choice}” (your choice ${n})`;
  }
}

/** What whoever holds a damaged or unreadable file can do instead (a code says its own fault). */
const REMEDY: Partial<Record<ReadSubject, string>> = {
  results: ' The run code in the debrief’s summary holds the same run: use that instead.',
  session: ' Export the session again from the device that collected it.',
};

export function problemText(problem: ReadProblem, subject: ReadSubject): string {
  const noun = NOUN[subject];
  switch (problem.kind) {
    case 'too-large':
      if (subject === 'save') return `${noun} is damaged (it is far larger than any save the game writes).`;
      // No code is too large to read: a code is refused so only past the most runs one import takes.
      if (subject === 'code') return 'This line and those after it were not read: they are more runs than one go can take. Add them in another go.';
      return `${noun} is too large to be ${KIND[subject]}: a real one is far smaller. Is it the right file?`;
    case 'unreadable':
      if (subject === 'code') return `${noun} is not readable: a run code has only letters and digits, in groups of four.`;
      // A save is always written by the game itself, so unreadable means damaged.
      return subject === 'save' ? `${noun} is damaged (it is not readable data).` : `${noun} is not readable data: it may have been cut short or changed, or be another kind of file.${REMEDY[subject] ?? ''}`;
    case 'wrong-kind':
      return subject === 'save' ? `${noun} is damaged (it is not ${KIND.save}).` : `This is not ${KIND[subject]}. Is it the right file?`;
    case 'older-version':
      return subject === 'save' ? `${noun} was made by an older version of Asymmetry and cannot be resumed.` : `${noun} was made by an older version of Asymmetry and cannot be read here.`;
    case 'newer-version':
      return `${noun} was made by a newer version of Asymmetry. Update the game (reload the page) to ${subject === 'save' ? 'resume' : 'read'} it.`;
    case 'damaged':
      // A line's nickname is written after its code, not part of it.
      if (subject === 'code' && problem.field === 'nickname') return `The nickname after this run code is not one a learner could choose: ${NICKNAME_RULE}. Write it again, or leave it out.`;
      return `${noun} is damaged (${fieldText(problem.field)}).${REMEDY[subject] ?? ''}`;
    case 'other-scenario':
      if (subject === 'save') return problem.scenarioId ? `${noun} belongs to another scenario (“${problem.scenarioId}”).` : `${noun} is for another scenario.`;
      return `${problem.scenarioId ? `${noun} belongs to another scenario (“${problem.scenarioId}”)` : `${noun} is for another scenario`}: collect it in that scenario’s group debrief.`;
    case 'story-changed':
      if (problem.gone) return `This scenario has been updated since you played this run, and ${goneText(problem.gone)}, so the run cannot go on in the new version.`;
      return `${noun} was made with another version of this scenario, so the run cannot be replayed exactly.`;
    case 'does-not-replay':
      return `${noun} does not replay: choice ${problem.turn + 1} was never offered at that point. A character may be mistyped, or the code changed.`;
    case 'unfinished':
      return `${noun} is of a run that was not finished: only a finished run can be collected.`;
  }
}

/**
 * A run the school's LMS kept that could not be resumed: said to the learner, who did not make
 * the code and cannot mend it, in terms of their place in the scenario.
 */
/** Said when a run saved before the scenario was updated carries on in the new version. */
export const CARRIED_OVER_TEXT = 'This scenario has been updated since you last played it. Your run carries on in the new version, with every choice you made.';

export function keptRunText(problem: ReadProblem): string {
  const updated = problem.kind === 'story-changed' || problem.kind === 'older-version' || problem.kind === 'newer-version';
  const why = updated ? 'the scenario has been updated since' : 'what it kept could not be read';
  return `Your course could not give back your place in this scenario: ${why}. The game carries on from this device’s save if it has one; otherwise the scenario starts again.`;
}
