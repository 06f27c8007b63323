// The room is a Phaser game of its own for each encounter, and it draws only when it must.
// Without a GPU every frame is software raster work on the main thread the text shares: a
// still room asks for no frames, breathing alone is drawn at a low rate, and leaving the
// encounter stops the game (a game left running kept drawing on the menu and held its canvas
// and textures, one more for every encounter played: bench/heap.ts measured 1.5 MB and 7
// canvases each).
import { expect, test, type Page } from '@playwright/test';
import { START } from './helpers';

/** Counts animation frames asked for, and the room's canvas redrawn (Phaser clears it to draw a frame). */
async function countFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counted = window as unknown as { framesAsked: number; roomDrawn: number };
    counted.framesAsked = 0;
    counted.roomDrawn = 0;
    const ask = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      counted.framesAsked++;
      return ask(callback);
    };
    const { prototype } = CanvasRenderingContext2D;
    const clear = Object.getOwnPropertyDescriptor(prototype, 'clearRect')!.value as typeof prototype.clearRect;
    prototype.clearRect = function (...args) {
      if (this.canvas.closest('#stage')) counted.roomDrawn++;
      clear.apply(this, args);
    };
  });
}

/** Frames asked for and room frames drawn over one second. */
async function inASecond(page: Page): Promise<{ framesAsked: number; roomDrawn: number }> {
  return page.evaluate(async () => {
    const counted = window as unknown as { framesAsked: number; roomDrawn: number };
    counted.framesAsked = 0;
    counted.roomDrawn = 0;
    await new Promise((r) => setTimeout(r, 1000));
    return { framesAsked: counted.framesAsked, roomDrawn: counted.roomDrawn };
  });
}

/** Waits for the room to draw its first people and finish whatever came in with them. */
async function roomSettled(page: Page): Promise<void> {
  await expect(page.locator('#stage')).toHaveAttribute('data-people', /\S/);
  await page.waitForTimeout(800);
}

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('people who only breathe are drawn at a low rate', async ({ page }) => {
    await countFrames(page);
    await page.goto(START);
    await roomSettled(page);
    const { roomDrawn } = await inASecond(page);
    // 10 a second (room-pace.ts), give or take a frame of timing; the screen's rate would be 60.
    expect(roomDrawn).toBeGreaterThan(5);
    expect(roomDrawn).toBeLessThan(15);
  });

  test('leaving an encounter stops its room', async ({ page }) => {
    await countFrames(page);
    await page.goto(START);
    await roomSettled(page);
    // While the room is up, its loop runs (the check below would mean nothing otherwise).
    expect((await inASecond(page)).framesAsked).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Save and leave' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#stage')).toHaveCount(0);
    await page.waitForTimeout(200);
    expect((await inASecond(page)).framesAsked).toBeLessThan(5);
  });
});

test('a still room is not redrawn, and a choice wakes it to draw the next moment', async ({ page }) => {
  // The suite's default is reduced motion: nobody breathes, so nothing moves between choices.
  await countFrames(page);
  await page.goto(START);
  await roomSettled(page);
  expect(await inASecond(page)).toEqual({ framesAsked: 0, roomDrawn: 0 });
  const drawnSince = () => page.evaluate(() => (window as unknown as { roomDrawn: number }).roomDrawn);
  await page.keyboard.press('1');
  await expect.poll(drawnSince).toBeGreaterThan(0);
  // Drawn, it sleeps again.
  await page.waitForTimeout(300);
  expect((await inASecond(page)).roomDrawn).toBe(0);
});

test('a sleeping room shows all it holds: drawn afresh, nothing changes', async ({ page }) => {
  // Three people whose faces are decoded together: a room that slept after drawing the first showed the others headless.
  await countFrames(page);
  await page.goto('/?scenario=going-home&seed=1');
  await roomSettled(page);
  const pixels = () => page.locator('#stage canvas').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
  const asleep = await pixels();
  const drawn = await page.evaluate(() => (window as unknown as { roomDrawn: number }).roomDrawn);
  // A resize wakes the room, which draws everything it holds again (the same size: the name
  // plates' type follows the room's size on screen).
  await page.evaluate(() => window.dispatchEvent(new Event('resize')));
  await expect.poll(() => page.evaluate(() => (window as unknown as { roomDrawn: number }).roomDrawn)).toBeGreaterThan(drawn);
  expect(await pixels()).toBe(asleep);
});

test('a face still decoding when the encounter is left is let go, not added to the room Phaser destroyed', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Faces become bitmaps one by one; here they wait until the test lets them through.
  await page.addInitScript(() => {
    const faces = window as unknown as { asked: number; letThrough: () => void };
    const waiting: (() => void)[] = [];
    let holding = true;
    faces.asked = 0;
    faces.letThrough = () => {
      holding = false;
      for (const go of waiting.splice(0)) go();
    };
    const original = window.createImageBitmap.bind(window);
    const make = (source: ImageBitmapSource) => original(source);
    const held = (source: ImageBitmapSource): Promise<ImageBitmap> => {
      faces.asked++;
      return holding ? new Promise<void>((go) => waiting.push(go)).then(() => make(source)) : make(source);
    };
    Object.defineProperty(window, 'createImageBitmap', { value: held });
  });
  await page.goto(START);
  await page.waitForFunction(() => (window as unknown as { asked: number }).asked > 0);
  await page.getByRole('button', { name: 'Save and leave' }).click();
  await expect(page.getByRole('button', { name: /^Continue / }).first()).toBeVisible();
  await page.evaluate(() => (window as unknown as { letThrough: () => void }).letThrough());
  // The faces' promises settle within a few tasks; any error would be thrown by then.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  expect(errors).toEqual([]);
});
