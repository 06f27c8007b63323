import { expect, test } from '@playwright/test';
import { SCENARIO, START, currentMoment, playFirst, playToEnd, readSave, withoutTheRoom } from './helpers';

// The room is drawn in the library spec's plays and looked at in the scene spec; these look at the text.
test.beforeEach(({ page }) => withoutTheRoom(page));

test('plays from the menu to the debrief with the keyboard only', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Asymmetry' })).toBeFocused();
  // Tab to the scenario's Start button, then Enter.
  const start = page.getByRole('button', { name: 'Start Twelve seconds' });
  for (let i = 0; i < 30 && !(await start.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`scenario=${SCENARIO}`));
  await expect(page.locator('button.choice').first()).toBeFocused();
  // A run from the menu draws its own seed, and shows it.
  const seed = (await page.locator('.run-seed').textContent())!.replace('Seed ', '');
  expect(seed).toMatch(/^\d{1,5}$/);

  const keys = await playToEnd(page, (turn, options) => ((turn * 7) % options) + 1);
  expect(keys.length).toBeGreaterThanOrEqual(8);
  await expect(page.getByRole('button', { name: 'Continue to the debrief' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Debrief: Twelve seconds' })).toBeVisible();
  await expect(page.locator('.debrief-choice')).toHaveCount(keys.length);
  await page.getByRole('button', { name: '2. Description' }).click();
  await expect(page.locator('.variables')).toContainText(/Trust\s*\d+ → \d+ out of 100/);
  await expect(page.locator('.variables')).toContainText(/Autonomy\s*\d+ → \d+ out of 100/);
  await expect(page.locator('.phase:not([hidden]) .run-seed')).toContainText(`Seed ${seed}:`);
  await expect(page.locator('.move').first()).toContainText('power');
});

test('a deep link opens the scenario directly, and an unknown one says so', async ({ page }) => {
  await page.goto(START);
  await expect(page.getByRole('heading', { level: 1, name: 'Twelve seconds' })).toBeVisible();
  await expect(page.locator('button.choice').first()).toBeVisible();
  await page.goto('/?scenario=no-such-thing');
  await expect(page.getByRole('alert')).toContainText('There is no scenario called “no-such-thing”');
});

test('reloading mid-encounter lands on the same line with the same state', async ({ page }) => {
  await page.goto(START);
  await playFirst(page, [2, 1, 2]);
  const before = await currentMoment(page);
  const saved = JSON.parse((await readSave(page))!) as { encounter: { log: { after: Record<string, number> }[] } };
  expect(saved.encounter.log).toHaveLength(3);

  await page.reload();
  await expect(page.locator('button.choice').first()).toBeVisible();
  expect(await currentMoment(page)).toEqual(before);
  const afterReload = JSON.parse((await readSave(page))!) as typeof saved;
  expect(afterReload.encounter.log).toEqual(saved.encounter.log);

  // The resumed run goes on exactly as an uninterrupted one with the same choices.
  const rest = await playToEnd(page);
  await page.keyboard.press('Enter');
  const resumedDebrief = await page.locator('.debrief').innerText();

  await page.evaluate(() => localStorage.clear());
  await page.goto(START);
  await playFirst(page, [2, 1, 2, ...rest]);
  await page.getByRole('button', { name: 'Continue to the debrief' }).press('Enter');
  expect(await page.locator('.debrief').innerText()).toBe(resumedDebrief);
});

test('a choice the page is closed on at once is still saved', async ({ page }) => {
  await page.goto(START);
  await playFirst(page, [2]);
  // The save after a choice waits for its outcome to paint; a page left in that moment writes it
  // as it goes. Here that frame never comes: the page is reloaded before it.
  await page.evaluate(() => {
    window.requestAnimationFrame = () => 0;
    document.querySelector<HTMLButtonElement>('button.choice')!.click();
    location.reload();
  });
  await expect(page.locator('button.choice').first()).toBeVisible();
  const saved = JSON.parse((await readSave(page))!) as { encounter: { log: unknown[] } };
  expect(saved.encounter.log).toHaveLength(2);
});

test('a damaged save is explained and kept, never loaded or dropped', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{"format":"asymmetry-save","schema":1,"broken'), `asymmetry:save:${SCENARIO}`);
  await page.goto(START);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("can't be resumed");
  await expect(page.getByRole('alert')).toContainText('damaged');
  expect(await readSave(page)).toContain('broken');

  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.locator('button.choice').first()).toBeVisible();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('asymmetry:kept:')).map((k) => localStorage.getItem(k)));
  expect(kept).toEqual(['{"format":"asymmetry-save","schema":1,"broken']);
});

test('a scenario\'s story and full metadata are fetched only when that scenario is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start Twelve seconds' })).toBeVisible();
  expect(scripts.filter((s) => s.includes(SCENARIO))).toEqual([]);
  await page.getByRole('button', { name: 'Start Twelve seconds' }).click();
  await expect(page.locator('button.choice').first()).toBeVisible();
  // Two chunks: its metadata and its story.
  expect(scripts.filter((s) => s.includes(SCENARIO))).toHaveLength(2);
});
