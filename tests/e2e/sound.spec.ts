import { expect, test } from '@playwright/test';
import { START, playToEnd } from './helpers';

test('with audio blocked the encounter plays to the end, and sounds are captioned', async ({ page }) => {
  // No Web Audio, and media refusing to play: as on a locked-down lab PC.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'AudioContext', { value: undefined });
    Object.defineProperty(window, 'webkitAudioContext', { value: undefined });
    HTMLMediaElement.prototype.play = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(START);
  await expect(page.locator('.captions')).toContainText('[The quiet hum of a consulting room]');
  await playToEnd(page, (turn, options) => ((turn * 5) % options) + 1);
  await page.getByRole('button', { name: 'Continue to the debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('no sound is created before the first gesture', async ({ page }) => {
  await page.addInitScript(() => {
    const Original = window.AudioContext;
    (window as unknown as { audioContexts: number }).audioContexts = 0;
    window.AudioContext = class extends Original {
      constructor(options?: AudioContextOptions) {
        super(options);
        (window as unknown as { audioContexts: number }).audioContexts++;
      }
    };
  });
  await page.goto(START);
  await expect(page.locator('button.choice').first()).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { audioContexts: number }).audioContexts)).toBe(0);
  await page.keyboard.press('1');
  await expect.poll(() => page.evaluate(() => (window as unknown as { audioContexts: number }).audioContexts)).toBeGreaterThan(0);
});
