// The live group picture's reading side: statements a learning record store hands back (one per
// choice, with the run so far) become runs in the collector. Built from real seeded runs of a
// real scenario, then shuffled, paged, duplicated and mixed with hostile statements, they must
// give exactly the picture that importing the same runs' codes gives.
import { describe, expect, it } from 'vitest';
import type { Encounter } from '../../src/engine/encounter';
import { groupPicture, type GroupPicture } from '../../src/engine/group/group-picture';
import { LiveRuns, MAX_LIVE_RUNS } from '../../src/engine/group/lrs-runs';
import { RunCollector } from '../../src/engine/group/run-collector';
import { randomPlaythrough, seededRandom } from '../../src/engine/random-play';
import { runCodeOf } from '../../src/engine/run-code';
import { pointKey } from '../../src/engine/run-log';
import { readStatement, StatementRuns } from '../../src/reporting/xapi/statement-runs';
import type { RunRef } from '../../src/reporting/reporter';
import { choiceStatement, completedStatement, initializedStatement, type Statement } from '../../src/reporting/xapi/statements';
import { activityIri, choicePointIri, EXTENSIONS, VERBS } from '../../src/reporting/xapi/vocabulary';
import { libraryBundle } from '../story/play';

const SCENARIO = 'carlos';
const bundle = libraryBundle(SCENARIO);
const SCENARIOS = [SCENARIO, 'the-offer', 'boundaries'];
const other = libraryBundle('the-offer');

/** A room: eight learners who finish, two still playing (stopped part way). */
const finished: Encounter[] = Array.from({ length: 8 }, (_, i) => randomPlaythrough(bundle, 2000 + i * 613));
const unfinished: Encounter[] = [randomPlaythrough(bundle, 71, { maxChoices: 3 }), randomPlaythrough(bundle, 72, { maxChoices: 5 })];
const codeOf = (run: Encounter, choices = run.log.length, b = bundle) => runCodeOf(b.meta.id, b.storyVersion, { seed: run.seed, log: run.log.slice(0, choices) });

interface Learner {
  run: Encounter;
  attempt: string;
  registration?: string;
}

const at = (second: number) => new Date(Date.UTC(2026, 11, 7, 9, 0, second));

/**
 * Every statement a learner's game sends, from the game's own builders: initialized, one per
 * choice (the run code so far in EXTENSIONS.run), and completed if the run ended.
 */
function statementsOf({ run, attempt, registration }: Learner, b = bundle): Statement[] {
  const ref: RunRef = { scenarioId: b.meta.id, scenarioTitle: b.meta.title, storyVersion: b.storyVersion, seed: run.seed, attempt };
  let made = 0;
  const options = {
    actor: { objectType: 'Agent' as const, account: { homePage: 'https://example.org', name: attempt } },
    context: { registration },
    newId: () => `${registration ? `${registration}-` : ''}${attempt}-${made++}`,
    leverOf: () => null,
  };
  return [
    initializedStatement(ref, at(0), options),
    ...run.log.map((entry, i) => choiceStatement({ run: ref, entry, choicePoint: pointKey(entry), runCode: codeOf(run, i + 1, b), at: at(i + 1) }, options)),
    ...(run.ended ? [completedStatement({ run: ref, ending: run.ending, runCode: codeOf(run, run.log.length, b), at: at(run.log.length + 1) }, options)] : []),
  ];
}

/** Whether a statement tells a run (a choice, or the ending), rather than only that one opened. */
const tellsRun = (statement: Statement) => statement.context?.extensions?.[EXTENSIONS.run] !== undefined;

/** A bare statement of this scenario carrying `run` as its run: what a hostile or careless sender could post. */
const reportOf = (id: string, run: unknown, registration?: unknown) => ({
  id,
  object: { id: choicePointIri(SCENARIO, 'a-point') },
  context: { ...(registration === undefined ? {} : { registration }), extensions: { [EXTENSIONS.run]: run } },
});

const MARKUP = '<img src=x onerror="window.__injected = true">';

/** Statements an LRS may hold beside the room's: other activities, cmi5's own, damaged and hostile ones. */
function hostileStatements(): { elsewhere: unknown[]; unreadable: unknown[] } {
  const real = statementsOf({ run: finished[0]!, attempt: 'real' })[1]!;
  const code = codeOf(finished[0]!);
  const deep: Record<string, unknown> = {};
  let at = deep;
  for (let i = 0; i < 2_000; i++) at = at.next = {};
  return {
    elsewhere: [
      { id: 'h-other-activity', verb: { id: VERBS.answered }, object: { id: 'https://example.org/another-course' }, context: real.context },
      { id: 'h-cmi5-initialized', verb: { id: VERBS.initialized }, object: { id: activityIri(SCENARIO) }, context: { registration: 'r-1' } },
      { id: 'h-prefix-only', object: { id: `${activityIri(SCENARIO)}-but-not-it/choice-points/x` }, context: real.context },
      { id: 'h-no-object', context: real.context },
      { id: 'h-markup-object', object: { id: MARKUP }, context: real.context },
      { id: 'h-deep', object: { id: activityIri(SCENARIO) }, context: { extensions: deep } },
    ],
    unreadable: [
      null,
      42,
      'a statement',
      [real],
      { ...real, id: undefined },
      { ...real, id: 12345 },
      { ...real, id: 'x'.repeat(10_000) },
      reportOf('h-run-null', null),
      reportOf('h-run-array', [1, 2]),
      reportOf('h-attempt-number', { attempt: 1e308, code }),
      reportOf('h-attempt-object', { attempt: { toString: 'x' }, code }),
      reportOf('h-attempt-huge', { attempt: 'a'.repeat(100_000), code }),
      reportOf('h-code-number', { attempt: 'h1', code: Number.MAX_SAFE_INTEGER * 1e10 }),
      reportOf('h-code-markup', { attempt: 'h2', code: MARKUP }),
      reportOf('h-code-huge', { attempt: 'h3', code: 'A'.repeat(1_000_000) }),
      reportOf('h-code-damaged', { attempt: 'h4', code: code.replace(/.$/, (c) => (c === '0' ? '1' : '0')) }),
      reportOf('h-code-with-nickname', { attempt: 'h5', code: `${code} ~ ${MARKUP}` }),
      reportOf('h-registration-number', { attempt: 'h6', code }, 7),
    ],
  };
}

/** A seeded shuffle, so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Pages of 1 to `most` statements, as an LRS hands them out over time. */
function paged<T>(items: readonly T[], seed: number, most = 17): T[][] {
  const random = seededRandom(seed);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; ) {
    const size = 1 + Math.floor(random() * most);
    pages.push(items.slice(i, i + size));
    i += size;
  }
  return pages;
}

function live(registration: string | null = null) {
  const collector = new RunCollector(bundle, SCENARIOS);
  const runs = new LiveRuns(collector);
  return { collector, runs, statements: new StatementRuns(SCENARIO, registration, runs) };
}

/**
 * The picture as counts, which do not depend on the order the runs were collected in (the
 * order of options chosen as often, and the prompt most seen between two seen as often, do).
 */
function counts(picture: GroupPicture) {
  return {
    ...picture,
    points: picture.points.map(({ prompt: _, ...point }) => ({ ...point, options: [...point.options].sort((a, b) => a.text.localeCompare(b.text)) })),
    paths: picture.paths.map(({ run: _, ...path }) => JSON.stringify(path)).sort(),
  };
}

const fromCodes = (codes: readonly string[]) => {
  const collector = new RunCollector(bundle, SCENARIOS);
  collector.addCodes(codes.join('\n'));
  return collector;
};

const learners: Learner[] = [...finished, ...unfinished].map((run, i) => ({ run, attempt: `attempt-${i}` }));

describe('runs read from statements', () => {
  it('shuffled, paged and partly duplicated, with hostile statements mixed in, give the picture of the same runs imported as codes', () => {
    const hostile = hostileStatements();
    const room = learners.flatMap((l) => statementsOf(l));
    const again = shuffled(room, 5).slice(0, 30);
    const all = shuffled([...room, ...again, ...hostile.elsewhere, ...hostile.unreadable], 11);
    const { collector, runs, statements } = live();
    const added: number[] = [];
    for (const page of paged(all, 3)) {
      statements.read(page);
      added.push(runs.settle().filter((o) => o.status === 'added').length);
    }
    const expected = fromCodes(finished.map((r) => codeOf(r)));
    expect(collector.size).toBe(8);
    expect(counts(groupPicture(bundle.meta, collector.runs))).toEqual(counts(groupPicture(bundle.meta, expected.runs)));
    expect(collector.runs.map((r) => r.code).sort()).toEqual(expected.runs.map((r) => r.code).sort());
    // Runs were added as they finished, over several pages, never twice.
    expect(added.reduce((a, b) => a + b, 0)).toBe(8);
    expect(added.filter((n) => n > 0).length).toBeGreaterThan(1);
    expect(runs.summary()).toEqual({ finished: 8, alreadyCollected: 0, playing: [3, 5], refused: [] });
    expect(statements.counts).toEqual({
      // A statement with no id cannot be told from another: each is read, and counted unreadable.
      read: room.length + hostile.elsewhere.length + hostile.unreadable.length,
      again: again.length,
      runs: room.filter(tellsRun).length,
      // Each learner's initialized statement tells no run.
      elsewhere: learners.length + hostile.elsewhere.length,
      unreadable: hostile.unreadable.length,
      overLimit: 0,
    });
  });

  it('keeps the same runs whatever order the statements come in', () => {
    const room = learners.flatMap((l) => statementsOf(l));
    const codesAfter = (order: unknown[]) => {
      const { collector, runs, statements } = live();
      statements.read(order);
      runs.settle();
      return { codes: collector.runs.map((r) => r.code).sort(), summary: runs.summary() };
    };
    const forwards = codesAfter(room);
    expect(codesAfter([...room].reverse())).toEqual(forwards);
    expect(codesAfter(shuffled(room, 99))).toEqual(forwards);
  });

  it('follows a run still being played, and collects it once its last choice arrives', () => {
    const learner = learners[0]!;
    const all = statementsOf(learner);
    const { collector, runs, statements } = live();
    statements.read(all.slice(0, 5));
    expect(runs.settle()).toEqual([]);
    expect(runs.summary()).toMatchObject({ finished: 0, playing: [4] });
    // A late statement of an earlier choice tells nothing new.
    statements.read([all[1]!]);
    expect(runs.settle()).toEqual([]);
    statements.read(all.slice(4));
    expect(runs.settle()).toMatchObject([{ status: 'added', place: { source: 'live', run: expect.stringContaining('attempt-0') } }]);
    expect(runs.summary()).toMatchObject({ finished: 1, playing: [] });
    expect(collector.runs[0]!.summary.log).toEqual(learner.run.log);
    expect(collector.runs[0]!.summary.ending).toBe(learner.run.ending);
  });

  it('tells runs apart by registration and attempt, and reads one registration only when asked', () => {
    const a = { run: finished[0]!, attempt: 'same', registration: 'registration-a' };
    const b = { run: finished[1]!, attempt: 'same', registration: 'registration-b' };
    const both = live();
    both.statements.read([...statementsOf(a), ...statementsOf(b)]);
    both.runs.settle();
    expect(both.collector.size).toBe(2);
    const one = live('registration-b');
    one.statements.read([...statementsOf(a), ...statementsOf(b)]);
    one.runs.settle();
    expect(one.collector.runs.map((r) => r.code)).toEqual([codeOf(finished[1]!)]);
    expect(one.statements.counts).toMatchObject({ runs: statementsOf(b).filter(tellsRun).length, elsewhere: statementsOf(a).length + 1 });
  });

  it('counts two learners who played exactly alike once, as importing their two codes does', () => {
    const twin = { run: finished[0]!, attempt: 'twin' };
    const { collector, runs, statements } = live();
    statements.read([...statementsOf(learners[0]!), ...statementsOf(twin), ...statementsOf(learners[1]!)]);
    runs.settle();
    expect(runs.summary()).toMatchObject({ finished: 3, alreadyCollected: 1 });
    const codes = fromCodes([codeOf(finished[0]!), codeOf(finished[0]!), codeOf(finished[1]!)]);
    expect(counts(groupPicture(bundle.meta, collector.runs))).toEqual(counts(groupPicture(bundle.meta, codes.runs)));
  });

  it('refuses, with the reason, a run of another scenario or of another story version, and settles nothing else on it', () => {
    const otherRun = randomPlaythrough(other, 8);
    // Another scenario's statements, made to look like this one's (its code still says which scenario it is).
    const disguised = statementsOf({ run: otherRun, attempt: 'other' }, other).map((s) => ({ ...s, object: { id: choicePointIri(SCENARIO, 'x') } }));
    const oldVersion = { ...bundle, storyVersion: 'an-older-version' };
    const old = statementsOf({ run: finished[2]!, attempt: 'old' }, oldVersion);
    const { collector, runs, statements } = live();
    statements.read([...disguised, ...old]);
    runs.settle();
    expect(collector.size).toBe(0);
    expect(runs.summary().refused).toEqual(expect.arrayContaining([{ kind: 'other-scenario', scenarioId: 'the-offer' }, { kind: 'story-changed' }]));
    expect(runs.summary().refused).toHaveLength(2);
  });

  it('changes nothing on a finished run, whatever comes later under its attempt', () => {
    const learner = learners[0]!;
    const { collector, runs, statements } = live();
    statements.read(statementsOf(learner));
    runs.settle();
    statements.read([reportOf('later', { attempt: learner.attempt, code: codeOf(finished[3]!) })]);
    expect(runs.settle()).toEqual([]);
    expect(collector.runs.map((r) => r.code)).toEqual([codeOf(learner.run)]);
  });

  it('follows no more runs than a session keeps, and counts the reports of the rest', () => {
    const code = codeOf(unfinished[0]!);
    const { runs, statements } = live();
    statements.read(Array.from({ length: MAX_LIVE_RUNS + 3 }, (_, i) => reportOf(`s${i}`, { attempt: `a${i}`, code })));
    expect(statements.counts).toMatchObject({ runs: MAX_LIVE_RUNS, overLimit: 3 });
    expect(runs.summary().playing).toHaveLength(MAX_LIVE_RUNS);
  });

  it('reads a single statement without trusting anything in it', () => {
    const [opened, , second] = statementsOf(learners[0]!);
    expect(readStatement(second, SCENARIO)).toEqual({ kind: 'run', id: 'attempt-0-2', run: JSON.stringify([null, 'attempt-0']), code: codeOf(finished[0]!, 2) });
    expect(readStatement(second, 'the-offer')).toEqual({ kind: 'elsewhere', id: 'attempt-0-2' });
    expect(readStatement(opened, SCENARIO)).toEqual({ kind: 'elsewhere', id: 'attempt-0-0' });
    const poisoned = JSON.parse(`{"id":"p","object":{"id":"${activityIri(SCENARIO)}"},"context":{"extensions":{"__proto__":{"x":1}}}}`) as unknown;
    expect(readStatement(poisoned, SCENARIO)).toEqual({ kind: 'elsewhere', id: 'p' });
    for (const s of [...hostileStatements().unreadable, ...hostileStatements().elsewhere]) expect(() => readStatement(s, SCENARIO)).not.toThrow();
  });
});
