// The cmi5 reporter against the test LMS (tests/e2e/lms/cmi5-lms.ts) in front of a real LRS,
// told what the app tells it while a real scenario is played (reportRun).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cmi5CourseStructure } from '../../scripts/package/cmi5';
import { courseFrom } from '../../scripts/package/course';
import { reportRun } from '../../src/app/report-run';
import { Encounter } from '../../src/engine/encounter';
import { decodeRunCode, replayRunCodeSoFar, runCodeOf } from '../../src/engine/run-code';
import { MemoryStore } from '../../src/platform/storage';
import { RUN_STATE_ID } from '../../src/reporting/cmi5/cmi5-iris';
import { startCmi5Reporter, type Cmi5Host, type Cmi5Problem, type Cmi5Reporter } from '../../src/reporting/cmi5/cmi5-reporter';
import { Cmi5StartError } from '../../src/reporting/cmi5/start-error';
import type { RunRef } from '../../src/reporting/reporter';
import type { Fetch } from '../../src/reporting/xapi/lrs-client';
import type { Statement } from '../../src/reporting/xapi/statements';
import { activityIri, EXTENSIONS } from '../../src/reporting/xapi/vocabulary';
import { CMI5, startCmi5Lms, type Agent, type Cmi5Lms, type CourseAu, type Launch } from '../e2e/lms/cmi5-lms';
import { realTaxonomy, ROOT, STORY_DIR } from '../helpers';
import { libraryBundle } from '../story/play';
import { startLrs, type RunningLrs } from '../support/lrs';
import { playReported } from '../support/reported-run';
import { statementProblems } from '../support/xapi-validate';

const SCENARIO = 'carlos';
const SEED = 4821;
const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;
const taxonomy = realTaxonomy();
const leverOf = (id: string) => taxonomy.moves.get(id)?.lever ?? null;

let lrs: RunningLrs;
let lms: Cmi5Lms;
let au: CourseAu;
let packageDir: string;

beforeAll(async () => {
  lrs = await startLrs();
  // The course structure `npm run package` writes, for the real scenarios.
  packageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'asymmetry-cmi5-unit-'));
  const about = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; description: string };
  fs.writeFileSync(path.join(packageDir, 'cmi5.xml'), cmi5CourseStructure(courseFrom(STORY_DIR, about)));
  lms = await startCmi5Lms(packageDir, lrs);
  au = lms.aus.find((unit) => unit.id === activityIri(SCENARIO))!;
});

afterAll(async () => {
  await lms?.close();
  await lrs?.stop();
  fs.rmSync(packageDir, { recursive: true, force: true });
});

const newLearner = (): { actor: Agent; registration: string } => ({
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: randomUUID() } },
  registration: randomUUID(),
});

/** The time, never the same twice: the statements' order is their timestamps' (cmi5 9.3), and the LMS's launched is stamped by the real clock. */
function risingClock(): () => Date {
  let last = 0;
  return () => new Date((last = Math.max(Date.now(), last + 1)));
}

/** One device (its lasting storage) in one browser tab (its session storage), with one clock. */
function device() {
  return { store: new MemoryStore(), sessionStore: new MemoryStore(), now: risingClock() };
}

const nodeFetch: Fetch = (url, init) => fetch(url, init);

function hostFor(launch: Launch, on: ReturnType<typeof device>, fetchOf: Fetch = nodeFetch): Cmi5Host {
  return {
    search: new URL(launch.url).search,
    fetch: fetchOf,
    timers: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
    store: on.store,
    sessionStore: on.sessionStore,
    newId: randomUUID,
    random: () => 0,
    now: on.now,
    leverOf,
  };
}

async function sent(reporter: Cmi5Reporter): Promise<void> {
  await vi.waitFor(() => expect(reporter.queue.waiting).toHaveLength(0), { timeout: 20_000, interval: 50 });
}

/** The encounter a kept run code replays to, or a new one. */
function encounterFrom(code: string | null): Encounter {
  const bundle = libraryBundle(SCENARIO);
  if (code === null) return Encounter.begin(bundle, SEED);
  const decoded = decodeRunCode(code);
  const replayed = decoded.ok ? replayRunCodeSoFar(bundle, decoded.value) : decoded;
  if (!replayed.ok) throw new Error(replayed.problem.kind);
  return replayed.value;
}

/** Plays `encounter` on with the app's reporting until `turns` choices (or the end), taking the options playReported takes. */
function playOn(reporter: Cmi5Reporter, encounter: Encounter, run: RunRef, now: () => Date, turns = Infinity): Encounter {
  const stop = reportRun(reporter, encounter, run, now);
  while (!encounter.ended && encounter.log.length < turns) {
    const options = encounter.choices;
    encounter.choose(options[encounter.log.length % options.length]!.index);
  }
  stop();
  return encounter;
}

/** A statement as the LRS gives it back: the builder's shape, plus the LMS's launched. */
type Json = Statement;
const verbOf = (s: Json) => s.verb.id.split('/').at(-1);
const extension = (s: Json, iri: string): unknown => s.context?.extensions?.[iri];
const runCodeIn = (s: Json) => (extension(s, EXTENSIONS.run) as { code: string }).code;
const ids = (activities: { id: string }[] | undefined) => (activities ?? []).map((a) => a.id);

/** What cmi5 asks of every statement of a session, checked on what the LRS holds. */
function expectSession(statements: Json[], launch: Launch, learner: { actor: Agent; registration: string }) {
  for (const statement of statements) {
    expect(statementProblems(statement)).toEqual([]);
    expect(statement.actor.account).toEqual(learner.actor.account);
    expect(statement.context?.registration).toBe(learner.registration);
    expect(extension(statement, CMI5.sessionId)).toBe(launch.sessionId);
    expect(ids(statement.context?.contextActivities?.grouping)).toContain(au.id);
    const categories = ids(statement.context?.contextActivities?.category);
    const defined = ['launched', 'initialized', 'completed', 'terminated'].includes(verbOf(statement)!);
    expect(categories.includes(CMI5.categoryCmi5)).toBe(defined);
    expect(categories.includes(CMI5.categoryMoveOn)).toBe(verbOf(statement) === 'completed');
    if (defined) expect(statement.object.id).toBe(launch.activityId);
    if (verbOf(statement) === 'completed' || verbOf(statement) === 'terminated') expect(statement.result?.duration).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/);
  }
  const times = statements.map((s) => Date.parse(s.timestamp));
  expect(times).toEqual([...times].sort((a, b) => a - b));
}

const encounterCode = (encounter: Encounter, run: RunRef) => runCodeOf(run.scenarioId, run.storyVersion, encounter.summary());
/** What the LRS holds for a registration, oldest first (validated statement by statement in expectSession). */
const stored = async (registration: string) => (await lrs.statements({ registration })) as unknown as Json[];
const sessionOf = (statements: Json[], launch: Launch) => statements.filter((s) => extension(s, CMI5.sessionId) === launch.sessionId);

describe('a cmi5 session', () => {
  it('says initialized, one statement per choice, completed at the ending and terminated on leaving, in that order, each as cmi5 asks', async () => {
    const learner = newLearner();
    const launch = await lms.launch({ au, ...learner });
    const on = device();
    const reporter = await startCmi5Reporter(hostFor(launch, on));
    expect(reporter.launchData).toMatchObject({ sessionId: launch.sessionId, launchMode: 'Normal', moveOn: 'Completed' });
    expect(await reporter.resumeCode(SCENARIO)).toBeNull();
    const run: RunRef = { scenarioId: SCENARIO, scenarioTitle: 'Carlos', storyVersion: libraryBundle(SCENARIO).storyVersion, seed: SEED, attempt: randomUUID() };
    const encounter = playOn(reporter, encounterFrom(null), run, on.now);
    reporter.leave();
    await sent(reporter);

    const statements = await stored(learner.registration);
    expect(statements.map(verbOf)).toEqual(['launched', 'initialized', ...encounter.log.map(() => 'answered'), 'completed', 'terminated']);
    expectSession(statements, launch, learner);
    expect(lms.fetches.filter((f) => f.sessionId === launch.sessionId)).toEqual([{ sessionId: launch.sessionId, answer: 'token' }]);
    // The run kept in the AU's own state is the whole run, completed.
    await expect
      .poll(() => lms.state(launch.activityId, learner.actor, learner.registration, RUN_STATE_ID))
      .toMatchObject({ scenarioId: SCENARIO, completed: true, code: runCodeIn(statements.at(-3)!) });
  });

  it('after a reload in the frame resumes the same session without asking the fetch URL again, and says nothing after terminated', async () => {
    const learner = newLearner();
    const launch = await lms.launch({ au, ...learner });
    const on = device();
    const first = await startCmi5Reporter(hostFor(launch, on));
    const run: RunRef = { scenarioId: SCENARIO, scenarioTitle: 'Carlos', storyVersion: libraryBundle(SCENARIO).storyVersion, seed: SEED, attempt: randomUUID() };
    const played = playOn(first, encounterFrom(null), run, on.now, 2);
    // The page reloads: leaving it (pagehide) ends the session; the new page has the same URL, in the same tab.
    first.leave();
    await sent(first);
    const problems: Cmi5Problem[] = [];
    const reloaded = await startCmi5Reporter({ ...hostFor(launch, on), onProblem: (problem) => problems.push(problem) });
    expect(problems).toEqual([{ kind: 'session-ended' }]);
    const code = await reloaded.resumeCode(SCENARIO);
    expect(encounterFrom(code).log).toEqual(played.log);
    const more = playOn(reloaded, encounterFrom(code), run, on.now, 4);
    reloaded.leave();
    await sent(reloaded);
    expect(lms.fetches.filter((f) => f.sessionId === launch.sessionId).map((f) => f.answer)).toEqual(['token']);
    const statements = await stored(learner.registration);
    expect(statements.map(verbOf)).toEqual(['launched', 'initialized', 'answered', 'answered', 'terminated']);
    expectSession(statements, launch, learner);
    // The run goes on being kept, so the next launch resumes where the learner is (the state is written on its own, after the statements).
    await expect.poll(() => (lms.state(launch.activityId, learner.actor, learner.registration, RUN_STATE_ID) as { code: string }).code).toBe(encounterCode(more, run));

    // Another tab opening the same launch link has no token, and the fetch URL will not give one again.
    const error = await startCmi5Reporter(hostFor(launch, device())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Cmi5StartError);
    expect((error as Cmi5StartError).problem).toEqual({ kind: 'auth-token', errorCode: '1' });
  });

  it('resumes the next session at the same choice, and completes once per registration', async () => {
    const learner = newLearner();
    const on = device();
    const run: RunRef = { scenarioId: SCENARIO, scenarioTitle: 'Carlos', storyVersion: libraryBundle(SCENARIO).storyVersion, seed: SEED, attempt: randomUUID() };
    const whole = playReported(SCENARIO, SEED, { attempt: run.attempt });

    const launch1 = await lms.launch({ au, ...learner });
    const session1 = await startCmi5Reporter(hostFor(launch1, on));
    const half = Math.floor(whole.choices.length / 2);
    playOn(session1, encounterFrom(null), run, on.now, half);
    session1.leave();
    await sent(session1);

    // A new session (a new launch, a new tab), the same registration: the run is read from the LRS's state.
    const launch2 = await lms.launch({ au, ...learner });
    const session2 = await startCmi5Reporter(hostFor(launch2, { ...device(), now: on.now }));
    const code = await session2.resumeCode(SCENARIO);
    expect(code).toBe(whole.choices[half - 1]!.runCode);
    expect(await session2.resumeCode('another-scenario')).toBeNull();
    // On another device the app knows the run under another attempt id; its statements keep the kept one.
    const finished = playOn(session2, encounterFrom(code), { ...run, attempt: randomUUID() }, on.now);
    expect(finished.log).toEqual(whole.encounter.log);
    session2.leave();
    await sent(session2);

    // A third session replays the finished run; reaching the ending again says no second completed.
    const launch3 = await lms.launch({ au, ...learner });
    const session3 = await startCmi5Reporter(hostFor(launch3, { ...device(), now: on.now }));
    expect(await session3.resumeCode(SCENARIO)).toBe(whole.end!.runCode);
    session3.ended({ ...whole.end!, at: on.now() });
    session3.leave();
    await sent(session3);

    const statements = await stored(learner.registration);
    const answered = whole.choices.length - half;
    expect(sessionOf(statements, launch1).map(verbOf)).toEqual(['launched', 'initialized', ...Array<string>(half).fill('answered'), 'terminated']);
    expect(sessionOf(statements, launch2).map(verbOf)).toEqual(['launched', 'initialized', ...Array<string>(answered).fill('answered'), 'completed', 'terminated']);
    expect(sessionOf(statements, launch3).map(verbOf)).toEqual(['launched', 'initialized', 'terminated']);
    for (const launch of [launch1, launch2, launch3]) expectSession(sessionOf(statements, launch), launch, learner);
    // Every choice of the run once, across the sessions.
    const choices = statements.filter((s) => verbOf(s) === 'answered');
    expect(choices.map((s) => s.result?.response)).toEqual(whole.encounter.log.map((e) => `option-${e.chosen}`));
    expect(new Set(choices.map((s) => (extension(s, EXTENSIONS.run) as { attempt: string }).attempt))).toEqual(new Set([run.attempt]));
  });

  it('loses no statement and sends none twice when the LRS cannot be reached for a while, across a reload', async () => {
    const learner = newLearner();
    const launch = await lms.launch({ au, ...learner });
    const on = device();
    let cut = false;
    const unreliable: Fetch = (url, init) => (cut && url.includes('/xAPI/statements') ? Promise.reject(new TypeError('network down')) : nodeFetch(url, init));
    const run: RunRef = { scenarioId: SCENARIO, scenarioTitle: 'Carlos', storyVersion: libraryBundle(SCENARIO).storyVersion, seed: SEED, attempt: randomUUID() };

    const first = await startCmi5Reporter(hostFor(launch, on, unreliable));
    const encounter = encounterFrom(null);
    playOn(first, encounter, run, on.now, 2);
    await sent(first);
    cut = true;
    playOn(first, encounter, run, on.now, 5);
    first.leave();
    first.queue.stop();
    expect(first.queue.waiting.map((s) => s.verb.id)).toEqual([VERB('answered'), VERB('answered'), VERB('answered'), VERB('terminated')]);

    // Still cut when the page reloads; then the network comes back.
    const reloaded = await startCmi5Reporter(hostFor(launch, on, unreliable));
    cut = false;
    reloaded.queue.flush();
    await sent(reloaded);

    const statements = await stored(learner.registration);
    expect(statements.map(verbOf)).toEqual(['launched', 'initialized', 'answered', 'answered', 'answered', 'answered', 'answered', 'terminated']);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expectSession(statements, launch, learner);
  });

  it('keeps the run on the device while the State API cannot be reached, and resumes from it', async () => {
    const learner = newLearner();
    const on = device();
    let stateDown = false;
    const flaky: Fetch = (url, init) => (stateDown && url.includes('/activities/state') && init.method === 'PUT' ? Promise.reject(new TypeError('network down')) : nodeFetch(url, init));
    const run: RunRef = { scenarioId: SCENARIO, scenarioTitle: 'Carlos', storyVersion: libraryBundle(SCENARIO).storyVersion, seed: SEED, attempt: randomUUID() };

    const launch1 = await lms.launch({ au, ...learner });
    const session1 = await startCmi5Reporter(hostFor(launch1, on, flaky));
    const encounter = encounterFrom(null);
    playOn(session1, encounter, run, on.now, 1);
    await vi.waitFor(() => expect(lms.state(launch1.activityId, learner.actor, learner.registration, RUN_STATE_ID)).toBeDefined());
    stateDown = true;
    playOn(session1, encounter, run, on.now, 3);
    const latest = await session1.resumeCode(SCENARIO);
    session1.leave();
    await sent(session1);
    expect((lms.state(launch1.activityId, learner.actor, learner.registration, RUN_STATE_ID) as { code: string }).code).not.toBe(latest);

    // The next session on this device resumes from its copy, and the LRS gets it.
    stateDown = false;
    const launch2 = await lms.launch({ au, ...learner });
    const session2 = await startCmi5Reporter(hostFor(launch2, { ...device(), store: on.store, now: on.now }));
    expect(await session2.resumeCode(SCENARIO)).toBe(latest);
    await vi.waitFor(() => expect((lms.state(launch2.activityId, learner.actor, learner.registration, RUN_STATE_ID) as { code: string }).code).toBe(latest));
    session2.leave();
    await sent(session2);
  });

  it('says when the LMS refuses to keep the run, and keeps it on the device for the next session', async () => {
    const learner = newLearner();
    const on = device();
    const refusing: Fetch = (url, init) => (url.includes('/activities/state') && init.method === 'PUT' ? Promise.resolve(new Response('no', { status: 403 })) : nodeFetch(url, init));
    const problems: Cmi5Problem[] = [];
    const launch1 = await lms.launch({ au, ...learner });
    const session1 = await startCmi5Reporter({ ...hostFor(launch1, on, refusing), onProblem: (problem) => problems.push(problem) });
    const run: RunRef = { scenarioId: SCENARIO, scenarioTitle: 'Carlos', storyVersion: libraryBundle(SCENARIO).storyVersion, seed: SEED, attempt: randomUUID() };
    playOn(session1, encounterFrom(null), run, on.now, 2);
    await vi.waitFor(() => expect(problems).toContainEqual({ kind: 'state-refused', status: 403 }));
    const latest = await session1.resumeCode(SCENARIO);
    session1.leave();
    await sent(session1);
    expect(lms.state(launch1.activityId, learner.actor, learner.registration, RUN_STATE_ID)).toBeUndefined();

    const launch2 = await lms.launch({ au, ...learner });
    const session2 = await startCmi5Reporter(hostFor(launch2, { ...device(), store: on.store, now: on.now }));
    expect(await session2.resumeCode(SCENARIO)).toBe(latest);
    session2.leave();
    await sent(session2);
  });

  it('in Browse mode says initialized, the choices and terminated, but neither completed nor any change to the kept run', async () => {
    const learner = newLearner();
    const launch = await lms.launch({ au, ...learner, launchMode: 'Browse' });
    const on = device();
    const reporter = await startCmi5Reporter(hostFor(launch, on));
    const run: RunRef = { scenarioId: SCENARIO, scenarioTitle: 'Carlos', storyVersion: libraryBundle(SCENARIO).storyVersion, seed: SEED, attempt: randomUUID() };
    const encounter = playOn(reporter, encounterFrom(null), run, on.now);
    reporter.leave();
    await sent(reporter);
    const statements = await stored(learner.registration);
    expect(statements.map(verbOf)).toEqual(['launched', 'initialized', ...encounter.log.map(() => 'answered'), 'terminated']);
    expectSession(statements, launch, learner);
    expect(lms.state(launch.activityId, learner.actor, learner.registration, RUN_STATE_ID)).toBeUndefined();
  });

  it('reads the learner preferences and the return URL the LMS gives', async () => {
    const learner = newLearner();
    lms.setPreferences(learner.actor, { languagePreference: 'en-GB,fr-FR', audioPreference: 'off' });
    const launch = await lms.launch({ au, ...learner, returnUrl: 'https://lms.example/course/7' });
    const reporter = await startCmi5Reporter(hostFor(launch, device()));
    expect(reporter.preferences).toEqual({ languages: ['en-GB', 'fr-FR'], audio: 'off' });
    expect(reporter.returnUrl).toBe('https://lms.example/course/7');
    reporter.leave();
    await sent(reporter);
  });

  it('does not start on a launch it cannot use: a bad parameter, an unreachable LMS, no launch data', async () => {
    const learner = newLearner();
    const launch = await lms.launch({ au, ...learner });
    const problem = (host: Cmi5Host) => startCmi5Reporter(host).then(() => null, (e: unknown) => (e as Cmi5StartError).problem);
    const url = new URL(launch.url);
    url.searchParams.set('registration', 'attempt-1');
    expect(await problem({ ...hostFor(launch, device()), search: url.search })).toEqual({ kind: 'launch-parameter', parameter: 'registration' });
    expect(await problem(hostFor(launch, device(), () => Promise.reject(new TypeError('offline'))))).toEqual({ kind: 'unreachable' });
    // The LMS wrote LMS.LaunchData for another registration only.
    const elsewhere = new URL(launch.url);
    elsewhere.searchParams.set('registration', randomUUID());
    expect(await problem({ ...hostFor(launch, device()), search: elsewhere.search })).toEqual({ kind: 'launch-data' });
    expect(await lrs.statements({ registration: learner.registration })).toHaveLength(1);
  });
});
