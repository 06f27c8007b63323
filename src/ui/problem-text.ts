// What the player is told when a save, a results file or a run code cannot be used: the
// engine says what is wrong (engine/read-problem.ts), these sentences say it to a person.
import type { ReadProblem } from '../engine/read-problem';

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

/** The parts of a file or code that a damaged one most often gets wrong, in words. */
const PART: Record<string, string> = {
  checksum: 'its check characters do not match: a character may be mistyped or missing',
  'choice-order': 'its choices are out of order or name options that were not offered',
  'story-state': 'its story state does not fit this scenario',
  code: 'its run code does not match its choices',
  nickname: 'its nickname has characters a nickname may not have',
  log: 'its account of the run differs from what the story does with its choices: it was altered',
};

export function problemText(problem: ReadProblem, subject: ReadSubject): string {
  const noun = NOUN[subject];
  switch (problem.kind) {
    case 'too-large':
      return `${noun} is too large to be ${KIND[subject]}.`;
    case 'unreadable':
      if (subject === 'code') return `${noun} is not readable: a run code has only letters and digits, in groups of four.`;
      // A save is always written by the game itself, so unreadable means damaged.
      return subject === 'save' ? `${noun} is damaged (it is not readable data).` : `${noun} is not readable data (it is not JSON). Is it ${KIND[subject]}?`;
    case 'wrong-kind':
      return subject === 'save' ? `${noun} is damaged (it is not ${KIND.save}).` : `This is not ${KIND[subject]}.`;
    case 'older-version':
      return subject === 'save' ? `${noun} was made by an older version of Asymmetry and cannot be resumed.` : `${noun} was made by an older version of Asymmetry and cannot be read here.`;
    case 'newer-version':
      return `${noun} was made by a newer version of Asymmetry. Update the game to ${subject === 'save' ? 'resume' : 'read'} it.`;
    case 'damaged':
      return `${noun} is damaged (${PART[problem.field] ?? `${problem.field} is not what it should be`}).`;
    case 'other-scenario':
      return problem.scenarioId ? `${noun} belongs to another scenario (“${problem.scenarioId}”).` : `${noun} is for another scenario.`;
    case 'story-changed':
      return subject === 'save'
        ? 'This scenario has been changed since the game was saved, so the save cannot be resumed exactly.'
        : `${noun} was made with another version of this scenario, so the run cannot be replayed exactly.`;
    case 'does-not-replay':
      return `${noun} does not replay: choice ${problem.turn + 1} was never offered at that point. A character may be mistyped, or the code changed.`;
    case 'unfinished':
      return `${noun} is of a run that was not finished.`;
  }
}

/**
 * A run the school's LMS kept that could not be resumed: said to the learner, who did not make
 * the code and cannot mend it, in terms of their place in the scenario.
 */
export function keptRunText(problem: ReadProblem): string {
  const updated = problem.kind === 'story-changed' || problem.kind === 'older-version' || problem.kind === 'newer-version';
  const why = updated ? 'the scenario has been updated since' : 'what it kept could not be read';
  return `Your course could not give back your place in this scenario: ${why}. The game carries on from this device’s save if it has one; otherwise the scenario starts again.`;
}
