// The story checker finds each planted defect, one broken fixture story per kind, and says
// where it is.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK, checkScenario, formatReport, type FindingKind } from '../../build/story-checker';
import { FIXTURES, compileFixture } from '../helpers';

const options = { ...DEFAULT_CHECK, playthroughs: 200 };
const inkOf = (name: string) => path.join(FIXTURES, 'broken', name, 'main.ink');

function check(name: string) {
  const { bundle, diagnostics, files } = compileFixture(`broken/${name}`, { countAllVisits: true });
  expect(diagnostics).toEqual([]);
  return checkScenario(bundle!, files, options);
}

describe('defects the build itself refuses, with file and line', () => {
  it.each([
    ['untagged-choice', 8, 'choice has no "move" tag'],
    ['unknown-tag', 4, 'unknown tag "colour"'],
    ['unknown-move', 5, 'unknown move "telepathy"'],
    ['loose-end', 6, 'loose end'],
  ])('%s', (name, line, message) => {
    const { bundle, diagnostics } = compileFixture(`broken/${name}`);
    expect(bundle).toBeNull();
    expect(diagnostics).toContainEqual(expect.objectContaining({ file: inkOf(name), line, message: expect.stringContaining(message) }));
  });
});

describe('defects found by exploring the story', () => {
  it.each<[string, FindingKind, number | undefined, string]>([
    ['dead-end', 'dead-end', 9, 'Sam is left alone in the room.'],
    ['no-way-out', 'no-way-out', undefined, 'no ending can be reached'],
    ['unreached-knot', 'unreached-knot', 9, 'knot “forgotten” is never reached'],
    ['out-of-range', 'out-of-range', 5, 'trust=130 (allowed 0..100)'],
    ['unreached-ending', 'unreached-ending', undefined, 'ending “never” is never reached'],
  ])('%s', (name, kind, line, message) => {
    const report = check(name);
    expect(report.mode).toBe('exhaustive');
    const finding = report.findings.find((f) => f.kind === kind);
    expect(finding, formatReport(report)).toBeDefined();
    expect(finding!.severity).toBe('error');
    expect(finding!.message).toContain(message);
    if (line) expect({ file: finding!.file, line: finding!.line }).toEqual({ file: inkOf(name), line });
  });

  it('finds nothing wrong with a sound story, and proves it by exhausting it', () => {
    const { bundle, files } = compileFixture('scenarios/clinic', { countAllVisits: true });
    const report = checkScenario(bundle!, files, { ...options, minChoicePoints: 2 });
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ mode: 'exhaustive', choicePoints: { min: 2 }, coverage: { taken: 4, offered: 4 } });
    expect([...report.endings.keys()]).toEqual(['agreed', 'prescribed']);
  });

  it('falls back to seeded random playthroughs when the story is too big to enumerate, and finds the loop', () => {
    const { bundle, files } = compileFixture('broken/no-way-out', { countAllVisits: true });
    const report = checkScenario(bundle!, files, { ...options, exactBudget: 1, playthroughs: 50, maxChoices: 30 });
    expect(report.mode).toBe('random');
    expect(report.playthroughs).toBe(50);
    expect(report.findings.find((f) => f.kind === 'no-way-out')?.message).toContain('still going after 30 choices');
  });

  it('warns about a choice never taken and too short a playthrough', () => {
    const { bundle, files } = compileFixture('scenarios/clinic', { countAllVisits: true });
    const report = checkScenario(bundle!, files, { ...options, exactBudget: 0, playthroughs: 1 });
    expect(report.findings.map((f) => [f.severity, f.kind])).toEqual(
      expect.arrayContaining([
        ['warning', 'untaken-choice'],
        ['warning', 'too-few-choices'],
      ]),
    );
  });
});
