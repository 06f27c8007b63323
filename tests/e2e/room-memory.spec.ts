// A room left behind must be let go of entirely: Phaser's pooled canvases outlive every game,
// and anything of a game they hold on to keeps the whole of it (its scene, textures, portraits
// and the encounter's page it was drawn in) alive for the rest of the session. Two such holds
// kept each encounter's game: bench/heap.ts measured 1.3 MB more heap for every one played.
import { expect, test, type Page } from '@playwright/test';
import { START } from './helpers';

/** Room containers (the encounter's `#stage`) still alive in the page's heap after a full garbage collection, in the page or not. */
async function roomsAlive(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const group = 'rooms-alive';
  try {
    // Twice: what the first collection's finalisers let go is collected by the second.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'HTMLDivElement.prototype', objectGroup: group });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId!, objectGroup: group });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId!,
      functionDeclaration: 'function () { return this.filter((div) => div.id === "stage").length; }',
      returnByValue: true,
      objectGroup: group,
    });
    return Number(result.value);
  } finally {
    // The objects found are held for the session until released; released, they do not skew a later count.
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group });
    await cdp.detach();
  }
}

async function roomDrawn(page: Page): Promise<void> {
  await expect(page.locator('#stage')).toHaveAttribute('data-people', /\S/);
}

async function leave(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save and leave' }).click();
  await expect(page.locator('#stage')).toHaveCount(0);
}

test('rooms left behind are not kept in memory', async ({ page }) => {
  await page.goto(START);
  await roomDrawn(page);
  // The check below would mean nothing if the count missed the room on screen.
  expect(await roomsAlive(page)).toBe(1);
  await leave(page);
  for (let again = 0; again < 2; again++) {
    await page.getByRole('button', { name: /^Continue / }).click();
    await roomDrawn(page);
    await leave(page);
  }
  // Phaser lets go of a game on its next frame.
  await page.waitForTimeout(200);
  expect(await roomsAlive(page)).toBe(0);
});
