import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { Encounter, type ScenarioBundle } from '../../src/engine/encounter';
import { makeSave, saveKey } from '../../src/engine/save';

/** How every browser test starts Chromium (playwright.config.ts, and specs that launch their own): Debian's, headless-machine flags. */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export const SCENARIO = 'twelve-seconds';
/** The scenario on a fixed seed, so a test meets the same variant every time (as a room can). */
export const SEED = 1234;
export const START = `/?scenario=${SCENARIO}&seed=${SEED}`;

/** The chunk that draws the room (Phaser): decoration, aria-hidden, and the text never waits for it. */
export const ROOM_CHUNK = /\/assets\/stage-[^/]*\.js$/;
/** The debrief's analysis worker: it plays every option of the run on to an ending. */
export const ANALYSIS_WORKER = /\/analysis-worker-[^/]*\.js$/;

/**
 * Leaves the room undrawn, for tests that never look at it: loading it and drawing its people
 * costs a core for a moment on every page, and the suite's machine has two.
 */
export async function withoutTheRoom(target: Page | BrowserContext): Promise<void> {
  await target.route(ROOM_CHUNK, (route) => route.abort());
}

/**
 * Holds the debrief's analysis worker unanswered, for tests that never read the analysis: it
 * costs seconds of a core per run. Held, not refused: a worker that fails to start runs the
 * analysis on the page instead.
 */
export async function withoutTheAnalysis(target: Page | BrowserContext): Promise<void> {
  await target.route(ANALYSIS_WORKER, () => {});
}

/**
 * Opens `run`, played in Node to its end, as if the learner had just played it: the page's save
 * of it goes into the device's storage, and a finished run's scenario reopens at its debrief.
 * For tests of what follows a run, not of playing one (the library spec plays every ending with keys).
 */
export async function openFinishedRun(page: Page, run: Encounter): Promise<void> {
  expect(run.ended, 'the run is played to its end').toBe(true);
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [saveKey(run.meta.id), JSON.stringify(makeSave(run, new Date()))] as const);
  await page.goto(`/?scenario=${run.meta.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Debrief: ${run.meta.title}` })).toBeVisible({ timeout: 15_000 });
}

/** Presses a number key for each choice point until the encounter ends; returns the keys used. */
export async function playToEnd(page: Page, pick: (turn: number, options: number) => number = () => 1, maxTurns = 80): Promise<number[]> {
  const keys: number[] = [];
  for (let turn = 0; turn < maxTurns; turn++) {
    const end = page.getByRole('button', { name: 'Continue to the debrief' });
    const choices = page.locator('button.choice');
    await expect(end.or(choices.first())).toBeVisible();
    if (await end.isVisible()) return keys;
    const key = pick(turn, await choices.count());
    keys.push(key);
    const before = await page.locator('.lines').textContent();
    await page.keyboard.press(String(key));
    await expect.poll(async () => (await page.locator('.lines').textContent()) !== before || (await end.isVisible())).toBe(true);
  }
  throw new Error(`the encounter did not end within ${maxTurns} choices`);
}

export async function currentMoment(page: Page): Promise<{ lines: string[]; choices: string[] }> {
  return {
    lines: await page.locator('.lines .line').allTextContents(),
    choices: await page.locator('button.choice').allTextContents(),
  };
}

export function readSave(page: Page, scenario = SCENARIO): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), `asymmetry:save:${scenario}`);
}

/** Presses the given number keys, waiting for each choice to land before the next. */
export async function playFirst(page: Page, keys: number[]): Promise<void> {
  for (const key of keys) {
    await expect(page.locator('button.choice').first()).toBeVisible();
    const before = await page.locator('.lines').textContent();
    await page.keyboard.press(String(key));
    await expect.poll(async () => (await page.locator('.lines').textContent()) !== before).toBe(true);
  }
  await autosaved(page);
}

/** Waits for the autosave, which writes a frame after a choice's outcome is painted (app/autosave.ts). */
export async function autosaved(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
}

/**
 * Each count table `tables` matches (the group picture's), as label → the number shown beside its
 * bar, read in one round trip: a picture has some thirty tables of a few rows each.
 */
export function countTables(tables: Locator): Promise<Record<string, number>[]> {
  return tables.evaluateAll((all) =>
    all.map((table) => Object.fromEntries([...table.querySelectorAll('tbody tr')].map((row) => [row.querySelector('th')!.textContent.trim(), Number(row.querySelector('td.count .number')!.textContent)]))),
  );
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * No WCAG 2.2 AA violations on the page as it stands, or in the part `within` selects (ids and
 * references are still resolved in the whole page); `where` names the moment in the failure.
 */
export async function expectNoViolations(page: Page, where = 'page', within?: string): Promise<void> {
  // Judge the page as it settles, not mid-fade.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  // Legacy mode runs axe in the page itself; the default opens a blank page per run to combine
  // frames' results, a second per call on this app, which has no frames.
  const axe = new AxeBuilder({ page }).withTags(WCAG_22_AA).setLegacyMode(true);
  const results = await (within ? axe.include(within) : axe).analyze();
  expect(results.violations.map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** A run played to its end with the engine (not the page): at choice `turn` the option `pick` names (1 = first). */
export function playedWith(bundle: ScenarioBundle, seed: number, pick: (turn: number, options: number) => number): Encounter {
  const run = Encounter.begin(bundle, seed);
  while (!run.ended) run.choose(run.choices[pick(run.log.length, run.choices.length) - 1]!.index);
  return run;
}
