// Property, in Chromium: a run played with the keyboard, with the page reloaded at random points
// (the game autosaves after every choice) and picked up again, either by the reload itself or by
// Continue on the menu, ends exactly as the same choices played without a break: every moment
// shown, the whole conversation (History), the debrief, and the results file with its log and
// values. The headless property (tests/story/save-restore.property.test.ts) checks the engine's
// saves; this one checks the page's, through real storage and a real reload.
import fs from 'node:fs';
import fc from 'fast-check';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { currentMoment, playFirst, withoutTheAnalysis, withoutTheRoom } from './helpers';

const SCENARIOS = [
  { id: 'twelve-seconds', title: 'Twelve seconds' },
  { id: 'the-notes', title: 'The notes' },
  { id: 'ward-round', title: 'Ward round' },
];
/** One run of each scenario, played twice (with breaks and without) side by side: each takes some seconds. */
const PROPERTY_SEED = 20_261_207;

type Break = 'reload' | 'menu';

/** Everything the learner saw of a run. */
interface Seen {
  moments: Awaited<ReturnType<typeof currentMoment>>[];
  history: string;
  debrief: string;
  results: unknown;
}

/** A page of its own, in a context of its own (its own storage), with the room and the analysis left out. */
async function freshPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await withoutTheRoom(context);
  await withoutTheAnalysis(context);
  return context.newPage();
}

/**
 * Plays scenario `id` on `seed`, at each choice the option `picks` names (cycled, modulo those
 * offered); after choice n, breaks as `breaks` says (if at all, and not once the run has ended,
 * when a reload opens the debrief itself) and checks the same moment is back. `taken` counts the breaks.
 */
async function play(page: Page, scenario: (typeof SCENARIOS)[number], seed: number, picks: readonly number[], breaks: ReadonlyMap<number, Break>, taken = { breaks: 0 }): Promise<Seen> {
  await page.goto(`/?scenario=${scenario.id}&seed=${seed}`);
  const end = page.getByRole('button', { name: 'Continue to the debrief' });
  const choices = page.locator('button.choice');
  const moments: Seen['moments'] = [];
  for (let turn = 0; ; turn++) {
    await expect(end.or(choices.first())).toBeVisible();
    moments.push(await currentMoment(page));
    if (await end.isVisible()) break;
    await playFirst(page, [(picks[turn % picks.length]! % (await choices.count())) + 1]);
    const how = breaks.get(turn);
    if (!how || (await end.isVisible())) continue;
    taken.breaks++;
    const before = await currentMoment(page);
    if (how === 'reload') {
      await page.reload();
    } else {
      await page.goto('/');
      await page.getByRole('button', { name: `Continue ${scenario.title}` }).click();
    }
    await expect(end.or(choices.first())).toBeVisible();
    expect(await currentMoment(page), `the moment after choice ${turn + 1} is back after the ${how}`).toEqual(before);
  }

  await page.getByRole('button', { name: 'History' }).click();
  const history = (await page.locator('dialog .history-lines').textContent()) ?? '';
  await page.getByRole('button', { name: 'Back to the encounter' }).click();
  await end.click();
  const debrief = page.locator('.debrief');
  await expect(debrief.getByRole('heading', { level: 1 })).toHaveText(`Debrief: ${scenario.title}`);
  const shown = (await debrief.textContent()) ?? '';
  await page.getByRole('button', { name: /Summary$/ }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export results file' }).click();
  const results = JSON.parse(fs.readFileSync(await (await download).path(), 'utf8')) as unknown;
  return { moments, history, debrief: shown, results };
}

for (const scenario of SCENARIOS) {
  test(`${scenario.title}: a run reloaded at random points and picked up again ends exactly as the same run played through`, async ({ browser, baseURL }) => {
    test.setTimeout(90_000);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 99_999 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        fc.uniqueArray(fc.tuple(fc.nat({ max: 12 }), fc.constantFrom<Break>('reload', 'menu')), { minLength: 1, maxLength: 3, selector: ([turn]) => turn }),
        async (seed, picks, breaks) => {
          const [broken, whole] = await Promise.all([freshPage(browser, baseURL!), freshPage(browser, baseURL!)]);
          try {
            const taken = { breaks: 0 };
            const [withBreaks, straight] = await Promise.all([play(broken, scenario, seed, picks, new Map(breaks), taken), play(whole, scenario, seed, picks, new Map())]);
            expect(taken.breaks, 'the run is long enough to be broken').toBeGreaterThan(0);
            expect(withBreaks).toEqual(straight);
          } finally {
            await Promise.all([broken.context().close(), whole.context().close()]);
          }
        },
      ),
      { numRuns: 1, seed: PROPERTY_SEED, endOnFailure: true },
    );
  });
}
