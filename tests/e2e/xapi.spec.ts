// Plain xAPI in the browser, against a real LRS (xapi-statements, started and stopped here): a
// learner launched with the TinCan parameters plays a whole encounter while the LRS is cut off
// for part of it, the page is reloaded with statements still waiting, and some requests reach
// the LRS but their answers are lost. The LRS ends with exactly one statement per choice.
import { expect, test } from '@playwright/test';
import { startLrs, TEST_AUTH, type RunningLrs } from '../support/lrs';
import { statementProblems } from '../support/xapi-validate';
import { EXTENSIONS, VERBS } from '../../src/reporting/xapi/vocabulary';
import { playFirst, playToEnd, SCENARIO, SEED } from './helpers';

let lrs: RunningLrs;
test.beforeAll(async () => {
  lrs = await startLrs();
});
test.afterAll(async () => {
  await lrs?.stop();
});

const answered = (statements: Record<string, unknown>[]) => statements.filter((s) => (s.verb as { id: string }).id === VERBS.answered);
const turnOf = (statement: Record<string, unknown>) => (statement.context as { extensions: Record<string, unknown> }).extensions[EXTENSIONS.turn] as number;

test('every choice reaches the LRS exactly once, valid, through a cut, a reload and lost answers', async ({ context }) => {
  test.setTimeout(120_000);
  let page = await context.newPage();
  const launch = `/?scenario=${SCENARIO}&seed=${SEED}&endpoint=${encodeURIComponent(lrs.endpoint)}&auth=${encodeURIComponent(TEST_AUTH)}`;
  await page.goto(launch);
  await playFirst(page, [1, 2]);
  await expect.poll(async () => answered(await lrs.statements()).length).toBe(2);

  // The network gone: two choices wait on the device (kept in its storage), and outlast the page, closed while offline.
  await context.setOffline(true);
  await playFirst(page, [1, 1]);
  await expect.poll(async () => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('asymmetry:xapi:outbox') && localStorage.getItem(k) !== '[]'))).toBe(true);
  // Closing sends the outbox once more with keepalive, which the browser may deliver outside the
  // page's offline emulation, or not: either way the next page must send what waits, once.
  await page.close();
  await context.setOffline(false);
  page = await context.newPage();

  // Back, but the first two answers are lost on the way: the LRS stored them, the game never heard.
  let lost = 0;
  const statementsUrl = `${lrs.endpoint}statements**`;
  await page.route(statementsUrl, async (route) => {
    if (route.request().method() !== 'POST' || lost >= 2) return route.continue();
    lost++;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await page.goto(launch);
  await expect(page.locator('button.choice').first()).toBeVisible();
  const keys = await playToEnd(page, (turn, options) => (turn % options) + 1);
  const choices = 4 + keys.length;
  await expect.poll(async () => answered(await lrs.statements()).length, { timeout: 60_000 }).toBe(choices);
  expect(lost).toBe(2);

  const stored = await lrs.statements();
  const answers = answered(stored);
  expect(answers.map(turnOf).sort((a, b) => a - b)).toEqual([...Array(choices).keys()]);
  expect(new Set(answers.map((s) => s.id)).size).toBe(choices);
  // One attempt, one anonymous learner, made up on the device.
  const runs = new Set(answers.map((s) => JSON.stringify((s.context as { extensions: Record<string, { attempt: string }> }).extensions[EXTENSIONS.run]!.attempt)));
  expect(runs.size).toBe(1);
  expect(new Set(stored.map((s) => JSON.stringify(s.actor))).size).toBe(1);
  expect((stored[0]!.actor as { account?: { name: string } }).account?.name).toMatch(/^[0-9a-f-]{36}$/);
  await expect.poll(async () => (await lrs.statements()).filter((s) => (s.verb as { id: string }).id === VERBS.completed).length).toBe(1);
  for (const statement of await lrs.statements()) expect(statementProblems(statement), JSON.stringify(statement)).toEqual([]);
});

test('with no learning system, nothing is sent anywhere', async ({ page }) => {
  const storedBefore = (await lrs.statements()).length;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`/?scenario=${SCENARIO}&seed=${SEED}`);
  await playFirst(page, [1, 2]);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  expect(await lrs.statements()).toHaveLength(storedBefore);
});
