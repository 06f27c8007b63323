import { expect, test, type Page } from '@playwright/test';
import { Encounter } from '../../src/engine/encounter';
import { finish, libraryBundle } from '../story/play';
import { SCENARIO, SEED, START, expectNoViolations, openFinishedRun } from './helpers';

const SIZES = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'projector', width: 1920, height: 1080 },
];

/** Nothing wider than the screen: no sideways scrolling at any size. */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height} (${size.name})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the menu has no WCAG 2.2 AA violations', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('button', { name: 'Start Twelve seconds' })).toBeVisible();
      await expectNoViolations(page);
      await expectNoHorizontalScroll(page);
    });

    test('the encounter has no WCAG 2.2 AA violations, with the room drawn', async ({ page }) => {
      // The lines show at once rather than fading in one after another: axe waits for a settled page.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(START);
      await expect(page.locator('#stage canvas')).toBeVisible();
      await expect(page.locator('#stage')).toHaveAttribute('data-patient-mood', /.+/);
      await expectNoViolations(page);
      await expectNoHorizontalScroll(page);
    });
  });
}

// One run, opened once and looked at in each size: the debrief lays itself out with CSS alone,
// so a window resized to a size shows what a window opened at that size does.
test('the debrief has no WCAG 2.2 AA violations at any size', async ({ page }) => {
  await openFinishedRun(page, finish(Encounter.begin(libraryBundle(SCENARIO), SEED)));
  await page.getByRole('button', { name: 'Next: Description' }).click();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await expectNoViolations(page, `debrief at ${size.width}×${size.height} (${size.name})`);
    await expectNoHorizontalScroll(page);
  }
});
