// The facilitator scans learners' QR codes with the camera, one after another, without
// reopening anything. Chromium's fake camera plays a video of two real run codes (made with
// the engine at test time, so they match the build's story), each coming into view in turn.
import { expect, test } from '@playwright/test';
import { Encounter } from '../../src/engine/encounter';
import { runCodeLine, runCodeOf } from '../../src/engine/run-code';
import { finish, libraryBundle } from '../story/play';
import { launchWithCamera, writeQrVideo } from './fake-camera';

const SCENARIO = 'carlos';
const PAGE = `/?facilitator=${SCENARIO}`;

test("the camera reads each learner's QR code in turn, and stops when asked", async ({ baseURL }, testInfo) => {
  const bundle = libraryBundle(SCENARIO);
  const codeOf = (seed: number) => runCodeOf(bundle.meta.id, bundle.storyVersion, finish(Encounter.begin(bundle, seed)).summary());
  const video = testInfo.outputPath('two-learners.y4m');
  writeQrVideo(video, [runCodeLine(codeOf(11), null), runCodeLine(codeOf(12), 'Sam O')]);

  const browser = await launchWithCamera(video);
  try {
    const context = await browser.newContext({ baseURL, permissions: ['camera'] });
    const page = await context.newPage();
    const decoderFetches: string[] = [];
    page.on('request', (request) => {
      if (/jsqr/i.test(request.url())) decoderFetches.push(request.url());
    });
    await page.goto(PAGE);
    await expect(page.getByRole('heading', { name: 'Group debrief' })).toBeVisible();
    const panel = page.getByRole('region', { name: 'Scan QR codes' });
    const camera = panel.getByLabel('Camera');
    // One button turns the camera on and off, keeping the focus.
    const toggle = panel.getByRole('button');
    await expect(camera).toBeHidden();
    // The decoder is fetched only when scanning starts.
    expect(decoderFetches).toEqual([]);

    await expect(toggle).toHaveText('Start the camera');
    await toggle.press('Enter');
    await expect(camera).toBeVisible();
    await expect(page.getByRole('status', { name: 'Runs collected' })).toHaveText(/\b2 runs\b/, { timeout: 20_000 });
    expect(decoderFetches).toHaveLength(1);

    const stream = await camera.evaluateHandle((element) => (element as HTMLVideoElement).srcObject as MediaStream);
    expect(await stream.evaluate((s) => s.getTracks().map((t) => t.readyState))).toEqual(['live']);
    await expect(toggle).toHaveText('Stop the camera');
    await toggle.press('Enter');
    await expect(toggle).toHaveText('Start the camera');
    await expect(toggle).toBeFocused();
    await expect(camera).toBeHidden();
    expect(await stream.evaluate((s) => s.getTracks().map((t) => t.readyState))).toEqual(['ended']);
  } finally {
    await browser.close();
  }
});

test('a blocked camera is said in words, with what to do instead, and the camera stays off', async ({ baseURL }, testInfo) => {
  // The camera must have a picture (a file with no frames is no camera at all), though none is read.
  const video = testInfo.outputPath('one-code.y4m');
  writeQrVideo(video, ['never read']);
  const browser = await launchWithCamera(video, { asks: true });
  try {
    const page = await (await browser.newContext({ baseURL })).newPage();
    await page.goto(PAGE);
    const panel = page.getByRole('region', { name: 'Scan QR codes' });
    const toggle = panel.getByRole('button');
    await toggle.click();
    await expect(panel.getByRole('status')).toHaveText("The camera is blocked for this page. Allow it in the browser's site settings, or paste the codes instead.");
    await expect(toggle).toHaveText('Start the camera');
    await expect(panel.getByLabel('Camera')).toBeHidden();
  } finally {
    await browser.close();
  }
});
