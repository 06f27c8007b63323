// The live group picture from a real learning record store (xapi-statements, started here):
// a class of five, three of whom play the encounter in their own browsers, launched with
// plain-xAPI parameters so their games send every choice to the LRS (the other two's runs are
// there already, worded by the game's own statement builder: playing them in browsers too cost
// half a minute and checked nothing more); the facilitator's page reads it while they play.
// The picture it draws must be the one the five run codes make when pasted, a learner who
// finishes after reading started must appear without a reload, and nothing else the LRS holds
// (another class's run, another scenario's, hostile statements) may count or become markup.
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { Encounter } from '../../src/engine/encounter';
import { runCodeOf } from '../../src/engine/run-code';
import { pointKey } from '../../src/engine/run-log';
import type { RunRef } from '../../src/reporting/reporter';
import { choiceStatement, type Statement } from '../../src/reporting/xapi/statements';
import { activityIri, choicePointIri, EXTENSIONS, VERBS } from '../../src/reporting/xapi/vocabulary';
import { freePort, startLrs, TEST_AUTH, type RunningLrs } from '../support/lrs';
import { libraryBundle } from '../story/play';
import { expectNoViolations, playedWith, playFirst, playToEnd, SCENARIO, withoutTheRoom } from './helpers';

const FACILITATOR = `/?facilitator=${SCENARIO}`;
/** The class's assignment: every learner's launch names it, and the facilitator reads only it. */
const REGISTRATION = '6f1c5a3e-2b7d-4c1e-9a0f-3d5b8e7c2a14';
const ANOTHER_CLASS = '0b9e2d4c-7a13-4f6e-8c25-91d3e4f5a6b7';
const MARKUP = '<img src=x onerror="window.__injected = true">';

let lrs: RunningLrs;
test.beforeAll(async () => {
  lrs = await startLrs();
});
test.afterAll(async () => {
  await lrs?.stop();
});

interface Learner {
  seed: number;
  pick: (turn: number, options: number) => number;
}

/** Five learners: their own seeds (so the room meets varied patients), their own ways of choosing. */
const LEARNERS: Learner[] = Array.from({ length: 5 }, (_, i) => ({ seed: 410 + i * 977, pick: (turn, options) => ((turn * (i + 1) + i) % options) + 1 }));
/** The two learners of the class whose runs were sent before the test: played by the engine, not a browser. */
const SENT_BEFORE = LEARNERS.slice(2, 4);

const launch = (learner: Learner) =>
  `/?scenario=${SCENARIO}&seed=${learner.seed}&endpoint=${encodeURIComponent(lrs.endpoint)}&auth=${encodeURIComponent(TEST_AUTH)}&registration=${REGISTRATION}`;

/** A learner's browser, on the encounter, launched as the class's LMS would. */
async function learnerPage(browser: Browser, baseURL: string, learner: Learner): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await withoutTheRoom(context);
  const page = await context.newPage();
  await page.goto(launch(learner));
  // Opening the encounter compiles its story: on a busy machine that can take a while.
  await expect(page.locator('button.choice').first()).toBeVisible({ timeout: 30_000 });
  return page;
}

/** Plays on to the end and reads the run code off the debrief's summary, as a learner would hand it over. */
async function finish(page: Page, learner: Learner, done = 0): Promise<string> {
  await playToEnd(page, (turn, options) => learner.pick(turn + done, options));
  await page.getByRole('button', { name: 'Continue to the debrief' }).click();
  await page.getByRole('button', { name: /^4\. Summary/ }).click();
  const code = await page.getByRole('textbox', { name: 'Run code' }).inputValue();
  await page.context().close();
  return code;
}

/** One statement per choice of a run, as the game words them, for a learner of a registration. */
function choiceStatementsOf(run: Encounter, learner: string, registration: string): Statement[] {
  const bundle = libraryBundle(SCENARIO);
  const ref: RunRef = { scenarioId: SCENARIO, scenarioTitle: bundle.meta.title, storyVersion: bundle.storyVersion, seed: run.seed, attempt: crypto.randomUUID() };
  const options = { actor: { objectType: 'Agent' as const, account: { homePage: 'https://example.org', name: learner } }, context: { registration }, newId: () => crypto.randomUUID(), leverOf: () => null };
  return run.log.map((entry, i) =>
    choiceStatement({ run: ref, entry, choicePoint: pointKey(entry), runCode: runCodeOf(SCENARIO, bundle.storyVersion, { seed: run.seed, log: run.log.slice(0, i + 1) }), at: new Date() }, options),
  );
}

/**
 * What the LRS holds before the facilitator reads: two of the class's runs (their codes are
 * returned), another class's run, another scenario's, and hostile statements.
 */
async function postOthers(request: APIRequestContext): Promise<string[]> {
  const sent = SENT_BEFORE.map((learner) => playedWith(libraryBundle(SCENARIO), learner.seed, learner.pick));
  const classmates = sent.flatMap((run, i) => choiceStatementsOf(run, `classmate-${i + 1}`, REGISTRATION));
  const anotherClass = choiceStatementsOf(
    playedWith(libraryBundle(SCENARIO), 77, (turn, options) => (turn % options) + 1),
    'another-class',
    ANOTHER_CLASS,
  );
  const other = libraryBundle('the-offer');
  const otherRun = Encounter.begin(other, 3);
  while (!otherRun.ended) otherRun.choose(otherRun.choices[0]!.index);
  const hostile = (run: unknown, definition: Record<string, unknown> = {}): Statement => ({
    id: crypto.randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: 'https://example.org', name: MARKUP } },
    verb: { id: VERBS.answered, display: { en: MARKUP } },
    object: { objectType: 'Activity', id: choicePointIri(SCENARIO, MARKUP), definition: { name: { en: MARKUP }, ...definition } },
    context: { registration: REGISTRATION, contextActivities: { parent: [{ id: activityIri(SCENARIO) }] }, extensions: { [EXTENSIONS.run]: run, [EXTENSIONS.turn]: 1e300 } },
    timestamp: new Date().toISOString(),
    version: '1.0.3',
  });
  const statements = [
    ...classmates,
    ...anotherClass,
    // Another scenario's whole run, posted as if it were this one's: its code says otherwise.
    hostile({ attempt: 'disguised', seed: otherRun.seed, code: runCodeOf('the-offer', other.storyVersion, otherRun.summary()) }),
    hostile({ attempt: MARKUP, seed: 1e308, code: `<script>window.__injected = true</script>` }),
    hostile({ attempt: 'wrong-types', seed: 'x', code: 1e20 }),
    hostile('not a run'),
    hostile({ attempt: ['a'], code: { nested: MARKUP } }),
    { ...hostile(null), object: { objectType: 'Activity', id: 'https://example.org/another-course' } },
  ];
  const response = await request.post(`${lrs.endpoint}statements`, { headers: { Authorization: TEST_AUTH, 'X-Experience-API-Version': '1.0.3' }, data: statements });
  expect(response.status(), await response.text()).toBe(200);
  return sent.map((run) => runCodeOf(SCENARIO, libraryBundle(SCENARIO).storyVersion, run.summary()));
}

/** Every count the group picture shows for endings and choice points, by row. */
async function pictureCounts(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(() => {
    const tables: Record<string, Record<string, string>> = {};
    const read = (name: string, root: Element) => {
      tables[name] = Object.fromEntries([...root.querySelectorAll('tbody tr')].map((row) => [row.querySelector('th')!.textContent.trim(), row.querySelector('td.count .number')!.textContent.trim()]));
    };
    read('endings', document.querySelector('.group-endings')!);
    for (const point of document.querySelectorAll('article.choice-point')) read(point.getAttribute('data-point')!, point);
    return tables;
  });
}

const runsCollected = (page: Page) => page.getByRole('status', { name: 'Runs collected' });
const liveStatus = (page: Page) => page.locator('.live-status');

async function fillLrs(page: Page, endpoint: string): Promise<void> {
  await page.getByLabel('Address (xAPI endpoint)').fill(endpoint);
  await page.getByLabel('Key (user name)').fill('asymmetry');
  await page.getByLabel('Secret (password)').fill('test');
}

test('a class of five, three playing against the LRS now, fills the facilitator’s live picture exactly as their five codes do, the last one without a reload', async ({ browser, baseURL, request }) => {
  test.setTimeout(300_000);
  const codes = await postOthers(request);
  // Two more learners finish in their browsers; the fifth has made two choices when the facilitator starts reading.
  const late = await learnerPage(browser, baseURL!, LEARNERS[4]!);
  await playFirst(late, [1, 1]);
  codes.push(...(await Promise.all(LEARNERS.slice(0, 2).map(async (learner) => finish(await learnerPage(browser, baseURL!, learner), learner)))));

  const page = await (await browser.newContext({ baseURL })).newPage();
  await page.goto(FACILITATOR);
  await expect(runsCollected(page)).toHaveText('No runs yet');
  const panel = page.getByRole('region', { name: 'Read the runs live from a learning record store' });
  await expect(panel.getByLabel('Activity')).toHaveValue(activityIri(SCENARIO));
  await expect(panel.getByLabel('Remember the address and credential on this device')).not.toBeChecked();
  await fillLrs(page, lrs.endpoint);
  // Started from the keyboard: Enter in a field.
  await panel.getByLabel('Registration (optional)').fill(REGISTRATION);
  await panel.getByLabel('Registration (optional)').press('Enter');
  await expect(liveStatus(page)).toHaveText('Live: 4 runs finished, 1 still playing, 1 could not be used (below).', { timeout: 30_000 });
  await expect(runsCollected(page)).toHaveText('4 runs');
  await expect(panel.getByRole('button', { name: 'Stop reading live' })).toBeFocused();
  await expect(panel.locator('.live-playing')).toHaveText('Still playing: 2 choices made so far.');
  await expect(panel.getByRole('list', { name: 'Runs that could not be used' })).toHaveText(/belongs to another scenario \(“the-offer”\)/);
  // The other class's run is in the LRS but not in this session; the hostile statements are counted, not shown.
  await expect(panel.locator('.live-counts')).toHaveText(/\d+ statements read: \d+ about runs of this scenario, \d+ about something else, 4 that could not be read\./);
  await expectNoViolations(page, 'the facilitator page reading live');

  // The fifth learner finishes while the page reads: the run comes in, the page untouched.
  codes.push(await finish(late, LEARNERS[4]!, 2));
  await expect(runsCollected(page)).toHaveText('5 runs', { timeout: 30_000 });
  await expect(liveStatus(page)).toHaveText('Live: 5 runs finished, 0 still playing, 1 could not be used (below).');
  await expect(page.locator('.live-last-read')).toHaveText(/^Last read at .+; read again every 5 seconds\.$/);

  // The same five runs handed over as codes, on another device.
  const byCodes = await (await browser.newContext({ baseURL })).newPage();
  await byCodes.goto(FACILITATOR);
  await byCodes.getByRole('textbox', { name: 'Run codes' }).fill(codes.join('\n'));
  await byCodes.getByRole('button', { name: 'Add these codes' }).click();
  await expect(runsCollected(byCodes)).toHaveText('5 runs', { timeout: 30_000 });
  const expected = await pictureCounts(byCodes);
  expect(Object.values(expected.endings!).reduce((a, b) => a + Number(b), 0)).toBe(5);
  expect(Object.keys(expected).length).toBeGreaterThan(5);
  expect(await pictureCounts(page)).toEqual(expected);

  // Nothing from any statement became markup.
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(await page.locator('.facilitator img[src="x"], .facilitator script').count()).toBe(0);

  await panel.getByRole('button', { name: 'Stop reading live' }).click();
  await expect(liveStatus(page)).toHaveText('Stopped. 5 runs finished, 0 still playing, 1 could not be used (below). The runs finished so far stay in the session.');
  await expect(panel.getByLabel('Address (xAPI endpoint)')).toBeEnabled();
  // The credential was not kept anywhere on the device; the runs were, as codes.
  const kept = await page.evaluate(() => Object.entries(localStorage) as [string, string][]);
  expect(kept.filter(([key, value]) => key.includes('lrs') || value.includes('asymmetry:test') || value.includes(btoa('asymmetry:test')))).toEqual([]);
  await page.reload();
  await expect(runsCollected(page)).toHaveText('5 runs', { timeout: 30_000 });
  await expect(page.getByLabel('Address (xAPI endpoint)')).toHaveValue('');
});

test('problems are said in plain words: a wrong address, no LRS there, a refused credential, a field that cannot be used', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto(FACILITATOR);
  const panel = page.getByRole('region', { name: 'Read the runs live from a learning record store' });
  const start = panel.getByRole('button', { name: 'Start reading live' });

  // Fields that cannot be used: each says why, and the first takes focus.
  await panel.getByLabel('Address (xAPI endpoint)').fill('lrs.example.org');
  await panel.getByLabel('Registration (optional)').fill('class 3');
  await start.click();
  await expect(panel.getByLabel('Address (xAPI endpoint)')).toBeFocused();
  await expect(panel.getByLabel('Address (xAPI endpoint)')).toHaveAccessibleDescription(/This is not a web address/);
  await expect(panel.getByLabel('Key (user name)')).toHaveAccessibleDescription(/Give the key/);
  await expect(panel.getByLabel('Registration (optional)')).toHaveAccessibleDescription(/A registration is a UUID/);
  await expect(liveStatus(page)).toHaveText('');
  await panel.getByLabel('Registration (optional)').fill('');
  await expectNoViolations(page, 'the live panel with fields that cannot be used');

  // Nothing listening there: it keeps trying, waiting longer.
  await fillLrs(page, `http://127.0.0.1:${await freePort()}/xAPI/`);
  await start.click();
  await expect(liveStatus(page)).toHaveText(/^The learning record store could not be reached\..* Trying again in 10 seconds\.$/, { timeout: 30_000 });
  await panel.getByRole('button', { name: 'Stop reading live' }).click();
  await expect(liveStatus(page)).toHaveText('Stopped. The runs finished so far stay in the session.');

  // Something answers, but not an LRS (the game's own web server): it stops and says so.
  await panel.getByLabel('Address (xAPI endpoint)').fill(`${baseURL}/not-an-lrs/`);
  await start.click();
  await expect(liveStatus(page)).toHaveText(/^Stopped\. What answered at this address is not a learning record store’s statements API\./, { timeout: 30_000 });

  // The LRS refuses the credential (the test LRS takes any, so its answer is replaced): asked once, not again.
  let asked = 0;
  await page.route(`${lrs.endpoint}statements**`, (route) => {
    asked++;
    return route.fulfill({ status: 401, body: 'Unauthorised', headers: { 'Access-Control-Allow-Origin': '*' } });
  });
  await panel.getByLabel('Address (xAPI endpoint)').fill(lrs.endpoint);
  await panel.getByRole('radio', { name: 'A token' }).check();
  await expect(panel.getByLabel('Key (user name)')).toBeHidden();
  await panel.getByLabel('Token', { exact: true }).fill('d3Jvbmc6Y3JlZGVudGlhbA==');
  await start.click();
  await expect(liveStatus(page)).toHaveText('Stopped. The learning record store refused the credential: the key and secret (or the token) are wrong, or not allowed to read statements. Correct it, then start again.', { timeout: 30_000 });
  await page.waitForTimeout(6_000);
  expect(asked).toBe(1);
  await expect(panel.getByRole('button', { name: 'Start reading live' })).toBeVisible();
});

test('the address and credential are kept on the device only when asked, and forgotten when unticked', async ({ page }) => {
  await page.goto(FACILITATOR);
  const remember = page.getByLabel('Remember the address and credential on this device');
  await fillLrs(page, lrs.endpoint);
  await remember.check();
  await page.getByRole('button', { name: 'Start reading live' }).click();
  await expect(liveStatus(page)).toHaveText(/^Live: /, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Stop reading live' }).click();
  await page.reload();
  await expect(page.getByLabel('Address (xAPI endpoint)')).toHaveValue(lrs.endpoint);
  await expect(page.getByLabel('Secret (password)')).toHaveValue('test');
  await expect(remember).toBeChecked();
  await remember.uncheck();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('lrs')))).toEqual([]);
  await page.reload();
  await expect(page.getByLabel('Address (xAPI endpoint)')).toHaveValue('');
  await expect(remember).not.toBeChecked();
});
