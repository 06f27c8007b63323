// Every screen at every size: the menu, the encounter, the debrief (its charts and tables
// opened), the facilitator's page with a room's runs, and the settings, at a small and a larger
// phone, a laptop and a projector, at 100–200 % text. Nothing may stick out sideways or be cut
// off, no text may be drawn smaller than 12 CSS px (the room's name plates and the charts'
// labels as drawn, after their scaling), and the encounter keeps its newest line and then its
// choices in view. One page throughout: the viewport is resized and the text size set as a
// player would, in the settings.
import { expect, test, type Page } from '@playwright/test';
import { runCodeLine, runCodeOf } from '../../src/engine/run-code';
import { libraryBundle } from '../story/play';
import { SCENARIO, SEED, START, openFinishedRun, playedWith } from './helpers';

const SIZES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const TEXT_SIZES = [100, 150, 175, 200];
const SMALLEST_TEXT = 12;

/** Sets the text size in the settings dialog, and closes it. */
async function setTextSize(page: Page, size: number): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('radio', { name: `${size}%` }).check();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
}

/**
 * Everything wrong with the page as it stands, in words: what sticks out past the viewport's
 * sides or out of its own box, and text drawn smaller than the smallest allowed. `within` limits
 * it to one part (an open dialog).
 */
function problemsOf(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate(
    ({ within, smallest }) => {
      const problems: string[] = [];
      const width = document.documentElement.clientWidth;
      const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
      if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px in ${width})`);
      // Kept off screen or clipped to a pixel on purpose: the skip link until focused, text for screen readers only.
      const hiddenOnPurpose = (el: Element) => el.closest('.skip-link, .visually-hidden, [aria-hidden="true"]') !== null;
      // Only the outermost of what sticks out is named: what is inside it goes with it.
      const outside = new Set<Element>();
      for (const el of document.querySelector(within)!.querySelectorAll('*')) {
        if (!el.checkVisibility() || hiddenOnPurpose(el)) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        // A table in a box that scrolls sideways on purpose (the guide's), to be read with the keyboard.
        if (el.closest('.guide-table-scroll *')) continue;
        if ((box.left < -1 || box.right > width + 1) && !outside.has(el.parentElement!)) problems.push(`${name(el)} reaches ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`);
        if (box.left < -1 || box.right > width + 1) outside.add(el);
        const style = getComputedStyle(el);
        // A button whose own words spill out of it, or a box that cuts off (or scrolls) what is in it sideways.
        // (A text field scrolls a long value within itself, as every field does.)
        const clips = (['hidden', 'clip', 'auto', 'scroll'].includes(style.overflowX) && !el.matches('input, textarea')) || el.matches('button, select');
        if (clips && el.scrollWidth > el.clientWidth + 1 && !el.matches('.guide-table-scroll')) problems.push(`${name(el)} cuts off ${el.scrollWidth - el.clientWidth} px sideways`);
        const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        if (!ownText) continue;
        // In a picture, the size it is drawn at: its font size in the picture's units times the picture's scale.
        const matrix = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
        const drawn = parseFloat(style.fontSize) * (matrix ? Math.hypot(matrix.a, matrix.b) : 1);
        if (drawn < smallest - 0.05) problems.push(`${name(el)} is drawn at ${drawn.toFixed(1)} px`);
      }
      return problems;
    },
    { within, smallest: SMALLEST_TEXT },
  );
}

/** The room's name plates as drawn on screen, in CSS px: each label's font size times the canvas scale. */
function namePlateSizes(page: Page): Promise<number[]> {
  return page.locator('#stage').evaluate((stage) => (stage.dataset.plates ?? '').split(' ').filter(Boolean).map((size) => Number(size) * (stage.querySelector('canvas')!.getBoundingClientRect().width / 960)));
}

/**
 * The encounter's talk in view: the newest line, then as many of the choices, in order, as fit
 * below it in the main area, which is one screen high. Returns what is out of view though it fits.
 */
function talkProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.getBoundingClientRect();
    const bottom = Math.min(main.bottom, innerHeight);
    const log = document.querySelector('.lines')!.getBoundingClientRect();
    const newest = document.querySelector('.lines .line:last-child')!.getBoundingClientRect();
    const problems: string[] = [];
    // The newest line's top, and its end too when it is not taller than the log can be.
    if (newest.top < Math.max(main.top, log.top) - 1) problems.push(`the newest line starts above the view (${Math.round(newest.top)} px)`);
    if (newest.height < bottom - main.top && newest.bottom > Math.min(bottom, log.bottom) + 1) problems.push(`the newest line ends below the view (${Math.round(newest.bottom)} px of ${Math.round(bottom)})`);
    let room = bottom - newest.bottom;
    for (const [i, choice] of [...document.querySelectorAll('button.choice')].entries()) {
      const box = choice.getBoundingClientRect();
      const gap = box.top - (i ? document.querySelectorAll('button.choice')[i - 1]!.getBoundingClientRect().bottom : newest.bottom);
      room -= gap + box.height;
      if (room < -1) break;
      if (box.top < main.top - 1 || box.bottom > bottom + 1) problems.push(`choice ${i + 1} is out of view (${Math.round(box.top)}–${Math.round(box.bottom)} px of ${Math.round(bottom)}) though it fits`);
    }
    return problems;
  });
}

/** Every size and text size, checked by `check` on the screen as it stands; the problems found, each with where. */
async function everySize(page: Page, screen: string, check: () => Promise<string[]>): Promise<string[]> {
  const found: string[] = [];
  for (const text of TEXT_SIZES) {
    await setTextSize(page, text);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      // Let the resize and the new text size lay out (two frames).
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      found.push(...(await check()).map((p) => `${screen} at ${size.width}×${size.height}, ${text} % text: ${p}`));
    }
  }
  await setTextSize(page, 100);
  return found;
}

test('every screen fits every size at every text size, with no text drawn smaller than 12 px', async ({ page }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  const bundle = libraryBundle(SCENARIO);

  await page.goto('/');
  problems.push(...(await everySize(page, 'menu', () => problemsOf(page))));
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  // The settings themselves, with the text size changed from inside them.
  for (const text of TEXT_SIZES) {
    await page.getByRole('radio', { name: `${text}%` }).check();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      problems.push(...(await problemsOf(page, 'dialog.settings')).map((p) => `settings at ${size.width}×${size.height}, ${text} % text: ${p}`));
    }
  }
  await page.getByRole('radio', { name: '100%' }).check();
  await page.getByRole('button', { name: 'Done', exact: true }).click();

  await page.goto(START);
  await expect(page.locator('#stage')).toHaveAttribute('data-plates', /\d/, { timeout: 20_000 });
  problems.push(
    ...(await everySize(page, 'encounter', async () => [
      ...(await problemsOf(page)),
      ...(await talkProblems(page)),
      ...(await namePlateSizes(page)).filter((size) => size < SMALLEST_TEXT - 0.05).map((size) => `a name plate in the room is drawn at ${size.toFixed(1)} px`),
    ])),
  );

  // A finished run's debrief, with the analysis in: each phase, its pictures' tables opened.
  await openFinishedRun(page, playedWith(bundle, SEED, () => 1));
  for (const phase of ['Description', 'Analysis', 'Summary']) {
    await page.getByRole('button', { name: new RegExp(`^\\d\\. ${phase}$`) }).click();
    if (phase === 'Analysis') await expect(page.locator('table.credits')).toBeVisible({ timeout: 60_000 });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    problems.push(...(await everySize(page, `debrief (${phase})`, () => problemsOf(page))));
  }

  // The facilitator's page with a small room's runs in, and its group picture.
  const lines = [1, 2, 3].map((pick) => runCodeLine(runCodeOf(SCENARIO, bundle.storyVersion, playedWith(bundle, SEED + pick, (_, n) => Math.min(pick, n)).summary()), null));
  await page.goto(`/?facilitator=${SCENARIO}`);
  await page.getByRole('textbox', { name: 'Run codes' }).fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Add these codes' }).click();
  await expect(page.getByRole('status', { name: 'Runs collected' })).toHaveText('3 runs', { timeout: 30_000 });
  problems.push(...(await everySize(page, 'facilitator page', () => problemsOf(page))));

  expect(problems).toEqual([]);
});
