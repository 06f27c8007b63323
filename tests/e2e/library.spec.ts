// The whole library, as a learner with a keyboard meets it: every scenario played to every
// ending it declares, on a seed and keys found with the engine at test time (ending-paths.ts),
// and debriefed. One ending per scenario, the one reached in fewest choices (the analysis's
// cost grows with the run), is looked at closely: every debrief phase walked through, and the
// analysis in the debrief's own voice (the authored why line of what the learner chose, its
// concepts linked to the glossary, the other options' numbers held back until the learner has
// reflected). Axe checks the encounter and each debrief phase for the two scenarios whose
// debriefs hold the most: the views are the same code for all, so axe on every scenario repeated
// the same findings at minutes of machine time (accessibility.spec.ts checks the encounter at
// every size).
import { expect, test, type Page } from '@playwright/test';
import { libraryBundle } from '../story/play';
import { findEndingPaths, fullestDebriefs, libraryScenarioIds, type EndingPath } from './ending-paths';
import { expectNoViolations, withoutTheAnalysis, withoutTheRoom } from './helpers';

const SCENARIOS = libraryScenarioIds();
const AXE_ON_DEBRIEF = fullestDebriefs();

test.use({ reducedMotion: 'reduce' });

test('the library has at least twelve scenarios, and axe checks the encounter and debrief of two', () => {
  expect(SCENARIOS.length).toBeGreaterThanOrEqual(12);
  expect(new Set(AXE_ON_DEBRIEF).size).toBe(2);
});

/**
 * Presses each step's key. Before each, waits for a fresh choice list showing what the engine
 * offered at that point, and marks it answered, in one round trip: the next list replaces it.
 */
async function playPath(page: Page, path: EndingPath): Promise<void> {
  const fresh = page.locator('.choice-list:not([data-answered]) button.choice > span:not(.cost)');
  for (const [turn, step] of path.steps.entries()) {
    const offeredThere = await page
      .waitForFunction(
        (offered) => {
          const list = document.querySelector('.choice-list:not([data-answered])');
          const shown = [...(list?.querySelectorAll('button.choice > span:not(.cost)') ?? [])].map((s) => s.textContent);
          if (shown.join('\n') !== offered.join('\n')) return false;
          list!.setAttribute('data-answered', '');
          return true;
        },
        step.offered,
        { timeout: 5_000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (!offeredThere) expect(await fresh.allTextContents(), `choice ${turn + 1}: the page offers what the engine did`).toEqual(step.offered);
    await page.keyboard.press(String(step.key));
  }
  await expect(page.getByRole('button', { name: 'Continue to the debrief' })).toBeFocused();
}

async function nextPhase(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Next: ${name}` }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeFocused();
}

/** Enter from the end of the encounter opens the debrief, at its first phase. */
async function openDebrief(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Enter');
  // The debrief's code loads only now; on a machine busy with both workers that has taken over 5 s.
  await expect(page.getByRole('heading', { level: 1, name: `Debrief: ${title}` })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 2, name: 'Reactions' })).toBeVisible();
}

/**
 * The most pivotal moment: the why line authored for the option the learner took there, its
 * concepts as links to their glossary entries, and no other option's numbers until the
 * learner has written a reflection.
 */
async function expectNewVoice(page: Page, path: EndingPath): Promise<void> {
  const moment = page.locator('.moment').first();
  await expect(moment).toBeVisible({ timeout: 60_000 });
  const heading = await moment.getByRole('heading', { level: 3 }).textContent();
  const chosen = path.steps[Number(/Choice (\d+) of/.exec(heading ?? '')?.[1]) - 1]?.chosen;
  expect(chosen, `the moment "${heading}" is a choice of the run`).toBeDefined();
  await expect(moment.locator(':scope > p').filter({ hasText: 'You chose:' })).toHaveText(`You chose: ${chosen!.text}`);
  await expect(moment.locator(':scope > .why')).toHaveText(chosen!.why);

  const concepts = moment.locator(':scope > .concepts a');
  expect(await concepts.count(), 'concepts linked from the moment').toBeGreaterThan(0);
  for (const link of await concepts.all()) {
    const target = await link.getAttribute('href');
    expect(target).toMatch(/^#concept-/);
    await expect(page.locator('.glossary').locator(target!)).toHaveText((await link.textContent())!);
  }

  const others = moment.locator('.alternatives-panel');
  await expect(others).toBeHidden();
  expect(await moment.innerText(), 'no signed numbers before the reflection').not.toMatch(/[+−]\d/);
  await moment.getByRole('textbox').fill('I decided without asking first.');
  await moment.getByRole('button', { name: 'Show what the other options would have done' }).click();
  await expect(others).toBeVisible();
  await expect(others.locator('.alternatives li').first()).toContainText(/[+−]\d|no change/);
}

/** Following the moment's first concept link shows its glossary entry, still in the analysis. */
async function expectConceptLinkFollowed(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Debrief phases' }).getByRole('button', { name: '3. Analysis' }).click();
  const link = page.locator('.moment').first().locator(':scope > .concepts a').first();
  const target = (await link.getAttribute('href'))!;
  await link.click();
  // Soft, so that a link that loses the learner's place is reported with the other endings still played.
  await expect.soft(page.locator(target), `the glossary entry ${target}, after following the link`).toBeInViewport();
}

/** The shortest ending: the room drawn, every debrief phase, the analysis's voice; axe on the encounter and each phase where `axe`. */
async function playClosely(page: Page, start: string, title: string, path: EndingPath, axe: boolean): Promise<void> {
  const debriefChecked = async (phase: string) => {
    if (axe) await expectNoViolations(page, phase);
  };
  await page.goto(start);
  await expect(page.locator('button.choice').first()).toBeFocused();
  await expect(page.locator('#stage')).toHaveAttribute('data-patient-mood', /.+/);
  await debriefChecked('encounter');
  await playPath(page, path);
  await openDebrief(page, title);
  await debriefChecked('reactions');
  await nextPhase(page, 'Description');
  await expectEnding(page, path);
  await debriefChecked('description');
  await nextPhase(page, 'Analysis');
  await expectNewVoice(page, path);
  await debriefChecked('analysis');
  await nextPhase(page, 'Summary');
  await expect(page.locator('.takeaways li').first()).toBeVisible();
  await debriefChecked('summary');
  await expectConceptLinkFollowed(page);
}

/** Any other ending: reached, debriefed, and named as itself. */
async function playLightly(page: Page, start: string, title: string, path: EndingPath): Promise<void> {
  await page.goto(start, { waitUntil: 'domcontentloaded' });
  await playPath(page, path);
  await openDebrief(page, title);
  await nextPhase(page, 'Description');
  await expectEnding(page, path);
}

async function expectEnding(page: Page, path: EndingPath): Promise<void> {
  await expect(page.locator('.phase:not([hidden]) .ending strong')).toHaveText(`${path.title}. `);
}

for (const id of SCENARIOS) {
  test(`${id}: every ending, played with the keyboard and debriefed`, async ({ page }) => {
    test.setTimeout(180_000);
    const { title, paths, unreached } = findEndingPaths(libraryBundle(id));
    expect.soft(unreached, 'endings no playthrough reached').toEqual([]);
    // Each run starts with nothing saved: a finished run would otherwise reopen its debrief.
    await page.addInitScript(() => localStorage.clear());
    const shortest = paths.reduce((a, b) => (b.steps.length < a.steps.length ? b : a));
    for (const [n, path] of [shortest, ...paths.filter((p) => p !== shortest)].entries()) {
      const start = `/?scenario=${id}&seed=${path.seed}`;
      await test.step(`${path.ending}: ${start}, keys ${path.steps.map((s) => s.key).join(' ')}`, async () => {
        if (n === 0) return playClosely(page, start, title, path, AXE_ON_DEBRIEF.includes(id));
        // Without the room and the analysis: they keep a core busy for nothing these runs check.
        if (n === 1) await Promise.all([withoutTheRoom(page), withoutTheAnalysis(page)]);
        return playLightly(page, start, title, path);
      });
    }
  });
}
