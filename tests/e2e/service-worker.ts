// For the specs of offline play and updates, which run with Chromium's real service worker.
import { expect, type Page } from '@playwright/test';

/** Waits for the end of a first visit: the service worker holds the whole build and runs the page. */
export async function visitedOnce(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
}
