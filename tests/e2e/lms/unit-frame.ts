// Playing the game inside an LMS's frame: the same moves as the page helpers (../helpers.ts),
// for a unit in a frame, choosing by clicking the option (the frame need not have focus).
import { expect, type FrameLocator } from '@playwright/test';

/** What the learner sees at a choice point: the lines shown and the options on offer. */
export async function momentIn(frame: FrameLocator): Promise<{ lines: string[]; choices: string[] }> {
  return { lines: await frame.locator('.lines .line').allTextContents(), choices: await frame.locator('button.choice').allTextContents() };
}

/** Takes the option at each position (1 = first) in turn, waiting for each choice to land. */
export async function chooseIn(frame: FrameLocator, positions: readonly number[]): Promise<void> {
  for (const position of positions) {
    const options = frame.locator('button.choice');
    await expect(options.first()).toBeVisible();
    const before = await frame.locator('.lines').textContent();
    await options.nth(Math.min(position, await options.count()) - 1).click();
    await expect.poll(async () => (await frame.locator('.lines').textContent()) !== before).toBe(true);
  }
}

/** Plays on to the ending, taking option `pick(turn, offered)` (1 = first); returns how many choices it took. */
export async function playToEndIn(frame: FrameLocator, pick: (turn: number, offered: number) => number = () => 1, maxTurns = 80): Promise<number> {
  const end = frame.getByRole('button', { name: 'Continue to the debrief' });
  for (let turn = 0; turn < maxTurns; turn++) {
    const options = frame.locator('button.choice');
    await expect(end.or(options.first())).toBeVisible();
    if (await end.isVisible()) return turn;
    await chooseIn(frame, [pick(turn, await options.count())]);
  }
  throw new Error(`the encounter did not end within ${maxTurns} choices`);
}
