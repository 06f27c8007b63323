// The room is a Phaser game of its own for each encounter. Leaving the encounter must stop it:
// a game left running keeps drawing frames on the menu and holds its canvas and textures, one
// more for every encounter played (bench/heap.ts measured 1.5 MB and 7 canvases each).
import { expect, test, type Page } from '@playwright/test';
import { START } from './helpers';

/** Animation frames asked for over one second: Phaser's loop asks for every one. */
async function framesInASecond(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const counted = window as unknown as { framesAsked: number };
    counted.framesAsked = 0;
    await new Promise((r) => setTimeout(r, 1000));
    return counted.framesAsked;
  });
}

test('leaving an encounter stops its room', async ({ page }) => {
  await page.addInitScript(() => {
    const counted = window as unknown as { framesAsked: number };
    counted.framesAsked = 0;
    const ask = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      counted.framesAsked++;
      return ask(callback);
    };
  });
  await page.goto(START);
  await expect(page.locator('#stage canvas')).toBeVisible();
  // While the room is up, its loop runs (the check below would mean nothing otherwise).
  expect(await framesInASecond(page)).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Save and leave' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#stage')).toHaveCount(0);
  // Phaser lets go on its next frame; after that nothing asks for frames on the menu.
  await page.waitForTimeout(200);
  expect(await framesInASecond(page)).toBeLessThan(5);
});
