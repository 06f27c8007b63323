import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { START, playToEnd } from './helpers';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const SIZES = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'projector', width: 1920, height: 1080 },
];

async function expectNoViolations(page: Page): Promise<void> {
  // Judge the page as it settles, not mid-fade.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

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
      await page.goto(START);
      await expect(page.locator('#stage canvas')).toBeVisible();
      await expect(page.locator('#stage')).toHaveAttribute('data-patient-mood', /.+/);
      await expectNoViolations(page);
      await expectNoHorizontalScroll(page);
    });

    test('the debrief has no WCAG 2.2 AA violations', async ({ page }) => {
      await page.goto(START);
      await playToEnd(page);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
      await page.getByRole('button', { name: 'Next: Description' }).click();
      await expectNoViolations(page);
      await expectNoHorizontalScroll(page);
    });
  });
}
