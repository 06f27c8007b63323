import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { ANALYSIS_WORKER, SCENARIO, START, expectNoViolations, playFirst, playToEnd, withoutTheRoom } from './helpers';

// The room is drawn in the library spec's plays and looked at in the scene spec; these look at the debrief.
test.beforeEach(({ page }) => withoutTheRoom(page));

async function phase(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Debrief phases' }).getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 2, name: name.replace(/^\d\. /, '') })).toBeFocused();
}

// Axe on each phase, reflected on and revealed, is the library spec's (the two fullest debriefs; the view is
// the same for every scenario). Here: the analysis before the learner has reflected, and the comparison.
test('the debrief: reactions, analysis, replay to another ending, comparison, export and load back', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto(START);
  await playToEnd(page, () => 1);
  await page.getByRole('button', { name: 'Continue to the debrief' }).click();

  // Reactions come first, before any numbers, and stay on the device.
  await expect(page.getByRole('heading', { level: 2, name: 'Reactions' })).toBeVisible();
  await expect(page.locator('.phase:not([hidden])')).not.toContainText(/out of 100/);
  await page.getByLabel(/How did that feel/).fill('Rushed. I kept looking at the clock.');
  expect(await page.evaluate((k) => localStorage.getItem(k), `asymmetry:reaction:${SCENARIO}`)).toBe('Rushed. I kept looking at the clock.');

  await page.getByRole('button', { name: 'Next: Description' }).click();
  const firstEnding = (await page.locator('.ending strong').textContent())!.replace(/\.\s*$/, '');
  await expect(page.locator('.chart-figure')).toHaveCount(2);
  await expect(page.getByRole('img', { name: /Trust and autonomy over the encounter/ })).toBeVisible();

  await page.getByRole('button', { name: 'Next: Analysis' }).click();
  const moment = page.locator('.moment').first();
  await expect(moment).toBeVisible({ timeout: 30_000 });
  await expect(moment).toContainText('What it did');
  await expect(moment.locator('.why').first()).not.toBeEmpty();
  await expect(moment.locator('.inquiry')).toContainText('I noticed you');
  // The other options wait until the learner has thought about the moment.
  const others = moment.locator('.alternatives-panel');
  await expect(others).toBeHidden();
  await moment.getByRole('button', { name: 'Show what the other options would have done' }).click();
  await expect(others).toBeHidden();
  await expect(moment.getByRole('status')).toContainText('Write a line of your own first');
  await expect(moment.getByLabel(/What do you think Farida felt/)).toBeFocused();
  await expectNoViolations(page, 'analysis, before reflecting');
  await page.keyboard.type('Unheard. I could have asked her first.');
  await moment.getByRole('button', { name: 'Show what the other options would have done' }).click();
  await expect(others).toBeVisible();
  await expect(others.locator('.alternatives li').first()).toContainText('If you had then gone on as you did');
  await expect(others.locator('.alternatives li').first()).toContainText(/Still possible after it|No ending reachable/);
  await expect(others).not.toContainText('%');
  await expect(page.locator('.glossary dt').first()).toBeVisible();

  await page.getByRole('button', { name: 'Next: Summary' }).click();
  await expect(page.locator('.takeaways li').first()).toBeVisible();

  // Export the first run's results file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export results file' }).click();
  const file = testInfo.outputPath('results.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { format: string; log: unknown[]; ending: string };
  expect(exported.format).toBe('asymmetry-results');
  expect(JSON.stringify(exported)).not.toContain('Rushed');
  expect(JSON.stringify(exported)).not.toContain('Unheard');

  // Replay from the most pivotal moment and play differently, to a different ending.
  await phase(page, '3. Analysis');
  await page.locator('.moment').first().getByRole('button', { name: /Replay from choice/ }).click();
  await playToEnd(page, () => 2);
  await page.getByRole('button', { name: 'Continue to the debrief' }).click();
  await phase(page, '2. Description');
  const comparison = page.locator('.comparison');
  await expect(comparison).toBeVisible();
  await expect(comparison.locator('.run-column')).toHaveCount(2);
  const endings = await comparison.locator('.run-column strong').allTextContents();
  expect(endings[0]).toBe(firstEnding);
  expect(endings[1]).not.toBe(firstEnding);
  await expectNoViolations(page, 'comparison');

  // Load the exported file back from the menu: a read-only debrief of the first run.
  await phase(page, '4. Summary');
  await page.getByRole('button', { name: 'Back to scenarios' }).click();
  await page.getByLabel(/An exported results file/).setInputFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief: Twelve seconds' })).toBeVisible();
  await expect(page.locator('.phase:not([hidden]) .ending strong')).toHaveText(`${firstEnding}. `);
  await expect(page.getByRole('button', { name: /Replay from/ })).toHaveCount(0);
});

test('a file that is not a results file is refused with a clear message', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('not-results.json');
  fs.writeFileSync(file, JSON.stringify({ format: 'something-else', '<b>': '<script>alert(1)</script>' }));
  await page.goto('/');
  await page.getByLabel(/An exported results file/).setInputFiles(file);
  await expect(page.getByRole('alert')).toContainText('not-results.json” was not opened. This is not an Asymmetry results file.');
});

test('the debrief so far lists the choices and their moves over the encounter, hides what they did, and goes back to it', async ({ page }) => {
  await page.goto(START);
  await playFirst(page, [1, 2]);
  const moment = await page.locator('.lines').textContent();
  const opener = page.getByRole('button', { name: 'Debrief so far' });
  for (const close of [() => page.getByRole('button', { name: 'Back to the encounter' }).click(), () => page.keyboard.press('Escape')]) {
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Debrief so far' });
    await expect(dialog.locator('.debrief-choice')).toHaveCount(2);
    await expect(dialog.locator('.debrief-choice .move').first()).toBeVisible();
    // Mid-run the hidden values stay hidden: no value or change of trust or autonomy, no line on what a choice did.
    const said = (await dialog.locator('.debrief-choices').textContent())!;
    expect(said).not.toMatch(/\d/);
    expect(await dialog.textContent()).not.toMatch(/(trust|autonomy) [+−-]?\d/i);
    await expect(dialog.locator('.effect, .why, .chart, .variables')).toHaveCount(0);
    await close();
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    // The encounter goes on where it was.
    await expect(page.locator('.lines')).toHaveText(moment!);
  }
  await playFirst(page, [1]);
});

/**
 * Plays to the end and opens the summary with the analysis worker's script held back; `whileHeld`
 * runs there, then the analysis is let through and has rewritten the page when this resolves.
 */
async function analysisArrivesOnSummary(page: Page, whileHeld: () => Promise<void> = async () => {}): Promise<void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(ANALYSIS_WORKER, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(START);
  await playToEnd(page, () => 1);
  await page.getByRole('button', { name: 'Continue to the debrief' }).click();
  await phase(page, '4. Summary');
  await whileHeld();
  release();
  await expect(page.locator('.moment').first()).toBeAttached({ timeout: 60_000 });
}

test('focus stays on the phase being read when the analysis arrives and rewrites it', async ({ page }) => {
  await analysisArrivesOnSummary(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeFocused();
});

test('a nickname being typed when the analysis arrives and rewrites the summary is kept', async ({ page }) => {
  const nickname = page.getByRole('textbox', { name: 'Nickname (optional)' });
  // Typed, not yet left: the field has not told the page about it.
  await analysisArrivesOnSummary(page, () => nickname.fill('Sam O'));
  await expect(nickname).toBeFocused();
  await expect(nickname).toHaveValue('Sam O');
  await expect(page.getByRole('textbox', { name: 'Run code' })).toHaveValue(/ ~ Sam O$/);
});
