import { expect, test } from '@playwright/test';
import { START, playFirst, readSave, withoutTheRoom } from './helpers';

// The room is drawn in the library spec's plays and looked at in the scene spec; these look at the text.
test.beforeEach(({ page }) => withoutTheRoom(page));

test('the history holds every line shown and every choice made', async ({ page }) => {
  await page.goto(START);
  // The first moment is on screen once its choices are.
  await expect(page.locator('button.choice').first()).toBeVisible();
  const shown: string[] = [];
  const collect = async () => shown.push(...(await page.locator('.lines .line').allTextContents()));
  await collect();
  const chosen: string[] = [];
  for (const key of [2, 1, 3, 1]) {
    chosen.push((await page.locator('button.choice span:not(.cost)').nth(key - 1).textContent())!);
    await playFirst(page, [key]);
    await collect();
  }
  await page.getByRole('button', { name: 'History' }).click();
  const dialog = page.getByRole('dialog', { name: 'The conversation so far' });
  await expect(dialog).toBeVisible();
  const history = await dialog.locator('.history-lines li').allTextContents();
  // Every line shown appears in order, with each choice between its moments.
  expect(history.filter((l) => !l.startsWith('You chose: '))).toEqual(shown);
  expect(history.filter((l) => l.startsWith('You chose: ')).map((l) => l.slice('You chose: '.length))).toEqual(chosen);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'History' })).toBeFocused();
});

test('the visit clock shows the minutes each choice costs', async ({ page }) => {
  await page.goto(START);
  await expect(page.locator('.visit-clock')).toHaveText(/Visit clock: 0 of 15 minutes/);
  const cost = Number((await page.locator('button.choice .cost').first().textContent())!.replace(' min', ''));
  await playFirst(page, [1]);
  await expect(page.locator('.visit-clock')).toHaveText(new RegExp(`Visit clock: ${cost} of 15 minutes`));
});

test('space shows all the lines of a moment at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(START);
  await page.locator('.lines').focus();
  await page.keyboard.press(' ');
  await expect(page.locator('.lines')).toHaveClass(/shown/);
  await expect.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length)).toBe(0);
});

test('each option is announced with its number key, as the printed number is hidden from screen readers', async ({ page }) => {
  await page.goto(START);
  const options = page.locator('button.choice');
  await expect(options.first()).toBeVisible();
  const count = await options.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < Math.min(count, 9); i++) {
    await expect(options.nth(i)).toHaveAttribute('aria-keyshortcuts', String(i + 1));
    await expect(options.nth(i).locator('kbd')).toHaveAttribute('aria-hidden', 'true');
  }
  await expect(page.getByRole('list', { name: 'Your response' })).toHaveAccessibleDescription(/number key/);
});

test('a key or click while the lines are still coming in shows them all and chooses nothing', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(START);
  const lines = page.locator('.lines');
  const entering = () => lines.evaluate((el) => el.getAnimations({ subtree: true }).some((a) => a.playState === 'running'));
  const choicesKept = async () => ((JSON.parse((await readSave(page))!) as { encounter: { log: unknown[] } }).encounter.log.length);
  for (const press of [() => page.keyboard.press('1'), () => page.keyboard.press('Enter'), () => page.locator('button.choice').nth(1).click()]) {
    await page.reload();
    await expect(page.locator('button.choice').first()).toBeFocused();
    const before = await lines.textContent();
    const kept = await choicesKept();
    expect(await entering(), 'the moment’s lines are still fading in').toBe(true);
    await press();
    await expect(lines).toHaveClass(/shown/);
    expect(await entering()).toBe(false);
    expect(await lines.textContent()).toBe(before);
    expect(await choicesKept()).toBe(kept);
    // Once shown, the same press chooses.
    await press();
    await expect.poll(() => lines.textContent()).not.toBe(before);
    // The save is written once the new moment is on screen.
    await expect.poll(choicesKept).toBe(kept + 1);
  }
});
