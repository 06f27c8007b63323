// The production build runs from any folder: served deep under a sub-path (as an LMS serves a
// package), it loads, opens a scenario from its deep link and from the menu, and plays the first
// choice, the room drawn, with every request answered from that folder and none refused.
import { expect, test, type Page } from '@playwright/test';
import { playFirst, SCENARIO, SEED } from './helpers';
import { serveStatic, type StaticServer } from './lms/static-server';

const FOLDER = '/some/deep/folder/';
let server: StaticServer;

test.beforeAll(async () => {
  server = await serveStatic({ [FOLDER]: process.env.E2E_DIST ?? 'dist' });
});
test.afterAll(() => server.close());

/** Every request the page makes, and each that failed or was answered with an error. */
function recordRequests(page: Page): { outside: string[]; failed: string[] } {
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin + FOLDER) && !/^(data|blob):/.test(url)) outside.push(url);
  });
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()}: ${response.status()}`);
  });
  return { outside, failed };
}

/** Plays the first choice and waits for the room to be drawn (Phaser loads after the first line). */
async function playFirstChoice(page: Page): Promise<void> {
  await playFirst(page, [1]);
  await expect(page.locator('#stage')).toHaveAttribute('data-patient-mood', /.+/);
}

test('a deep link into the folder plays the first choice with every request answered from the folder', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto(`${server.origin}${FOLDER}index.html?scenario=${SCENARIO}&seed=${SEED}`);
  await playFirstChoice(page);
  expect(requests.failed).toEqual([]);
  expect(requests.outside).toEqual([]);
  expect(server.misses).toEqual([]);
});

test('the folder itself opens the menu, and a scenario from it plays, the address staying in the folder', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto(`${server.origin}${FOLDER}`);
  await page.getByRole('button', { name: 'Start Twelve seconds' }).click();
  await expect(page).toHaveURL(`${server.origin}${FOLDER}?scenario=${SCENARIO}`);
  await playFirstChoice(page);
  expect(requests.failed).toEqual([]);
  expect(requests.outside).toEqual([]);
  expect(server.misses).toEqual([]);
});
