// Every reason a save, results file, run code or session file can be refused, said for each: in
// sentences a learner or facilitator reads, with none of the reader's own names for things.
import { describe, expect, it } from 'vitest';
import type { ReadProblem } from '../../src/engine/read-problem';
import { problemText, type ReadSubject } from '../../src/ui/problem-text';

const SUBJECTS: ReadSubject[] = ['save', 'results', 'code', 'session'];
const PROBLEMS: ReadProblem[] = [
  { kind: 'too-large' },
  { kind: 'unreadable' },
  { kind: 'wrong-kind' },
  { kind: 'older-version' },
  { kind: 'newer-version' },
  ...['checksum', 'choice-order', 'story-state', 'code', 'mixed', 'log', 'nickname', 'schema', 'scenarioId', 'scenarioTitle', 'storyVersion', 'seed', 'date', 'finished', 'practice', 'ending', 'final', 'the top level', 'log.3.offered.0.why', 'log', 'runs.4.code', 'runs'].map((field): ReadProblem => ({ kind: 'damaged', field })),
  { kind: 'other-scenario', scenarioId: 'the-offer' },
  { kind: 'other-scenario', scenarioId: null },
  { kind: 'story-changed' },
  { kind: 'does-not-replay', turn: 2 },
  { kind: 'unfinished' },
];
/** The readers' own names, which mean nothing to the person told. */
const JARGON = /JSON|schema|scenarioId|scenarioTitle|storyVersion|choice-order|story-state|\bmixed\b|top level|\blog\b|\bruns\.|undefined|null|NaN|\[object/;

describe('what the game says when it refuses something', () => {
  it.each(SUBJECTS.flatMap((subject) => PROBLEMS.map((problem) => [subject, JSON.stringify(problem), problem] as const)))('%s, %s: whole sentences in the user’s words', (subject, _shown, problem) => {
    const text = problemText(problem, subject);
    expect(text).toMatch(/^[A-Z“].*[.?]$/s);
    expect(text).not.toMatch(JARGON);
  });

  it('counts a choice or a run from 1, as people do', () => {
    expect(problemText({ kind: 'damaged', field: 'log.3.offered.0.why' }, 'results')).toContain('its record of choice 4 is not what the game writes');
    expect(problemText({ kind: 'damaged', field: 'runs.4.code' }, 'session')).toContain('run 5 in it');
    expect(problemText({ kind: 'does-not-replay', turn: 2 }, 'code')).toContain('choice 3 was never offered');
  });

  it('names a part it has no words for as the file does, for whoever helps, rather than saying nothing', () => {
    expect(problemText({ kind: 'damaged', field: 'encounter.inkState' }, 'save')).toBe('The saved game is damaged (a part of it (“encounter.inkState”) is not what the game writes).');
  });

  it('says what can be done about a damaged results or session file, and that a nickname is the nickname’s fault, not the code’s', () => {
    expect(problemText({ kind: 'damaged', field: 'seed' }, 'results')).toMatch(/The run code in the debrief’s summary holds the same run: use that instead\.$/);
    expect(problemText({ kind: 'unreadable' }, 'session')).toMatch(/Export the session again from the device that collected it\.$/);
    expect(problemText({ kind: 'damaged', field: 'nickname' }, 'code')).toMatch(/^The nickname after this run code is not one a learner could choose: up to 24 letters and digits/);
    expect(problemText({ kind: 'other-scenario', scenarioId: 'the-offer' }, 'code')).toBe('This run code belongs to another scenario (“the-offer”): collect it in that scenario’s group debrief.');
  });
});
