import fs from 'node:fs';
import path from 'node:path';
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

test('Chromium fetches the Ogg Opus room tone, not the MP3 fallback', async ({ page }) => {
  const sounds: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/[^/]+\.(opus|mp3)$/.test(request.url())) sounds.push(request.url());
  });
  await page.goto(START);
  // The first key press starts sound; the player asks for the room tone at the next step.
  for (let turn = 0; turn < 3 && !sounds.some((url) => url.endsWith('.opus')); turn++) {
    await page.locator('button.choice').first().waitFor();
    await page.keyboard.press('1');
    await page.waitForTimeout(1000);
  }
  await expect.poll(() => sounds.filter((url) => /\/ambience-consult-room-[^/]*\.opus$/.test(url)).length).toBe(1);
  expect(sounds.filter((url) => url.endsWith('.mp3'))).toEqual([]);
});

test('Chromium decodes each Opus room tone to its exact length, with no step at the seam', async ({ page }) => {
  // Decoded as Howler's Web Audio path does. The end granule trims the encoder's padding, so the
  // loop is the 4 s recipe to the sample. The MP3 fallback keeps LAME's delay and padding as
  // silence, which falls inside the room tone's fade at each end (silence into silence).
  const dir = path.resolve(import.meta.dirname, '../../assets/sounds');
  const tones = fs.readdirSync(dir).filter((f) => /^ambience-.*\.(opus|mp3)$/.test(f)).sort();
  await page.goto('/');
  const decoded = await page.evaluate(async (files) => {
    const context = new OfflineAudioContext(1, 1, 48000);
    return Promise.all(
      files.map(async ({ name, base64 }) => {
        const audio = await context.decodeAudioData(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)).buffer);
        const samples = audio.getChannelData(0);
        const steps = samples.slice(1).map((s, i) => Math.abs(s - (samples[i] ?? 0))).sort();
        return { name, length: audio.length, seam: Math.abs((samples[0] ?? 0) - (samples[samples.length - 1] ?? 0)), p99Step: steps[Math.floor(steps.length * 0.99)] ?? 0 };
      }),
    );
  }, tones.map((name) => ({ name, base64: fs.readFileSync(path.join(dir, name)).toString('base64') })));
  const opus = decoded.filter((d) => d.name.endsWith('.opus'));
  expect(opus.length).toBeGreaterThanOrEqual(7);
  for (const tone of opus) {
    expect(tone.length, tone.name).toBe(4 * 48000);
    // Wrapping round is no sharper than the sound's own texture: no click.
    expect(tone.seam, tone.name).toBeLessThanOrEqual(tone.p99Step);
  }
  for (const tone of decoded.filter((d) => d.name.endsWith('.mp3'))) console.log(`${tone.name}: ${((tone.length - 4 * 48000) / 48).toFixed(0)} ms of encoder delay and padding`);
});
