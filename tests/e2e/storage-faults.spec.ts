// Storage failing under the game, with Chromium's own behaviour: localStorage filled to its real
// quota (so the autosave meets a real QuotaExceededError), cleared mid-run as another tab or
// "clear site data" does, and blocked outright as a locked-down browser does. The game plays on,
// says once what it cannot keep, and never loses or half-writes what it already kept.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SCENARIO, START, currentMoment, expectNoViolations, playFirst, readSave, withoutTheRoom } from './helpers';

const NOT_SAVED = /Your progress is not being saved: this device’s storage is full or turned off/;

test.beforeEach(async ({ page }) => {
  await withoutTheRoom(page);
});

/** Fills localStorage until the browser refuses even one more character; returns the keys used. */
function fillStorage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const keys: string[] = [];
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        const key = `filler:${keys.length}`;
        try {
          localStorage.setItem(key, 'x'.repeat(size));
          keys.push(key);
        } catch {
          break;
        }
      }
    }
    return keys;
  });
}

function logLength(save: string | null): number {
  return save === null ? -1 : (JSON.parse(save) as { encounter: { log: unknown[] } }).encounter.log.length;
}

test('storage full mid-run: play goes on, it is said once, and the last save stays whole', async ({ page }) => {
  await page.goto(START);
  await playFirst(page, [1]);
  const kept = await readSave(page);
  expect(logLength(kept)).toBe(1);

  const fillers = await fillStorage(page);
  expect(fillers.length, 'the browser refused a write at its quota').toBeGreaterThan(0);
  await playFirst(page, [1]);
  await expect(page.locator('.notice')).toHaveText(NOT_SAVED);
  await playFirst(page, [1]);
  await expect(page.locator('.notice'), 'said once, not on every choice').toHaveCount(1);
  expect(await readSave(page), 'the save of choice 1 is as it was').toBe(kept);

  await page.evaluate((keys) => keys.forEach((key) => localStorage.removeItem(key)), fillers);
  await playFirst(page, [1]);
  await expect(page.locator('.notice')).toHaveText('Your progress is being saved on this device again.');
  expect(logLength(await readSave(page)), 'the whole run is kept once there is room').toBe(4);
  const moment = await currentMoment(page);
  await page.reload();
  await expect(page.locator('button.choice').first()).toBeVisible();
  expect(await currentMoment(page)).toEqual(moment);
});

test('storage cleared mid-run: the next choice saves the whole run again, with nothing said', async ({ page }) => {
  await page.goto(START);
  await playFirst(page, [1, 2]);
  await page.evaluate(() => localStorage.clear());
  await playFirst(page, [1]);
  expect(logLength(await readSave(page))).toBe(3);
  await expect(page.locator('.notice')).toHaveCount(0);
  const moment = await currentMoment(page);
  await page.reload();
  await expect(page.locator('button.choice').first()).toBeVisible();
  expect(await currentMoment(page)).toEqual(moment);
});

test('storage blocked: a deep-linked encounter plays and says once that progress lasts only for the tab', async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get: () => {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    }
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(START);
  await expect(page.locator('.notice')).toHaveText('This browser is not letting Asymmetry save to the device, so progress lasts only while this tab is open.');
  const first = await currentMoment(page);
  await playFirst(page, [1, 1]);
  expect(await currentMoment(page)).not.toEqual(first);
  await expect(page.locator('.notice')).toHaveCount(1);
  expect(errors).toEqual([]);
});

/** A save of the first choice whose ink state inkjs refuses ("ink save format incorrect"). */
async function brokenStoryState(page: Page): Promise<string> {
  await page.goto(START);
  await playFirst(page, [1]);
  const save = JSON.parse((await readSave(page))!) as { encounter: { inkState: string } };
  const ink = JSON.parse(save.encounter.inkState) as Record<string, unknown>;
  delete ink.inkSaveVersion;
  save.encounter.inkState = JSON.stringify(ink);
  const raw = JSON.stringify(save);
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: `asymmetry:save:${SCENARIO}`, value: raw });
  return raw;
}

test('a save whose story state inkjs refuses is called damaged on the menu and kept, never offered to continue', async ({ page }, testInfo) => {
  const raw = await brokenStoryState(page);
  await page.goto('/');
  const card = page.locator('.scenario-card', { has: page.getByRole('heading', { name: 'Twelve seconds' }) });
  await expect(card.locator('.save-note')).toHaveText(/The saved game is damaged \(its story state does not fit this scenario\)/);
  await expect(card.getByRole('button', { name: /Continue/ })).toHaveCount(0);
  await card.getByRole('button', { name: 'Open Twelve seconds' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText("can't be resumed");
  await expect(page.getByRole('alert')).toContainText('The saved game is damaged (its story state does not fit this scenario).');
  await expect(page.locator('body')).not.toContainText('ink save format');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the saved game' }).click();
  const file = testInfo.outputPath('save.json');
  await (await download).saveAs(file);
  expect(readFileSync(file, 'utf8'), 'the download is the save as it was').toBe(raw);
  expect(await readSave(page)).toBe(raw);
});

test('Start again with no room to set the old save aside changes nothing and says so', async ({ page }) => {
  const raw = await brokenStoryState(page);
  await page.goto(START);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("can't be resumed");
  await fillStorage(page);
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByRole('status').filter({ hasText: /no room/ })).toHaveText(/There is no room on this device to keep the old save beside a new game, so nothing has been changed/);
  expect(await readSave(page)).toBe(raw);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('asymmetry:kept:')))).toEqual([]);
  await expectNoViolations(page, 'the save problem, with no room');
});
