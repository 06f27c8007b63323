// After one visit the game needs no network (README: Offline and updates): with Chromium's real
// service worker and the context set offline, an encounter whose network drops before its end
// reaches its debrief and analysis (their code and worker load late), the facilitator page opens
// and reloads, every scenario opens, and every file of the build is there.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { filesUnder } from '../../scripts/package/packages';
import { playFirst, playToEnd, START } from './helpers';
import { visitedOnce } from './service-worker';

test.use({ serviceWorkers: 'allow' });

const DIST = process.env.E2E_DIST ?? 'dist';

/** Every request that failed, page error and console error, the page's and its workers'. */
function troubles(context: BrowserContext, page: Page): string[] {
  const found: string[] = [];
  context.on('requestfailed', (request) => found.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('pageerror', (error) => found.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') found.push(message.text());
  });
  return found;
}

test('with the network gone before the end, the encounter reaches its debrief and analysis; the facilitator page opens and reloads', async ({ context, page }) => {
  test.setTimeout(150_000);
  const problems = troubles(context, page);
  await page.goto(START);
  await visitedOnce(page);
  await playFirst(page, [1]);
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await playToEnd(page, (turn, options) => (turn % options) + 1);
  await page.getByRole('button', { name: 'Continue to the debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief: Twelve seconds' })).toBeVisible();
  await page.getByRole('button', { name: 'Next: Description' }).click();
  await page.getByRole('button', { name: 'Next: Analysis' }).click();
  await expect(page.locator('.moment').first()).toContainText('What it did', { timeout: 60_000 });

  await page.getByRole('link', { name: 'Asymmetry', exact: true }).click();
  await page.getByRole('button', { name: 'Run a group debrief' }).click();
  await expect(page.getByRole('heading', { name: 'Which encounter did the room play?' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Which encounter did the room play?' })).toBeVisible();
  await page.goto(START);
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief: Twelve seconds' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('after one visit, every file of the build is there offline and every scenario opens', async ({ context, page }) => {
  test.setTimeout(150_000);
  const problems = troubles(context, page);
  await page.goto('/');
  await visitedOnce(page);
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // Sounds in both formats, fonts, icons, every chunk and worker: what the build wrote, less the
  // worker itself and the WOFF copies (browsers with service workers read the WOFF2 ones).
  const files = filesUnder(DIST).filter((file) => !/^(sw|workbox-.*)\.js$|\.woff$/.test(file));
  expect(files.filter((file) => /\.(opus|mp3)$/.test(file)).length).toBeGreaterThanOrEqual(2);
  const missing = await page.evaluate(async (all) => {
    const failed: string[] = [];
    // Read to the end: a body left unread is cancelled, and would count as a failed request.
    for (const file of all) if (!(await fetch(file).then(async (r) => (await r.arrayBuffer()).byteLength > 0 && r.ok, () => false))) failed.push(file);
    return failed;
  }, files);
  expect(missing).toEqual([]);

  await page.reload();
  const starts = await page.getByRole('button', { name: /^Start / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')!));
  expect(starts.length).toBeGreaterThanOrEqual(12);
  for (const start of starts) {
    await page.getByRole('button', { name: start, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: start.replace(/^Start /, '') })).toBeVisible();
    await expect(page.locator('button.choice').first()).toBeVisible();
    await page.getByRole('button', { name: 'Save and leave' }).click();
    await expect(page.getByRole('button', { name: `Continue ${start.replace(/^Start /, '')}`, exact: true })).toBeVisible();
  }
  expect(problems).toEqual([]);
});
