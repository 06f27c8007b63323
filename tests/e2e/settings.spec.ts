import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { START, withoutTheRoom } from './helpers';

test('settings change the page, persist across reload, and practice mode shows the variables', async ({ page }) => {
  await withoutTheRoom(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await dialog.getByLabel('150%').check();
  await dialog.getByLabel(/OpenDyslexic/).check();
  await dialog.getByLabel('High contrast').check();
  await dialog.getByLabel('Practice mode').check();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();

  const look = () =>
    page.evaluate(() => ({
      fontSize: getComputedStyle(document.documentElement).fontSize,
      font: getComputedStyle(document.body).fontFamily,
      contrast: document.documentElement.dataset.contrast,
    }));
  const before = await look();
  expect(before).toEqual({ fontSize: '27px', font: expect.stringContaining('OpenDyslexic'), contrast: 'high' });
  await page.reload();
  expect(await look()).toEqual(before);
  await expect.poll(() => page.evaluate(() => document.fonts.check('16px OpenDyslexic'))).toBe(true);

  await page.goto(START);
  await expect(page.locator('.practice-meters')).toContainText(/Trust \d+/);
  await expect(page.locator('.practice-meters meter')).toHaveCount(2);
});
