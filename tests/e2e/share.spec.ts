import { expect, test } from '@playwright/test';
import { decodeRunCode, splitRunCodeLine } from '../../src/engine/run-code';
import { SEED, START, playToEnd, withoutTheRoom } from './helpers';

test('the summary gives the run code to copy, with an optional nickname and a QR code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await withoutTheRoom(page);
  await page.goto(START);
  const keys = await playToEnd(page, (turn, options) => ((turn * 5) % options) + 1);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /^4\. Summary/ }).click();

  const code = page.getByRole('textbox', { name: 'Run code' });
  const anonymous = await code.inputValue();
  expect(anonymous).not.toContain('~');
  const decoded = decodeRunCode(anonymous);
  expect(decoded.ok && decoded.value.seed).toBe(SEED);
  expect(decoded.ok && decoded.value.choices.map((c) => c + 1)).toEqual(keys);
  await expect(page.getByRole('img', { name: 'QR code of the run code' })).toBeVisible();

  await page.getByRole('button', { name: 'Copy the run code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Run code copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(anonymous);

  const nickname = page.getByRole('textbox', { name: 'Nickname (optional)' });
  await nickname.fill('<img src=x onerror=alert(1)>');
  await nickname.press('Tab');
  await expect(page.getByRole('status').filter({ hasText: 'That nickname was not used' })).toBeVisible();
  expect(await code.inputValue()).toBe(anonymous);
  expect(await page.locator('.share img').count()).toBe(0);

  await nickname.fill('  Sam   O ');
  await nickname.press('Tab');
  await expect(code).toHaveValue(`${anonymous} ~ Sam O`);
  expect(splitRunCodeLine(await code.inputValue())).toEqual({ code: anonymous, nickname: 'Sam O' });

  // The nickname is remembered for the next run, and goes into the results file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export results file' }).click();
  const file = JSON.parse(await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))) as { code: string; nickname: string };
  expect(file).toMatchObject({ code: anonymous, nickname: 'Sam O' });
});
