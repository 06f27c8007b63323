import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** How every browser test starts Chromium (playwright.config.ts, and specs that launch their own): Debian's, headless-machine flags. */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export const SCENARIO = 'twelve-seconds';
/** The scenario on a fixed seed, so a test meets the same variant every time (as a room can). */
export const SEED = 1234;
export const START = `/?scenario=${SCENARIO}&seed=${SEED}`;

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
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** No WCAG 2.2 AA violations on the page as it stands; `where` names the moment in the failure. */
export async function expectNoViolations(page: Page, where = 'page'): Promise<void> {
  // Judge the page as it settles, not mid-fade.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  // Legacy mode runs axe in the page itself; the default opens a blank page per run to combine
  // frames' results, a second per call on this app, which has no frames.
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).setLegacyMode(true).analyze();
  expect(results.violations.map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}
