// npm run screenshots: the menu, an encounter and a debrief at phone, laptop and projector
// sizes, and the facilitator's group picture and projector mode for a room of twelve runs,
// from the production build, into docs/screenshots/. For reviews, the README and docs/.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { bundleOf, buildCatalog } from '../build/scenario-catalog';
import { randomPlaythrough } from '../src/engine/random-play';
import { runCodeLine, runCodeOf } from '../src/engine/run-code';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'docs', 'screenshots');
const PORT = 4399;
const SIZES = [
  [360, 640],
  [1280, 720],
  [1920, 1080],
] as const;

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not start at ${url}`);
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

// Vite itself, not through npx: killing npx would leave its child server running.
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const server = spawn(process.execPath, [vite, 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
try {
  const base = `http://127.0.0.1:${PORT}`;
  await waitForServer(base);
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const [width, height] of SIZES) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(base);
    await settle(page);
    await page.screenshot({ path: path.join(out, `menu-${width}x${height}.png`) });
    await page.goto(`${base}/?scenario=twelve-seconds`);
    await page.locator('#stage canvas').waitFor();
    for (const key of ['2', '3', '1']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(800);
    await settle(page);
    // On a phone the page scrolls to the choices; the whole page shows the room too.
    await page.screenshot({ path: path.join(out, `encounter-${width}x${height}.png`), fullPage: width < 600 });
    while (!(await page.getByRole('button', { name: 'Continue to the debrief' }).isVisible())) {
      await page.keyboard.press('1');
      await page.waitForTimeout(100);
    }
    await page.getByRole('button', { name: 'Continue to the debrief' }).click();
    await page.getByRole('button', { name: '3. Analysis' }).click();
    await page.locator('.moment').first().waitFor({ timeout: 60_000 });
    await settle(page);
    await page.screenshot({ path: path.join(out, `debrief-${width}x${height}.png`) });
    await page.close();
    console.log(`${width}×${height}: menu, encounter, debrief`);
  }
  await facilitatorScreens(browser, base);
  await browser.close();
} finally {
  server.kill();
}

/** A room of twelve seeded runs of carlos, as the facilitator would paste their codes. */
function roomCodes(): string {
  const catalog = buildCatalog(path.join(root, 'story'));
  const scenario = catalog.scenarios.find((s) => s.meta.id === 'carlos');
  if (!scenario || !catalog.taxonomy) throw new Error('carlos does not build');
  const bundle = bundleOf(scenario, catalog.taxonomy);
  const names = ['Asha', null, 'Ben', null, null, 'Cai', null, 'Dee', null, null, 'Eli', null];
  return names.map((name, i) => runCodeLine(runCodeOf('carlos', bundle.storyVersion, randomPlaythrough(bundle, 700 + i * 31).summary()), name)).join('\n');
}

async function facilitatorScreens(browser: Browser, base: string): Promise<void> {
  const codes = roomCodes();
  for (const [width, height] of SIZES.slice(1)) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${base}/?facilitator=carlos`);
    await page.getByRole('textbox', { name: 'Run codes' }).fill(codes);
    await page.getByRole('button', { name: 'Add these codes' }).click();
    await page.locator('article.split-point').first().waitFor({ timeout: 120_000 });
    for (const [part, name] of [['.group-endings', 'endings'], ['.group-paths', 'paths'], ['article.split-point', 'split-point']] as const) {
      await page.locator(part).first().scrollIntoViewIfNeeded();
      await settle(page);
      await page.screenshot({ path: path.join(out, `group-${name}-${width}x${height}.png`) });
    }
    await page.getByRole('button', { name: 'Projector mode' }).click();
    for (const [key, name] of [['3', 'paths'], ['4', 'split-point']] as const) {
      await page.keyboard.press(key);
      await settle(page);
      await page.screenshot({ path: path.join(out, `projector-${name}-${width}x${height}.png`) });
    }
    await page.close();
    console.log(`${width}×${height}: group picture, projector mode`);
  }
}
