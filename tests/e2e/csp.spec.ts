// The Content-Security-Policy holds for everything a learner and a facilitator do: a full play
// with the room drawn and sound on, the debrief with its analysis worker, both fonts, and an
// import of the run as a code and as a results file. Any CSP violation fails, and so does any
// request to a host but the page's own. A meta policy cannot report to a URL, so violations are
// caught in the page by a listener added before anything loads.
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../build/csp';
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGES } from '../../scripts/package/packages';
import type { ManifestKind } from '../../scripts/package/schemas';
import { ANALYSIS_WORKER, ROOM_CHUNK, SCENARIO, START, playToEnd } from './helpers';
import { unpackPackage } from './lms/packages';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

/** Every violation the page reports, across navigations, as it happens. */
async function watchViolations(page: Page): Promise<Violation[]> {
  const seen: Violation[] = [];
  await page.exposeFunction('reportViolation', (v: Violation) => seen.push(v));
  await page.addInitScript(() => {
    const page = window as unknown as { reportViolation: (v: Violation) => void };
    document.addEventListener('securitypolicyviolation', (e) => page.reportViolation({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile && `${e.sourceFile}:${e.lineNumber}` }));
  });
  return seen;
}

/** Howler and the sounds' list: loaded after the first gesture. */
const SOUND_CHUNK = /\/assets\/sound-player-[^/]*\.js$/;

const policyOf = (page: Page) => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

test('the policy blocks inline script and inline style, and the page reports each block', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  expect(await policyOf(page)).toBe(CONTENT_SECURITY_POLICY);
  const applied = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.inlineRan = "yes"';
    const style = document.createElement('style');
    style.textContent = 'body { --inline-style: applied }';
    document.head.append(script, style);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { script: document.body.dataset.inlineRan ?? 'no', style: getComputedStyle(document.body).getPropertyValue('--inline-style') || 'none' };
  });
  expect(applied).toEqual({ script: 'no', style: 'none' });
  await expect.poll(() => violations.map((v) => v.directive).sort()).toEqual(['script-src-elem', 'style-src-elem']);
});

test('a full play, its debrief and a facilitator import break no rule of the policy and ask no other host for anything', async ({ page, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const requested: string[] = [];
  page.context().on('request', (request) => requested.push(request.url()));
  const violations = await watchViolations(page);

  await page.goto(START);
  expect(await policyOf(page)).toBe(CONTENT_SECURITY_POLICY);

  // Both fonts, through the settings dialog (a form that submits to itself only).
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel(/OpenDyslexic/).check();
  await expect.poll(() => page.evaluate(() => document.fonts.check('16px OpenDyslexic'))).toBe(true);
  await settings.getByLabel(/Atkinson Hyperlegible/).check();
  await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"'))).toBe(true);
  await settings.getByRole('button', { name: 'Done' }).click();
  await expect(settings).toBeHidden();

  // The room (Phaser) draws the patient's face, a data: picture, and the first key press starts
  // the sound. Soft: the room is decoration, and what blocked it shows in the violations below.
  await expect.soft(page.locator('#stage')).toHaveAttribute('data-patient-mood', /.+/, { timeout: 30_000 });
  await playToEnd(page, (turn, options) => ((turn * 3) % options) + 1);
  expect(requested.some((url) => SOUND_CHUNK.test(url)), 'the sound player was loaded').toBe(true);
  expect(requested.some((url) => ROOM_CHUNK.test(url)), 'the room was loaded').toBe(true);

  await page.getByRole('button', { name: 'Continue to the debrief' }).click();
  await page.getByRole('button', { name: /^3\. Analysis/ }).click();
  await expect(page.locator('.moment').first()).toBeVisible({ timeout: 60_000 });
  expect(requested.some((url) => ANALYSIS_WORKER.test(url)), 'the analysis ran in its worker').toBe(true);
  await page.getByRole('button', { name: /^4\. Summary/ }).click();
  await expect(page.getByRole('img', { name: 'QR code of the run code' })).toBeVisible();
  const code = await page.getByRole('textbox', { name: 'Run code' }).inputValue();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export results file' }).click();
  const file = testInfo.outputPath('results.json');
  await (await download).saveAs(file);

  await page.goto(`/?facilitator=${SCENARIO}`);
  const collected = page.getByRole('status', { name: 'Runs collected' });
  await page.getByRole('textbox', { name: 'Run codes' }).fill(code);
  await page.getByRole('button', { name: 'Add these codes' }).click();
  await expect(collected).toHaveText('1 run', { timeout: 30_000 });
  await page.getByLabel('Results or session files').setInputFiles(file);
  await expect(page.locator('.import-summary')).toContainText('1 duplicate skipped', { timeout: 30_000 });

  expect(violations).toEqual([]);
  const elsewhere = requested.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
});

test('every LMS package’s page carries the same policy, ahead of everything it governs', async ({ page }) => {
  for (const kind of Object.keys(PACKAGES) as ManifestKind[]) {
    const unpacked = await unpackPackage(kind);
    try {
      // Read as the browser reads it, without loading anything the page names.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(fs.readFileSync(path.join(unpacked.dir, 'index.html'), 'utf8'));
      expect(await policyOf(page), kind).toBe(CONTENT_SECURITY_POLICY);
      expect(await page.evaluate(() => document.head.firstElementChild?.getAttribute('http-equiv')), kind).toBe('Content-Security-Policy');
    } finally {
      unpacked.remove();
    }
  }
});
