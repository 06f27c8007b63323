// The cmi5 package in an LMS, end to end in Chromium: the zip is unzipped and served by a test
// LMS (tests/e2e/lms/cmi5-lms.ts) in front of a real LRS (xapi-statements); the AU its
// cmi5.xml names for the scenario is launched in the LMS's frame with cmi5's parameters. A
// learner plays half an encounter, the frame is closed and the AU launched again (a new
// session, the same registration, a device that kept nothing): it resumes at the same line,
// in the same run, and finishing completes it. The LRS holds launched, initialized, one
// statement per choice, completed and terminated, in order, each valid xAPI and as cmi5 asks.
// With the network cut for part of a run, and answers lost on the way back, the LRS still ends
// with exactly one statement per choice.
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { decodeRunCode } from '../../src/engine/run-code';
import type { Statement } from '../../src/reporting/xapi/statements';
import { activityIri, EXTENSIONS, VERBS } from '../../src/reporting/xapi/vocabulary';
import { startLrs, type RunningLrs } from '../support/lrs';
import { statementProblems } from '../support/xapi-validate';
import { SCENARIO, withoutTheAnalysis, withoutTheRoom } from './helpers';
import { CMI5, startCmi5Lms, type Agent, type Cmi5Lms, type CourseAu, type Launch } from './lms/cmi5-lms';
import { unpackPackage, type UnpackedPackage } from './lms/packages';
import { chooseIn, momentIn, playToEndIn } from './lms/unit-frame';

/** Half an encounter (the scenario's runs take 16 to 23 choices). */
const FIRST_SESSION = [1, 2, 1, 3, 2, 1, 2];
/** The AU's own state document, where it keeps the run (src/reporting/cmi5/cmi5-iris.ts). */
const RUN_STATE_ID = 'https://w3id.org/asymmetry/xapi/state/run';

let lrs: RunningLrs;
let lms: Cmi5Lms;
let unpacked: UnpackedPackage;
let au: CourseAu;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  [lrs, unpacked] = await Promise.all([startLrs(), unpackPackage('cmi5')]);
  lms = await startCmi5Lms(unpacked.dir, lrs);
  au = lms.aus.find((unit) => unit.id === activityIri(SCENARIO))!;
});
test.afterAll(async () => {
  await lms?.close();
  await lrs?.stop();
  unpacked?.remove();
});

const newLearner = (name: string): { actor: Agent; registration: string } => ({
  actor: { objectType: 'Agent', name, account: { homePage: 'https://lms.example', name: crypto.randomUUID() } },
  registration: crypto.randomUUID(),
});

const FRAME = '#au';
/** Opens the LMS's player on a launch: the AU in its frame, drawn without the room (decoration) or the debrief's analysis. */
async function open(page: Page, launch: Launch): Promise<FrameLocator> {
  await page.goto(launch.playerUrl);
  const frame = page.frameLocator(FRAME);
  await expect(frame.locator('button.choice').first()).toBeVisible();
  return frame;
}
/**
 * Closes the LMS's player frame as an LMS does when the learner leaves the unit: the frame is
 * sent to a blank page (the AU's page goes away, its pagehide runs and its keepalive requests
 * go out), then removed. The test's request routes are dropped first: a keepalive request
 * paused by Playwright's interception when its page is gone is never let through, a loss no
 * real browser has.
 */
const closeFrame = async (page: Page) => {
  await page.unrouteAll({ behavior: 'wait' });
  await page.evaluate(async (selector) => {
    const frame = document.querySelector<HTMLIFrameElement>(selector);
    if (!frame) return;
    await new Promise<void>((resolve) => {
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.src = 'about:blank';
    });
    frame.remove();
  }, FRAME);
};

const verbOf = (s: Statement) => s.verb.id.split('/').at(-1)!;
const extension = (s: Statement, iri: string): unknown => s.context?.extensions?.[iri];
const ids = (activities: { id: string }[] | undefined) => (activities ?? []).map((a) => a.id);
const stored = async (registration: string) => (await lrs.statements({ registration })) as unknown as Statement[];
const inSession = (statements: Statement[], launch: Launch) => statements.filter((s) => extension(s, CMI5.sessionId) === launch.sessionId);
/** Waits until the session's terminated is in the LRS (sent as the AU's page went away). */
const terminated = (launch: Launch, registration: string) =>
  expect.poll(async () => inSession(await stored(registration), launch).some((s) => verbOf(s) === 'terminated'), { timeout: 30_000 }).toBe(true);

/** Each statement valid xAPI, and what cmi5 asks of a session: its id, the registration, the learner, the categories, the AU as object, durations, order. */
function expectSession(statements: Statement[], launch: Launch, learner: { actor: Agent; registration: string }) {
  for (const statement of statements) {
    expect(statementProblems(statement), statement.id).toEqual([]);
    expect(statement.actor.account).toEqual(learner.actor.account);
    expect(statement.context?.registration).toBe(learner.registration);
    expect(ids(statement.context?.contextActivities?.grouping)).toContain(au.id);
    const categories = ids(statement.context?.contextActivities?.category);
    const defined = verbOf(statement) !== 'answered';
    expect(categories.includes(CMI5.categoryCmi5), `${verbOf(statement)}: the cmi5 category on cmi5-defined statements only`).toBe(defined);
    expect(categories.includes(CMI5.categoryMoveOn)).toBe(verbOf(statement) === 'completed');
    if (defined) expect(statement.object.id).toBe(launch.activityId);
    else expect(statement.object.id.startsWith(`${activityIri(SCENARIO)}/choice-points/`)).toBe(true);
    if (['completed', 'terminated'].includes(verbOf(statement))) expect(statement.result?.duration).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/);
  }
  const times = statements.map((s) => Date.parse(s.timestamp));
  expect(times, 'in order of their timestamps').toEqual([...times].sort((a, b) => a - b));
}

/** The run code the last choice statement carries, decoded. */
function lastRun(statements: Statement[]) {
  const last = statements.filter((s) => verbOf(s) === 'answered').at(-1)!;
  const decoded = decodeRunCode((extension(last, EXTENSIONS.run) as { code: string }).code);
  if (!decoded.ok) throw new Error(decoded.problem.kind);
  return decoded.value;
}

test.beforeEach(async ({ page }) => {
  await withoutTheRoom(page);
  await withoutTheAnalysis(page);
});

test('resumes half an encounter in a new session at the same line, completes it, and the LRS holds every statement in order', async ({ page }) => {
  test.setTimeout(180_000);
  expect(au, 'cmi5.xml has an AU for the scenario').toBeDefined();
  const learner = newLearner('Sam');
  const launch1 = await lms.launch({ au, ...learner });
  let frame = await open(page, launch1);
  await chooseIn(frame, FIRST_SESSION);
  const left = await momentIn(frame);
  const seed = await frame.locator('.run-seed').textContent();
  await closeFrame(page);
  await terminated(launch1, learner.registration);
  // As on another computer: the device keeps nothing, the LMS keeps the run.
  await page.evaluate(() => localStorage.clear());

  const launch2 = await lms.launch({ au, ...learner });
  frame = await open(page, launch2);
  expect(await momentIn(frame)).toEqual(left);
  await expect(frame.locator('.run-seed')).toHaveText(seed!);
  await expect(frame.locator('.notice')).toHaveCount(0);
  const more = await playToEndIn(frame, (turn, offered) => (turn % offered) + 1);
  await closeFrame(page);
  await terminated(launch2, learner.registration);

  const statements = await stored(learner.registration);
  const answered = (n: number) => Array<string>(n).fill('answered');
  expect(inSession(statements, launch1).map(verbOf)).toEqual(['launched', 'initialized', ...answered(FIRST_SESSION.length), 'terminated']);
  expect(inSession(statements, launch2).map(verbOf)).toEqual(['launched', 'initialized', ...answered(more), 'completed', 'terminated']);
  expect(statements).toHaveLength(FIRST_SESSION.length + more + 7);
  expectSession(inSession(statements, launch1), launch1, learner);
  expectSession(inSession(statements, launch2), launch2, learner);

  // One statement per choice of the one run, its first session's choices then the second's.
  const run = lastRun(statements);
  expect(run.choices).toHaveLength(FIRST_SESSION.length + more);
  expect(run.choices.slice(0, FIRST_SESSION.length)).toEqual(lastRun(inSession(statements, launch1)).choices);
  const choices = statements.filter((s) => verbOf(s) === 'answered');
  expect(choices.map((s) => extension(s, EXTENSIONS.turn))).toEqual([...run.choices.keys()]);
  expect(new Set(choices.map((s) => (extension(s, EXTENSIONS.run) as { attempt: string }).attempt)).size).toBe(1);
  expect(statements.find((s) => verbOf(s) === 'completed')?.result?.completion).toBe(true);

  // The AU's state holds the finished run; each session asked its fetch URL once; the package had every file asked for.
  expect(lms.state(launch2.activityId, learner.actor, learner.registration, RUN_STATE_ID)).toMatchObject({ scenarioId: SCENARIO, completed: true });
  expect(lms.fetches.filter((f) => f.sessionId === launch1.sessionId || f.sessionId === launch2.sessionId).map((f) => f.answer)).toEqual(['token', 'token']);
  expect(lms.misses).toEqual([]);
});

test('with the network cut for part of the run and answers lost on the way back, the LRS ends with exactly one statement per choice', async ({ page, context }) => {
  test.setTimeout(180_000);
  const learner = newLearner('Alex');
  const launch = await lms.launch({ au, ...learner });
  const frame = await open(page, launch);
  await chooseIn(frame, [1, 2]);
  const answeredCount = async () => (await stored(learner.registration)).filter((s) => s.verb.id === VERBS.answered).length;
  await expect.poll(answeredCount).toBe(2);

  // Offline: three choices wait on the device.
  await context.setOffline(true);
  await chooseIn(frame, [1, 1, 2]);
  expect(await answeredCount()).toBe(2);

  // Back online, but the answers to the first two statement posts are lost: the LRS stored them, the AU never heard.
  let lost = 0;
  await page.route('**/xAPI/statements**', async (route) => {
    if (route.request().method() !== 'POST' || lost >= 2) return route.continue();
    lost++;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await context.setOffline(false);
  const more = await playToEndIn(frame, (turn, offered) => (turn % offered) + 1);
  // Both lost answers are waited for (the second comes after a back-off the run may outpace)
  // before the frame closes and the test's routes are dropped.
  await expect.poll(() => lost, { timeout: 15_000 }).toBe(2);
  await closeFrame(page);
  await terminated(launch, learner.registration);

  const statements = await stored(learner.registration);
  const choices = 5 + more;
  expect(statements.map(verbOf)).toEqual(['launched', 'initialized', ...Array<string>(choices).fill('answered'), 'completed', 'terminated']);
  expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  expect(statements.filter((s) => verbOf(s) === 'answered').map((s) => extension(s, EXTENSIONS.turn))).toEqual([...Array(choices).keys()]);
  expectSession(statements, launch, learner);
});

test('a reload inside the frame resumes at the same line without asking the fetch URL again, and says the ended session will not record more', async ({ page }) => {
  test.setTimeout(120_000);
  const learner = newLearner('Jo');
  const launch = await lms.launch({ au, ...learner });
  const frame = await open(page, launch);
  await chooseIn(frame, [2, 1]);
  const left = await momentIn(frame);

  const unit = page.frames().find((f) => f.url().startsWith(`${lms.origin}/course/`))!;
  await unit.evaluate(() => location.reload());
  // Only the reloaded page says this: the moment is read from it, once its lines are all shown.
  await expect(frame.getByText(/session with the LMS had already ended/)).toBeVisible();
  await expect(frame.locator('button.choice').first()).toBeVisible();
  await expect.poll(() => momentIn(frame)).toEqual(left);
  expect(lms.fetches.filter((f) => f.sessionId === launch.sessionId).map((f) => f.answer)).toEqual(['token']);

  // The run is still kept for the next launch; the ended session says nothing more.
  await chooseIn(frame, [1]);
  await expect
    .poll(() => {
      const kept = lms.state(launch.activityId, learner.actor, learner.registration, RUN_STATE_ID) as { code: string } | undefined;
      const decoded = kept ? decodeRunCode(kept.code) : null;
      return decoded?.ok ? decoded.value.choices.length : 0;
    })
    .toBe(3);
  const statements = await stored(learner.registration);
  expect(statements.map(verbOf)).toEqual(['launched', 'initialized', 'answered', 'answered', 'terminated']);
  expectSession(statements, launch, learner);
});

test('“Back to the course” ends the session and goes where the LMS asked; a return address that is not a web page is not followed', async ({ page }) => {
  const learner = newLearner('Ana');
  const launch = await lms.launch({ au, ...learner, returnUrl: `${lms.origin}/course-home` });
  const frame = await open(page, launch);
  await chooseIn(frame, [1]);
  await frame.getByRole('button', { name: 'Back to the course' }).click();
  await expect.poll(() => page.frames().some((f) => f.url() === `${lms.origin}/course-home`)).toBe(true);
  await terminated(launch, learner.registration);
  expect((await stored(learner.registration)).map(verbOf)).toEqual(['launched', 'initialized', 'answered', 'terminated']);

  const other = newLearner('Bo');
  const hostile = await open(page, await lms.launch({ au, ...other, returnUrl: 'javascript:alert(1)' }));
  await expect(hostile.getByRole('button', { name: 'Settings' })).toBeVisible();
  await expect(hostile.getByRole('button', { name: 'Back to the course' })).toHaveCount(0);
});
