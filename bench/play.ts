// Playing the game from a benchmark, as a learner at the keyboard would.
import type { Page } from '@playwright/test';

/**
 * Resolves once the moment's lines are all in: the game brings them in one after another,
 * and a press before then only shows them. The page settles it itself, so nothing polls it.
 */
export async function linesSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const animations = document.querySelector('.lines')?.getAnimations({ subtree: true }) ?? [];
    // A cancelled animation rejects its promise; it has settled all the same.
    await Promise.all(animations.map((a) => a.finished.catch(() => undefined)));
  });
}
