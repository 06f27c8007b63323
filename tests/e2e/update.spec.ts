// A real update of the built site (README: Offline and updates): the build under test is served
// and visited, then the served folder is replaced by a second `vite build` of the same code with
// another version label. The new version is offered, never swapped in mid-encounter, and taking
// it reloads into the new code where the player was, with the run intact.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { currentMoment, expectNoViolations, playFirst, playToEnd, readSave, SCENARIO, SEED } from './helpers';
import { serveStatic, type StaticServer } from './lms/static-server';
import { visitedOnce } from './service-worker';

test.use({ serviceWorkers: 'allow' });
// One after the other in one worker: one second build, one server.
test.describe.configure({ mode: 'default' });

const FIRST = path.resolve(process.env.E2E_DIST ?? 'dist');
const NEW_VERSION = `update-test-${Date.now()}`;
let tmp: string;
let second: string;
/** The folder the server serves: a link to one build, swapped at once for the other. */
let site: string;
let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'asymmetry-update-'));
  second = path.join(tmp, 'second');
  execFileSync('npx', ['vite', 'build', '--outDir', second, '--emptyOutDir', '--logLevel', 'error'], { env: { ...process.env, VITE_ASYMMETRY_VERSION: NEW_VERSION }, stdio: 'inherit' });
  site = path.join(tmp, 'site');
  server = await serveStatic({ '/': site });
  expect(startCode(second), 'the second build starts with other code').not.toEqual(startCode(FIRST));
});
test.afterAll(async () => {
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});
test.beforeEach(() => serve(FIRST));

function serve(build: string): void {
  const next = `${site}.next`;
  fs.symlinkSync(build, next);
  fs.renameSync(next, site);
}

/**
 * The code a page starts with: every module script its index.html names, in order, relative to
 * the site. All of them, not the first: how the build splits its start-up code into files, and
 * which comes first, is the bundler's business. (Module preloads are left out: Vite's loader adds
 * more of them to the document as the game loads its lazy code.)
 */
function startCode(build: string): string[] {
  const html = fs.readFileSync(path.join(build, 'index.html'), 'utf8');
  return [...html.matchAll(/<script type="module"[^>]* src="\.\/([^"]+)"/g)].map((match) => match[1]!);
}

/** The same, as the document on screen names them: the build it was loaded from. */
const runningCode = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].map((script) => new URL(script.src).pathname.slice(1)));

/** Marks the document, to tell later whether it is still the same one (never reloaded). */
const markDocument = (page: Page) => page.evaluate(() => document.documentElement.setAttribute('data-test-mark', ''));
const sameDocument = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute('data-test-mark'));

const prompt = (page: Page) => page.locator('.update-prompt[role="status"]');

/**
 * Deploys the second build, then the player comes back to the tab, as often as it takes: each
 * time the game asks the site for a newer version. (Chromium under test now and then leaves a
 * check unanswered; the game also asks every hour.)
 */
async function deploySecond(page: Page): Promise<void> {
  serve(second);
  await expect(async () => {
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(prompt(page)).toContainText('A new version of Asymmetry is ready.', { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
}

test('in an encounter the update waits: it is offered for the end, the encounter goes on, and leaving it reloads into the new version with the run intact', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(`${server.origin}/?scenario=${SCENARIO}&seed=${SEED}`);
  await visitedOnce(page);
  await playFirst(page, [1, 2]);
  const moment = await currentMoment(page);
  const save = await readSave(page);
  await markDocument(page);

  await deploySecond(page);
  await expect(prompt(page)).toContainText('A new version of Asymmetry is ready. Nothing changes in this encounter until you leave it.');
  await expect(prompt(page).getByRole('button')).toHaveText(['Update when I leave this encounter', 'Not now']);
  // Nothing swapped: the same document, moment, save and code, and the new worker kept waiting.
  expect(await sameDocument(page)).toBe(true);
  expect(await currentMoment(page)).toEqual(moment);
  expect(await readSave(page)).toBe(save);
  expect(await runningCode(page)).toEqual(startCode(FIRST));
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
  await expectNoViolations(page, 'update offered in an encounter', '.update-prompt');

  await prompt(page).getByRole('button', { name: 'Update when I leave this encounter' }).focus();
  await page.keyboard.press('Enter');
  await expect(prompt(page)).toContainText('Asymmetry will update when you leave this encounter: the page reloads then.');
  await expect(prompt(page).getByRole('button', { name: 'Cancel the update' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(prompt(page).getByRole('button', { name: 'Update when I leave this encounter' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(prompt(page)).toContainText('Asymmetry will update when you leave this encounter');

  const rest = await playToEnd(page);
  expect(await sameDocument(page)).toBe(true);
  expect(await runningCode(page)).toEqual(startCode(FIRST));

  await page.getByRole('button', { name: 'Continue to the debrief' }).click();
  await expect.poll(() => sameDocument(page).catch(() => true), { timeout: 30_000 }).toBe(false);
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief: Twelve seconds' })).toBeVisible();
  await expect(prompt(page)).toContainText(`Asymmetry has been updated to version ${NEW_VERSION}. Your saved progress is kept.`);
  expect(await runningCode(page)).toEqual(startCode(second));
  await expect(page.locator('.debrief-choice')).toHaveCount(2 + rest.length);
  const finished = JSON.parse((await readSave(page))!) as { encounter: { log: unknown[] } };
  expect(finished.encounter.log).toHaveLength(2 + rest.length);
});

test('at the menu the update is taken at once with the keyboard, and the run left mid-encounter continues on the new version', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(`${server.origin}/?scenario=${SCENARIO}&seed=${SEED}`);
  await visitedOnce(page);
  await playFirst(page, [2]);
  const moment = await currentMoment(page);
  await page.getByRole('button', { name: 'Save and leave' }).click();

  await deploySecond(page);
  await expect(prompt(page)).toContainText('A new version of Asymmetry is ready. Updating reloads the page where you are. Your saved progress is kept.');
  await expectNoViolations(page, 'update offered at the menu', '.update-prompt');
  // Opening an encounter puts it off again; back at the menu it can be taken.
  await page.getByRole('button', { name: 'Continue Twelve seconds' }).click();
  await expect(prompt(page).getByRole('button')).toHaveText(['Update when I leave this encounter', 'Not now']);
  await page.getByRole('button', { name: 'Save and leave' }).click();
  // Put off, it stays waiting: a reload still runs the old version, and offers the new one again.
  await prompt(page).getByRole('button', { name: 'Not now' }).click();
  await expect(prompt(page)).toBeEmpty();
  await page.reload();
  await expect(prompt(page)).toContainText('A new version of Asymmetry is ready. Updating reloads the page where you are.', { timeout: 30_000 });
  expect(await runningCode(page)).toEqual(startCode(FIRST));

  const update = prompt(page).getByRole('button', { name: 'Update now' });
  // From the menu's heading, back up to the line below the top bar.
  for (let i = 0; i < 10 && !(await update.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(update).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(prompt(page)).toContainText(`Asymmetry has been updated to version ${NEW_VERSION}.`, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Asymmetry' })).toBeVisible();
  expect(await runningCode(page)).toEqual(startCode(second));

  await page.getByRole('button', { name: 'Continue Twelve seconds' }).click();
  await expect(page.locator('button.choice').first()).toBeVisible();
  expect(await currentMoment(page)).toEqual(moment);
});
