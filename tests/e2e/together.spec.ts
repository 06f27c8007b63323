// Playing together (issue 13): the facilitator plays an encounter on the projector with the
// room and reveals what each option leads to before choosing. What the reveal says is checked
// against the engine, played in Node from the seed the page shows, and against what then
// happens on the page; the run reaches the normal debrief, and this device's own game of the
// scenario is left exactly as it was.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { Encounter } from '../../src/engine/encounter';
import { stakesOf } from '../../src/engine/stakes';
import { signed } from '../../src/ui/debrief-text';
import { libraryBundle } from '../story/play';
import { expectNoViolations, playFirst, playToEnd, readSave, withoutTheRoom } from './helpers';

const SCENARIO = 'carlos';
const TOGETHER = `/?facilitator=${SCENARIO}&together`;
const REVEAL = 'Show what each option leads to';
const HIDE = 'Hide what each option leads to';
const bundle = libraryBundle(SCENARIO);
const stakes = stakesOf(bundle.meta);

test.use({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
// What the room sees drawn is the scene spec's; these look at the options and what they lead to.
test.beforeEach(({ page }) => withoutTheRoom(page));

/** Starts this device's own game of the scenario (one choice made) and returns its save. */
async function startOwnGame(page: Page): Promise<string> {
  await page.goto(`/?scenario=${SCENARIO}`);
  await playFirst(page, [1]);
  const own = await readSave(page, SCENARIO);
  expect(own, 'the device has its own game of the scenario').not.toBeNull();
  return own!;
}

async function openTogether(page: Page): Promise<number> {
  await page.goto(TOGETHER);
  await expect(page.locator('.encounter.together')).toBeVisible();
  await expect(page.getByText('Played together with the room: this run is not saved on this device.')).toBeVisible();
  return shownSeed(page);
}

async function shownSeed(page: Page): Promise<number> {
  const seed = /^Seed (\d+)$/.exec((await page.locator('.run-seed').textContent()) ?? '');
  expect(seed, 'the encounter header shows the run’s seed').not.toBeNull();
  return Number(seed![1]);
}

/** The options on screen, each with the outcome revealed under it (if any). */
function options(page: Page): Locator {
  return page.locator('.choice-list > li');
}

/** The revealed lines of an option, as the page quotes them: “…” “…”. */
async function revealedLines(option: Locator): Promise<string[]> {
  const quoted = (await option.locator('.outcome-lines').textContent()) ?? '';
  return [...quoted.matchAll(/“([^”]*)”/g)].map((m) => m[1]!);
}

/** Trust and autonomy as practice mode shows them on the page: what did happen. */
async function meters(page: Page): Promise<Record<string, number>> {
  const labels = await page.locator('.practice-meters label').allTextContents();
  return Object.fromEntries(labels.map((l) => /^(\S+) (-?\d+)$/.exec(l)!).map((m) => [m[1]!.toLowerCase(), Number(m[2])]));
}

async function turnOnPracticeMode(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Practice mode').check();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}

/** The change in every stake that choosing each option makes, played in Node from the same state. */
function expectedOutcomes(at: Encounter): { text: string; stakes: Record<string, string>; lines: string[] }[] {
  return at.choices.map((choice) => {
    const trial = Encounter.restore(bundle, at.snapshot());
    const before = trial.variables;
    const step = trial.choose(choice.index);
    const after = trial.variables;
    return {
      text: choice.text,
      stakes: Object.fromEntries(stakes.map((s) => [s.name, `${s.label} ${signed((after[s.name] ?? 0) - (before[s.name] ?? 0))}`])),
      lines: step.lines.map((l) => l.text).filter((t) => t.length > 0),
    };
  });
}

/** Each option's revealed outcome says what the engine does, and is read with its option. */
async function expectRevealMatches(page: Page, at: Encounter): Promise<void> {
  const expected = expectedOutcomes(at);
  await expect(options(page)).toHaveCount(expected.length);
  for (const [position, want] of expected.entries()) {
    const option = options(page).nth(position);
    await expect(option.locator('button.choice > span:not(.cost)')).toHaveText(want.text);
    for (const stake of stakes) await expect(option.locator(`[data-stake="${stake.name}"]`)).toHaveText(want.stakes[stake.name]!);
    expect(await revealedLines(option), `option ${position + 1}: the first lines that follow`).toEqual(want.lines.slice(0, 2));
    await expect(option.getByRole('button')).toHaveAccessibleDescription(new RegExp(escapeRegExp(want.stakes.trust!)));
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the reveal says exactly what each option leads to; the run is debriefed and the device’s own game is untouched', async ({ page }) => {
  test.setTimeout(120_000);
  // Practice mode shows trust and autonomy as they change: what then happens, to hold the reveal to.
  await page.goto('/');
  await turnOnPracticeMode(page);
  const own = await startOwnGame(page);
  const seed = await openTogether(page);

  // The same run in Node: the seed the page shows, then the choices the page makes.
  const engine = Encounter.begin(bundle, seed);
  await expect(page.getByRole('button', { name: REVEAL })).toBeVisible();
  await expect(page.locator('.option-outcome')).toHaveCount(0);
  await page.getByRole('button', { name: REVEAL }).click();
  await expect(page.locator('.option-outcome')).toHaveCount(engine.choices.length);
  await expect(page.getByRole('status').filter({ hasText: 'What each option leads to is shown under it.' })).toBeAttached();
  await expectRevealMatches(page, engine);
  await expectNoViolations(page, 'together, reveal open');

  // Chosen with a number key, as always: the lines the reveal promised are the lines on screen.
  const key = 2;
  const promised = await revealedLines(options(page).nth(key - 1));
  const chosen = engine.choices[key - 1]!;
  await page.keyboard.press(String(key));
  engine.choose(chosen.index);
  await expect(page.locator('.option-outcome')).toHaveCount(0);
  await expect(page.getByRole('button', { name: REVEAL })).toHaveAttribute('aria-expanded', 'false');
  const onScreen = page.locator('.lines .line');
  await expect(onScreen.first()).toBeVisible();
  const shown = (await onScreen.allTextContents()).join('\n');
  for (const line of promised) expect(shown).toContain(line);

  // Revealed again with R, for the new options: worked out afresh, from where the run now is.
  await page.keyboard.press('r');
  await expect(page.getByRole('button', { name: HIDE })).toBeVisible();
  await expectRevealMatches(page, engine);
  await page.keyboard.press('r');
  await expect(page.locator('.option-outcome')).toHaveCount(0);

  // To the end, revealing at every choice: what the reveal said of the option taken is what
  // then happens on the page, ending included.
  const end = page.getByRole('button', { name: 'Continue to the debrief' });
  let endingPromised: string | null = null;
  for (let turn = 0; turn < 80 && !(await end.isVisible()); turn++) {
    await page.keyboard.press('r');
    const option = options(page).first();
    await expect(option.locator('.option-outcome')).toBeVisible();
    const said: Record<string, string | null> = {};
    for (const name of ['trust', 'autonomy']) said[name] = await option.locator(`[data-stake="${name}"]`).textContent();
    endingPromised = (await option.locator('.outcome-ending').count()) ? await option.locator('.outcome-ending').textContent() : null;
    const before = await meters(page);
    const lines = await page.locator('.lines').textContent();
    await page.keyboard.press('1');
    await expect.poll(async () => (await page.locator('.lines').textContent()) !== lines).toBe(true);
    const after = await meters(page);
    for (const stake of stakes.filter((s) => s.name in said)) {
      expect(said[stake.name], `choice ${turn + 2}: ${stake.name}`).toBe(`${stake.label} ${signed(after[stake.name]! - before[stake.name]!)}`);
    }
    expect(await end.isVisible(), `choice ${turn + 2}: the reveal said whether it ends there`).toBe(endingPromised !== null);
  }
  await expect(end).toBeFocused();
  expect(endingPromised, 'the last option taken was revealed to end the encounter').not.toBeNull();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief: Carlos' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Next: Description' }).click();
  const ending = (await page.locator('.phase:not([hidden]) .ending strong').textContent())!.replace(/\.\s*$/, '');
  expect(endingPromised).toBe(`The encounter ends here: ${ending}.`);
  expect(await readSave(page, SCENARIO), 'the device’s own game of the scenario').toBe(own);
});

test('playing again from a together debrief starts another together run, still apart from the device’s own game', async ({ page }) => {
  const own = await startOwnGame(page);
  await openTogether(page);
  await playToEnd(page);
  await page.getByRole('button', { name: 'Continue to the debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief: Carlos' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('navigation', { name: 'Debrief phases' }).getByRole('button', { name: '4. Summary' }).click();
  await page.getByRole('button', { name: 'Play again from the start' }).click();
  await expect(page.locator('.encounter.together')).toBeVisible();
  await expect(page.getByRole('button', { name: REVEAL })).toBeVisible();
  expect(new URL(page.url()).search).toBe(TOGETHER.slice(1));
  await playFirst(page, [1]);
  expect(await readSave(page, SCENARIO), 'the device’s own game of the scenario').toBe(own);
});

test('replaying a together run from a choice plays on together, still apart from the device’s own game', async ({ page }) => {
  const own = await startOwnGame(page);
  await openTogether(page);
  await playToEnd(page, (turn) => [1, 2][turn] ?? 1);
  await page.getByRole('button', { name: 'Continue to the debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief: Carlos' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('navigation', { name: 'Debrief phases' }).getByRole('button', { name: '3. Analysis' }).click();
  await page.locator('.moment').first().getByRole('button', { name: /Replay from choice/ }).click({ timeout: 30_000 });
  await expect(page.locator('.encounter.together')).toBeVisible();
  await expect(page.getByRole('button', { name: REVEAL })).toBeVisible();
  await playFirst(page, [1]);
  expect(await readSave(page, SCENARIO), 'the device’s own game of the scenario').toBe(own);
});
