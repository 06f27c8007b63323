import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SCENARIO, playToEnd } from './helpers';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoViolations(page: Page): Promise<void> {
  // Judge the page as it settles, not mid-fade.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

test('the menu has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start Twelve seconds' })).toBeVisible();
  await expectNoViolations(page);
});

test('the encounter has no WCAG 2.2 AA violations, with the room drawn', async ({ page }) => {
  await page.goto(`/?scenario=${SCENARIO}`);
  await expect(page.locator('#stage canvas')).toBeVisible();
  await expect(page.locator('#stage')).toHaveAttribute('data-patient-mood', /.+/);
  await expectNoViolations(page);
});

test('the debrief has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto(`/?scenario=${SCENARIO}`);
  await playToEnd(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
  await expectNoViolations(page);
});
