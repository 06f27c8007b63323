import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import { RESULTS_MAX_BYTES, makeResults, parseResults, resultsFilename } from '../../src/engine/results';
import { runCodeOf } from '../../src/engine/run-code';
import { problemText } from '../../src/ui/problem-text';
import { fixtureBundle } from '../helpers';

const bundle = fixtureBundle();

function results() {
  const encounter = Encounter.begin(bundle);
  encounter.choose(0);
  encounter.choose(1);
  return makeResults({
    scenarioId: 'clinic',
    scenarioTitle: bundle.meta.title,
    storyVersion: bundle.storyVersion,
    run: encounter.summary(),
    nickname: null,
    practice: false,
    now: new Date('2026-11-23T15:30:00Z'),
  });
}

describe('the results file', () => {
  it('round-trips, anonymous and dated by day only', () => {
    const file = results();
    const text = JSON.stringify(file);
    expect(parseResults(text)).toEqual({ ok: true, value: file });
    expect(file).toMatchObject({ format: 'asymmetry-results', schema: 3, code: runCodeOf('clinic', bundle.storyVersion, { seed: 0, log: file.log }), nickname: null, seed: 0, date: '2026-11-23', finished: true, ending: 'prescribed', practice: false });
    expect(text).not.toMatch(/T15:30/);
    expect(resultsFilename(file)).toBe('asymmetry-clinic-2026-11-23.json');
  });

  const edit = (change: (r: Record<string, unknown>) => void) => {
    const r = results() as unknown as Record<string, unknown>;
    change(r);
    return JSON.stringify(r);
  };

  it.each([
    ['not JSON', 'hello', 'unreadable', /not readable data/],
    ['another kind of file', JSON.stringify({ format: 'asymmetry-save', schema: 1 }), 'wrong-kind', /not an Asymmetry results file/],
    ['a newer version', edit((r) => (r.schema = 4)), 'newer-version', /newer version/],
    ['an older version', edit((r) => (r.schema = 2)), 'older-version', /older version/],
    ['a damaged field', edit((r) => (r.final = 'high')), 'damaged', /damaged \(final/],
    ['a date with a time in it', edit((r) => (r.date = '2026-11-23T15:30:00Z')), 'damaged', /damaged \(date/],
    ['choices out of order', edit((r) => (r.log = [...(r.log as unknown[])].reverse())), 'damaged', /out of order/],
    ['a choice never offered', edit((r) => ((r.log as { chosen: number }[])[0]!.chosen = 9)), 'damaged', /not offered/],
    ['a code that is not its run', edit((r) => (r.code = runCodeOf('clinic', bundle.storyVersion, { seed: 1, log: r.log as never }))), 'damaged', /run code does not match/],
    ['a nickname with markup', edit((r) => (r.nickname = '<b>Sam</b>')), 'damaged', /nickname/],
    ['far too large', 'x'.repeat(RESULTS_MAX_BYTES + 1), 'too-large', /too large/],
  ])('refuses %s with a clear message', (_name, text, kind, message) => {
    const read = parseResults(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem.kind).toBe(kind);
    expect(problemText(read.problem, 'results')).toMatch(message);
  });

  it('carries the nickname the learner chose, and nothing else that names them', () => {
    const file = { ...results(), nickname: 'Sam O' };
    expect(parseResults(JSON.stringify(file))).toEqual({ ok: true, value: file });
  });

  it('keeps hostile text as plain data', () => {
    const text = edit((r) => (r.scenarioTitle = '<img src=x onerror=alert(1)>'));
    const read = parseResults(text);
    expect(read.ok && read.value.scenarioTitle).toBe('<img src=x onerror=alert(1)>');
  });
});
