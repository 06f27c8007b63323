// Runs that vary: the seed picks what the story draws, replays exactly, travels with the run,
// and the checker finds the moments where the best option depends on it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK, LIBRARY_CHECK, checkScenario, formatReport } from '../../build/story-checker';
import { encounterAt } from '../../src/engine/analysis/moments';
import { Encounter, EncounterError, MAX_SEED } from '../../src/engine/encounter';
import { makeResults, parseResults } from '../../src/engine/results';
import { SaveSlots } from '../../src/engine/save';
import { compileFixture, fixtureBundle } from '../helpers';

const bundle = fixtureBundle('scenarios/variants');
const wants = (seed: number) => (Encounter.begin(bundle, seed).currentLines.some((l) => l.text.includes('tell me what you')) ? 2 : 1);
const seedWith = (value: number) => Array.from({ length: 50 }, (_, i) => i + 1).find((s) => wants(s) === value)!;
const lines = (e: Encounter) => e.transcript.map((l) => l.text);

describe('a run seed', () => {
  it('picks the variant, and the same seed and choices replay the same run', () => {
    const [one, two] = [seedWith(1), seedWith(2)];
    expect(one).toBeDefined();
    expect(two).toBeDefined();
    const a = Encounter.begin(bundle, two);
    const b = Encounter.begin(bundle, two);
    a.choose(1);
    b.choose(1);
    expect(lines(a)).toEqual(lines(b));
    expect(a.variables).toEqual(b.variables);
    expect(a.seed).toBe(two);
    expect(lines(Encounter.begin(bundle, one))).not.toEqual(lines(Encounter.begin(bundle, two)));
  });

  it('refuses a seed that is not a small whole number', () => {
    for (const bad of [-1, 1.5, MAX_SEED + 1, Number.NaN]) expect(() => Encounter.begin(bundle, bad)).toThrow(EncounterError);
  });

  it('survives a save, a results file and a replay from a choice', () => {
    const seed = seedWith(2);
    const original = Encounter.begin(bundle, seed);
    original.choose(1);
    const store = new Map<string, string>();
    const slots = new SaveSlots({ getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k) });
    slots.write(original);
    const resumed = slots.resume(bundle);
    expect(resumed.status === 'ok' && resumed.encounter.seed).toBe(seed);

    const results = makeResults({ scenarioId: 'variants', scenarioTitle: 'Fixture variants', storyVersion: bundle.storyVersion, run: original.summary(), nickname: null, practice: false, now: new Date('2026-12-06') });
    const read = parseResults(JSON.stringify(results));
    expect(read.ok && read.value.seed).toBe(seed);
    expect(parseResults(JSON.stringify({ ...results, seed: -4 })).ok).toBe(false);

    const branch = encounterAt(bundle, original.log, 1, seed);
    expect(lines(branch)).toEqual(lines(original).slice(0, branch.transcript.length));
    expect(branch.variables).toEqual(original.log[0]!.after);
  });
});

describe('the checker across seeds', () => {
  const { bundle: checked, files } = compileFixture('scenarios/variants', { countAllVisits: true });

  it('names the choice point whose best option depends on what the seed drew', () => {
    const report = checkScenario(checked!, files, DEFAULT_CHECK);
    expect(report.seeds).toBe(DEFAULT_CHECK.variants);
    expect(report.judgement.varying).toHaveLength(1);
    const best = Object.fromEntries(report.judgement.varying[0]!.best.map((b) => [b.variant, b.option]));
    expect(best).toEqual({ 'wants=1': 'Lay out the options and ask Sam to choose', 'wants=2': 'Recommend the night-shift plan and ask if it fits' });
  });

  it('counts where sharing the most power is also best by what is at stake, variant by variant', () => {
    // The opening: offering the choice wins only where Sam wants to choose (half the variants).
    // The tablets: acting on the risk (safety weighs 2) beats leaving it to Sam in every variant.
    const { judgement } = checkScenario(checked!, files, DEFAULT_CHECK);
    expect(judgement.contested).toBe(2);
    expect(judgement.sharingBest).toBe(0.5);
    // Only the opening is listed as a point where sharing wins, in half the variants.
    expect(judgement.sharingWins).toEqual([{ prompt: expect.any(String), option: 'Lay out the options and ask Sam to choose', share: 0.5 }]);
    expect(formatReport(checkScenario(checked!, files, DEFAULT_CHECK), undefined, { listSharingWins: true })).toContain('50% of variants');
  });

  it('fails a library scenario whose best option varies at fewer than three moments', () => {
    const report = checkScenario(checked!, files, LIBRARY_CHECK);
    expect(report.findings.filter((f) => f.kind === 'no-variation')).toHaveLength(1);
  });
});
