import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/engine/encounter';
import { RESULTS_MAX_BYTES, makeResults, parseResults, resultsFilename } from '../../src/engine/results';
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
    practice: false,
    now: new Date('2026-11-23T15:30:00Z'),
  });
}

describe('the results file', () => {
  it('round-trips, anonymous and dated by day only', () => {
    const file = results();
    const text = JSON.stringify(file);
    expect(parseResults(text)).toEqual({ ok: true, results: file });
    expect(file).toMatchObject({ format: 'asymmetry-results', schema: 2, seed: 0, date: '2026-11-23', finished: true, ending: 'prescribed', practice: false });
    expect(text).not.toMatch(/T15:30/);
    expect(resultsFilename(file)).toBe('asymmetry-clinic-2026-11-23.json');
  });

  const edit = (change: (r: Record<string, unknown>) => void) => {
    const r = results() as unknown as Record<string, unknown>;
    change(r);
    return JSON.stringify(r);
  };

  it.each([
    ['not JSON', 'hello', /not readable data/],
    ['another kind of file', JSON.stringify({ format: 'asymmetry-save', schema: 1 }), /not an Asymmetry results file/],
    ['a newer version', edit((r) => (r.schema = 3)), /newer version/],
    ['an older version', edit((r) => (r.schema = 0)), /older version/],
    ['a damaged field', edit((r) => (r.final = 'high')), /damaged \(final/],
    ['a date with a time in it', edit((r) => (r.date = '2026-11-23T15:30:00Z')), /damaged \(date/],
    ['choices out of order', edit((r) => (r.log = [...(r.log as unknown[])].reverse())), /out of order/],
    ['a choice never offered', edit((r) => ((r.log as { chosen: number }[])[0]!.chosen = 9)), /not offered/],
    ['far too large', 'x'.repeat(RESULTS_MAX_BYTES + 1), /too large/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const read = parseResults(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  it('keeps hostile text as plain data', () => {
    const text = edit((r) => (r.scenarioTitle = '<img src=x onerror=alert(1)>'));
    const read = parseResults(text);
    expect(read.ok && read.results.scenarioTitle).toBe('<img src=x onerror=alert(1)>');
  });
});
