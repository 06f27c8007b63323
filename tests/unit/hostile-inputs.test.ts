// Every file of the hostile corpus (tests/fixtures/hostile), read as the game reads it: each is
// refused with the words its README row gives, and what was kept before it is kept after it.
import { describe, expect, it } from 'vitest';
import { corpus, corpusFiles } from '../fixtures/hostile/corpus';
import { Encounter } from '../../src/engine/encounter';
import { MAX_ITEMS_PER_IMPORT, RunCollector } from '../../src/engine/group/run-collector';
import { GroupSessions } from '../../src/engine/group/session-store';
import { isOneRun, makeResults, parseResults, replaysAsTold } from '../../src/engine/results';
import { runCodeOf } from '../../src/engine/run-code';
import { MemoryStore } from '../../src/platform/storage';
import { DEFAULT_SETTINGS, loadSettings } from '../../src/settings/settings';
import { refusalText } from '../../src/ui/facilitator/facilitator-text';
import { problemText } from '../../src/ui/problem-text';
import { fixtureBundle } from '../helpers';

const bundle = fixtureBundle();
const cases = corpus();
const handed = cases.filter((c) => c.reads !== 'settings');
const stored = cases.filter((c) => c.reads === 'settings');

function finishedRun(seed: number): Encounter {
  const run = Encounter.begin(bundle, seed);
  while (!run.ended) run.choose(run.choices.at(-1)!.index);
  return run;
}
const resultsOf = (run: Encounter) =>
  makeResults({ scenarioId: bundle.meta.id, scenarioTitle: bundle.meta.title, storyVersion: bundle.storyVersion, run: run.summary(), nickname: 'Asha', practice: false, now: new Date('2026-12-07T10:00:00Z') });

/** A collector that already holds one learner's run, as a facilitator's does mid-session. */
function collecting() {
  const collector = new RunCollector(bundle, [bundle.meta.id, 'the-offer']);
  const [kept] = collector.addCodes(runCodeOf(bundle.meta.id, bundle.storyVersion, finishedRun(7).summary()));
  expect(kept?.status).toBe('added');
  return collector;
}

describe('the hostile corpus', () => {
  it('has a README row for every file and a file for every row, at least 40 in all', () => {
    expect(cases.map((c) => c.file).sort()).toEqual(corpusFiles());
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const c of handed) expect(c.says.length, c.file).toBeGreaterThan(0);
  });

  it.each(handed.map((c) => [c.file, c] as const))('%s is refused in words, and the runs collected before stay', (_file, c) => {
    const collector = collecting();
    const before = collector.kept();
    const outcomes = collector.addFile(c.file, c.content.toString('utf8'));
    expect(outcomes.map((o) => (o.status === 'refused' ? refusalText(o) : o.status))).toEqual(c.says.map((said): unknown => expect.stringContaining(said)));
    expect(collector.kept()).toEqual(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each(handed.filter((c) => c.reads === 'results').map((c) => [c.file, c] as const))('%s opened from the menu is refused as the group debrief refuses it, or read as plain data', (_file, c) => {
    const read = parseResults(c.content.toString('utf8'));
    if (!read.ok) expect(problemText(read.problem, 'results')).toContain(c.says[0]);
    // The two that read cleanly name no scenario of this game; their markup stays text.
    else expect(read.value.scenarioId).not.toBe(bundle.meta.id);
  });

  it.each(handed.filter((c) => c.reads === 'session').map((c) => [c.file, c] as const))('%s found as the kept session is reported, and its text kept, not dropped', (_file, c) => {
    const store = new MemoryStore();
    const raw = c.content.toString('utf8');
    store.setItem(`asymmetry:group:${bundle.meta.id}`, raw);
    const sessions = new GroupSessions(store);
    const read = sessions.read(bundle.meta.id, bundle.storyVersion);
    expect(read).toMatchObject({ status: 'unusable', raw });
    if (read.status !== 'unusable') return;
    // As the group debrief says it, but of a session: a file that is none is not called a results file here.
    const said = c.says[0]!.startsWith('This is not') ? 'This is not an Asymmetry group session file' : c.says[0]!;
    expect(problemText(read.problem, 'session')).toContain(said);
    expect(sessions.setAside(bundle.meta.id, read.raw)).toBe(true);
    expect(store.getItem(`asymmetry:group-kept:${bundle.meta.id}`)).toBe(raw);
  });

  it.each(stored.map((c) => [c.file, c] as const))('%s as the stored settings keeps only good values, and leaves the stored text and the save alone', (_file, c) => {
    const store = new MemoryStore();
    const raw = c.content.toString('utf8');
    store.setItem('asymmetry:settings', raw);
    store.setItem('asymmetry:save:clinic', '{"kept":"before"}');
    expect(loadSettings(store)).toEqual({ ...DEFAULT_SETTINGS, ...c.keeps });
    expect(store.getItem('asymmetry:settings')).toBe(raw);
    expect(store.getItem('asymmetry:save:clinic')).toBe('{"kept":"before"}');
    expect(Object.prototype).not.toHaveProperty('practice');
  });
});

it('a paste of more lines than one import takes says which were not read, and keeps the runs collected before', () => {
  const collector = collecting();
  const before = collector.kept();
  const outcomes = collector.addCodes(Array.from({ length: MAX_ITEMS_PER_IMPORT + 5 }, () => 'NOT-A-CODE').join('\n'));
  expect(outcomes).toHaveLength(MAX_ITEMS_PER_IMPORT + 1);
  const last = outcomes.at(-1)!;
  expect(last.status === 'refused' && refusalText(last)).toBe('This line and those after it were not read: they are more runs than one go can take. Add them in another go.');
  expect(collector.kept()).toEqual(before);
});

describe('a results file made from a real run', () => {
  const file = resultsOf(finishedRun(11));

  it('put together from two scenarios is not one run, and is said to be put together, not an earlier version', () => {
    const stitched = parseResults(JSON.stringify({ ...file, scenarioId: 'the-offer', scenarioTitle: 'The offer' }));
    expect(stitched.ok && isOneRun(stitched.value)).toBe(false);
    expect(problemText({ kind: 'damaged', field: 'mixed' }, 'results')).toMatch(/its run is of a different scenario or version from the one it names: it was altered, or put together from more than one file/);
    const relabelled = parseResults(JSON.stringify({ ...file, storyVersion: 'an-older-story' }));
    expect(relabelled.ok && isOneRun(relabelled.value)).toBe(false);
  });

  it('of this story, opened from the menu, must tell what its choices do here: markup put in its log, or another ending, is an altered file', () => {
    expect(replaysAsTold(bundle, file)).toBe(true);
    const marked = structuredClone(file);
    marked.log[0]!.offered[0]!.text = '<img src=x onerror="window.__injected = true">';
    expect(replaysAsTold(bundle, marked)).toBe(false);
    expect(replaysAsTold(bundle, { ...file, ending: 'a better one' })).toBe(false);
    expect(replaysAsTold(bundle, { ...file, final: { ...file.final, trust: 100 } })).toBe(false);
    expect(problemText({ kind: 'damaged', field: 'log' }, 'results')).toMatch(/its account of the run differs from what the story does with its choices: it was altered/);
  });

  it('of another version of the scenario, consistent in itself, is one run', () => {
    const older = { ...file, storyVersion: 'an-older-story', code: runCodeOf(bundle.meta.id, 'an-older-story', { seed: file.seed, log: file.log }) };
    const read = parseResults(JSON.stringify(older));
    expect(read.ok && isOneRun(read.value)).toBe(true);
    expect(isOneRun(file)).toBe(true);
  });
});
