// Power used openly for a patient's safety is part of the job: a boundaries run in which the
// learner phones the crisis team, explained and agreed, must be debriefed as that, never as the
// victim–saviour trap. The path is worked out with the engine, then played with the keyboard.
import { expect, test } from '@playwright/test';
import { Encounter } from '../../src/engine/encounter';
import { seededRandom } from '../../src/engine/random-play';
import { libraryBundle } from '../story/play';
import { withoutTheRoom } from './helpers';

const VICTIM_SAVIOUR = /rescu|saviour|victim/i;

interface Path {
  seed: number;
  keys: number[];
  crisis: string;
}

/**
 * A run that phones the crisis team openly (act-on-risk) and never rescues or blurs the line:
 * random such runs over seeds until one reaches the crisis call, since the call is offered
 * only once Tom has said enough.
 */
function crisisCallPath(): Path {
  const bundle = libraryBundle('boundaries');
  const random = seededRandom(1);
  for (let seed = 1; seed < 400; seed++) {
    const encounter = Encounter.begin(bundle, seed);
    const path: Path = { seed, keys: [], crisis: '' };
    while (!encounter.ended && path.keys.length < 40) {
      const options = encounter.choices;
      const call = options.find((o) => o.moves.includes('act-on-risk') && /crisis team/i.test(o.text));
      const clean = options.filter((o) => !o.moves.includes('rescue') && !o.moves.includes('blur-boundary'));
      const pick = (!path.crisis && call) || clean[Math.floor(random() * clean.length)] || options[0]!;
      if (pick === call) path.crisis = call.text;
      path.keys.push(options.indexOf(pick) + 1);
      encounter.choose(pick.index);
    }
    if (path.crisis && encounter.ending !== 'rescued') return path;
  }
  throw new Error('no run reaches the crisis call without rescuing');
}

test('a boundaries run with the crisis call is debriefed without victim–saviour text', async ({ page }) => {
  test.setTimeout(120_000);
  const path = crisisCallPath();
  await withoutTheRoom(page);
  await page.goto(`/?scenario=boundaries&seed=${path.seed}`);
  for (const key of path.keys) {
    await expect(page.locator('button.choice').first()).toBeVisible();
    const before = await page.locator('.lines').textContent();
    await page.keyboard.press(String(key));
    await expect.poll(async () => (await page.locator('.lines').textContent()) !== before).toBe(true);
  }
  await page.getByRole('button', { name: 'Continue to the debrief' }).click();
  await page.getByRole('button', { name: '2. Description' }).click();
  await expect(page.locator('.phase:not([hidden]) .ending')).not.toContainText('Rescued');

  // The learner's own choices, as the debrief explains them: the crisis call among them.
  const own = page.locator('.debrief-choice');
  await expect(own.filter({ hasText: path.crisis })).toHaveCount(1);
  await expect(own.filter({ hasText: path.crisis })).toContainText('Act on risk, openly');
  for (const text of await own.allTextContents()) expect(text).not.toMatch(VICTIM_SAVIOUR);

  // The analysis speaks of what the learner did (the why line, its concepts, the question) without the trap;
  // what another option would have done is a different matter, and stays out of this check.
  await page.getByRole('button', { name: '3. Analysis' }).click();
  await expect(page.locator('.moment').first()).toBeVisible({ timeout: 60_000 });
  for (const moment of await page.locator('.moment').all()) {
    for (const part of ['.why', '.concepts', '.inquiry > p']) {
      for (const text of await moment.locator(part).first().allTextContents()) expect(text).not.toMatch(VICTIM_SAVIOUR);
    }
  }
  await page.getByRole('button', { name: '4. Summary' }).click();
  for (const text of await page.locator('.takeaways li').allTextContents()) expect(text).not.toMatch(VICTIM_SAVIOUR);
});
