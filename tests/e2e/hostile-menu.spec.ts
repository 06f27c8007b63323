// The hostile corpus (tests/fixtures/hostile) where the learner's own page meets it: results
// files opened from the menu, and stored settings found when the page opens. Each is said in
// words, shown as text (never markup), and leaves what the device kept as it was.
import { expect, test, type Page } from '@playwright/test';
import { corpus } from '../fixtures/hostile/corpus';
import { Encounter } from '../../src/engine/encounter';
import { makeResults } from '../../src/engine/results';
import { runCodeOf } from '../../src/engine/run-code';
import { finish, libraryBundle } from '../story/play';
import { SCENARIO, START, playFirst, withoutTheRoom } from './helpers';

test.beforeEach(({ page }) => withoutTheRoom(page));

const cases = new Map(corpus().map((c) => [c.file, c]));
const kept = (page: Page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key !== 'asymmetry:settings')));
const injected = (page: Page) => page.evaluate(() => (window as { __injected?: unknown }).__injected);

async function open(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel(/An exported results file/).setInputFiles({ name, mimeType: 'application/json', buffer });
}

test('results files opened from the menu: a stitched or relabelled one is called put together, markup stays text or is found altered, another version is said to be one, and the save is kept', async ({ page }) => {
  await page.goto(START);
  await playFirst(page, [1]);
  await page.goto('/');
  const before = await kept(page);
  expect(Object.keys(before)).toContain(`asymmetry:save:${SCENARIO}`);

  await open(page, 'results-stitched.json', cases.get('results-stitched.json')!.content);
  await expect(page.getByRole('alert')).toHaveText(
    '“results-stitched.json” was not opened. This results file is damaged (its run is of a different scenario or version from the one it names: it was altered, or put together from more than one file). The run code in the debrief’s summary holds the same run: use that instead.',
  );

  await open(page, 'results-markup-everywhere.json', cases.get('results-markup-everywhere.json')!.content);
  await expect(page.getByRole('alert')).toHaveText('“results-markup-everywhere.json” is for a scenario this version of Asymmetry does not have (“<script>window.__injected = true</script>”).');
  await expect(page.locator('script:not([src])')).toHaveCount(0);

  for (const file of ['results-truncated.json', 'results-nickname-bidi.json', 'results-schema-string.json']) {
    await open(page, file, cases.get(file)!.content);
    await expect(page.getByRole('alert')).toContainText(`“${file}” was not opened. This results file`);
    await expect(page.getByRole('alert')).toContainText(cases.get(file)!.says[0]!);
  }

  // Another scenario's file relabelled as this one: put together, not "an earlier version".
  const bundle = libraryBundle(SCENARIO);
  const offer = libraryBundle('the-offer');
  const offerRun = finish(Encounter.begin(offer, 3)).summary();
  const relabelled = { ...makeResults({ scenarioId: offer.meta.id, scenarioTitle: offer.meta.title, storyVersion: offer.storyVersion, run: offerRun, nickname: null, practice: false, now: new Date() }), scenarioId: SCENARIO, scenarioTitle: bundle.meta.title };
  await open(page, 'relabelled.json', Buffer.from(JSON.stringify(relabelled)));
  await expect(page.getByRole('alert')).toContainText('“relabelled.json” was not opened. This results file is damaged (its run is of a different scenario or version from the one it names');

  // A real run of this scenario made with another version of it: opened, and said to be one.
  const run = finish(Encounter.begin(bundle, 5)).summary();
  // Of this version, with markup put into its log: altered, and not opened.
  const marked = makeResults({ scenarioId: SCENARIO, scenarioTitle: bundle.meta.title, storyVersion: bundle.storyVersion, run, nickname: null, practice: false, now: new Date() });
  marked.log[0]!.offered[0]!.text = '<img src=x onerror="window.__injected = true">';
  await open(page, 'marked.json', Buffer.from(JSON.stringify(marked)));
  await expect(page.getByRole('alert')).toContainText('“marked.json” was not opened. This results file is damaged (its account of the run differs from what the story does with its choices: it was altered)');
  const other = { ...makeResults({ scenarioId: SCENARIO, scenarioTitle: bundle.meta.title, storyVersion: 'another-version', run, nickname: null, practice: false, now: new Date() }), code: runCodeOf(SCENARIO, 'another-version', run) };
  await open(page, 'other-version.json', Buffer.from(JSON.stringify(other)));
  await expect(page.getByRole('heading', { level: 1, name: `Debrief: ${bundle.meta.title}` })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('This results file was made with another version of this scenario');
  await expect(page.getByRole('alert')).not.toContainText('earlier');

  expect(await injected(page)).toBeUndefined();
  expect(await kept(page)).toEqual(before);
});

for (const c of corpus().filter((c) => c.reads === 'settings')) {
  test(`stored settings ${c.file}: the page opens with what was good in them, and leaves them as they were`, async ({ page }) => {
    const raw = c.content.toString('utf8');
    await page.addInitScript((text) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem('asymmetry:settings', text);
      sessionStorage.setItem('seeded', '1');
    }, raw);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-font', (c.keeps.font as string | undefined) ?? 'default');
    await expect(page.locator('html')).toHaveAttribute('data-practice', String((c.keeps.practice as boolean | undefined) ?? false));
    expect(await injected(page)).toBeUndefined();
    expect(await page.evaluate(() => localStorage.getItem('asymmetry:settings'))).toBe(raw);
  });
}
