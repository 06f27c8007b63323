// The group picture's views on the facilitator's page: the split points count what the room
// did as the runs' own logs say, projector mode steps with every key a keyboard or a
// presenter clicker sends and gives focus back, axe finds nothing on the page or on any slide
// at a laptop's and a projector's size, and printing gives only the session record, on one
// A4 page. The runs are played here with the engine, on their own seeds, and pasted as codes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { Encounter } from '../../src/engine/encounter';
import { pointKey } from '../../src/engine/run-log';
import { seededRandom } from '../../src/engine/random-play';
import { runCodeLine, runCodeOf } from '../../src/engine/run-code';
import type { ScenarioBundle } from '../../src/engine/scenario-bundle';
import { libraryBundle } from '../story/play';
import { countTables, expectNoViolations } from './helpers';

/** Chrome's default print margins, about a centimetre: what a facilitator printing the page gets. */
const DEFAULT_MARGINS = { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' };
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

interface Room {
  bundle: ScenarioBundle;
  runs: Encounter[];
  /** One line per run, as a learner hands it over; every third with a nickname. */
  lines: string[];
}

/** `count` runs of a scenario, each on its own seed, choosing at random (seeded) as a room might. */
function playRoom(scenario: string, count: number): Room {
  const bundle = libraryBundle(scenario);
  const random = seededRandom(count);
  const runs = Array.from({ length: count }, (_, i) => {
    const run = Encounter.begin(bundle, 500 + i * 211);
    while (!run.ended) run.choose(run.choices[Math.floor(random() * run.choices.length)]!.index);
    return run;
  });
  const lines = runs.map((run, i) => runCodeLine(runCodeOf(scenario, bundle.storyVersion, run.summary()), i % 3 === 0 ? `Learner ${i + 1}` : null));
  return { bundle, runs, lines };
}

const endingTitle = (room: Room, id: string | null) => room.bundle.meta.endings.find((e) => e.id === id)?.title ?? 'No ending reached';

/** Runs per ending title, every ending the scenario declares. */
function endingCounts(room: Room): Record<string, number> {
  return Object.fromEntries(room.bundle.meta.endings.map((e) => [e.title, room.runs.filter((r) => r.ending === e.id).length]));
}

/** At one choice point: how often each option offered there was taken, and where the runs that took it ended. */
function roomAt(room: Room, key: string): Record<string, { chosen: number; ended: Record<string, number> }> {
  const options: Record<string, { chosen: number; ended: Record<string, number> }> = {};
  for (const run of room.runs) {
    const taken = new Set<string>();
    for (const entry of run.log.filter((e) => pointKey(e) === key)) {
      for (const o of entry.offered) options[o.text] ??= { chosen: 0, ended: {} };
      const text = entry.offered.find((o) => o.index === entry.chosen)!.text;
      options[text]!.chosen++;
      taken.add(text);
    }
    for (const text of taken) {
      const ended = options[text]!.ended;
      ended[endingTitle(room, run.ending)] = (ended[endingTitle(room, run.ending)] ?? 0) + 1;
    }
  }
  return options;
}

/** A split point's table of what the room did: per option, the count and the endings listed as "Title (n), …". */
async function shownRoom(table: Locator): Promise<Record<string, { chosen: number; ended: Record<string, number> }>> {
  const shown: Record<string, { chosen: number; ended: Record<string, number> }> = {};
  for (const row of await table.locator('tbody tr').all()) {
    const endedText = (await row.locator('td').nth(2).textContent())!;
    const ended = Object.fromEntries([...endedText.matchAll(/(.+?) \((\d+)\)(?:, |$)/g)].map((m) => [m[1]!, Number(m[2])]));
    shown[(await row.locator('th').textContent())!.trim()] = { chosen: Number(await row.locator('td.count .number').textContent()), ended };
  }
  return shown;
}

/** Pastes the room's codes, and any `refused` lines after them, into the facilitator's page. */
async function collect(page: Page, scenario: string, room: Room, refused: readonly string[] = []): Promise<void> {
  await page.goto(`/?facilitator=${scenario}`);
  await page.getByRole('textbox', { name: 'Run codes' }).fill([...room.lines, ...refused].join('\n'));
  await page.getByRole('button', { name: 'Add these codes' }).click();
  await expect(page.getByRole('status', { name: 'Runs collected' })).toHaveText(`${room.runs.length} runs`, { timeout: 30_000 });
  // The split points are worked out in the background; the pivotal moves arrive with them.
  await expect(page.locator('.group-pivotal table')).toBeVisible({ timeout: 90_000 });
}

test('the split points say what the room did as the runs’ logs do, with the guide beside them', async ({ page }) => {
  test.setTimeout(180_000);
  const room = playRoom('carlos', 10);
  // With a line refused, so that axe (below) looks at the list of refused items too.
  await collect(page, 'carlos', room, ['not a code!']);
  await expect(page.getByRole('list', { name: 'Refused items' }).getByRole('listitem')).toHaveCount(1);
  await expect.poll(async () => (await countTables(page.locator('.group-endings table')))[0]).toEqual(endingCounts(room));

  const splits = page.locator('article.split-point');
  expect(await splits.count()).toBeGreaterThan(0);
  for (const split of await splits.all()) {
    const key = (await split.getAttribute('data-point'))!;
    const expected = roomAt(room, key);
    expect(Object.keys(expected).length, `split point ${key} is a point the runs met`).toBeGreaterThan(1);
    expect(await shownRoom(split.locator('table').first()), key).toEqual(expected);
    // The same point in the list of every choice point counts the same.
    expect((await countTables(page.locator(`article.choice-point[data-point="${key}"] table`)))[0]).toEqual(Object.fromEntries(Object.entries(expected).map(([text, o]) => [text, o.chosen])));
    // Every option offered there is played out, taken or not.
    await expect(split.locator('.split-options > li')).toHaveCount(Object.keys(expected).length);
  }
  // Carlos's guide has key moments: at least one split point has the guide's part beside it.
  await expect(page.locator('article.split-point .split-beside').first()).toContainText('Questions to ask');

  // Nicknames name their runs in the table of paths.
  await page.getByText('Each run’s start, end and ending, as a table').click();
  const paths = page.locator('.paths-table tbody tr');
  await expect(paths).toHaveCount(room.runs.length);
  await expect(paths.nth(0).locator('th')).toHaveText('Learner 1');
  await expect(paths.nth(1).locator('th')).toHaveText('Run 2');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expectNoViolations(page, `the group picture at ${size.width}×${size.height}`);
  }
});

test('projector mode steps with keys and buttons, one idea a slide, and gives focus back', async ({ page }) => {
  test.setTimeout(180_000);
  const room = playRoom('carlos', 10);
  await page.setViewportSize(SIZES[0]!);
  await collect(page, 'carlos', room);
  const splitCount = await page.locator('article.split-point').count();
  // Title, endings, paths, one per split point, disclosures, pivotal moves.
  const total = splitCount + 5;

  const opener = page.getByRole('button', { name: 'Projector mode' });
  await opener.click();
  const projector = page.getByRole('dialog', { name: 'Projector mode: Carlos' });
  await expect(projector).toBeVisible();
  const counter = projector.locator('.projector-counter');
  await expect(counter).toHaveAttribute('aria-live', 'polite');
  const heading = projector.getByRole('heading', { level: 2 });
  const at = async (n: number, title?: string | RegExp) => {
    await expect(counter).toContainText(`Slide ${n} of ${total}`);
    if (title) await expect(heading).toHaveText(title);
  };
  await at(1, 'Carlos');
  await expect(projector).toContainText('10 runs');

  const steps: [string, number, (string | RegExp)?][] = [
    ['ArrowRight', 2, 'Endings'],
    [' ', 3, 'Paths across trust and autonomy'],
    ['PageDown', 4, new RegExp(`^Split point 1 of ${splitCount}: choice point \\d+$`)],
    ['ArrowUp', 3],
    ['ArrowDown', 4],
    ['PageUp', 3],
    ['Backspace', 2],
    ['Enter', 3],
    ['ArrowLeft', 2],
    ['End', total, 'Moves most often pivotal'],
    ['ArrowRight', total],
    ['Home', 1],
    ['ArrowLeft', 1],
    ['3', 3, 'Paths across trust and autonomy'],
    ['2', 2, 'Endings'],
  ];
  for (const [key, n, title] of steps) {
    await page.keyboard.press(key);
    await at(n, title);
  }
  // The endings slide counts as the logs do.
  expect(await countTables(projector.locator('.group-table'))).toEqual([endingCounts(room)]);
  await page.keyboard.press(String(total - 1));
  await at(total - 1, 'Disclosures');

  // The buttons step too; a button's own Enter or Space presses it once, not twice.
  await projector.getByRole('button', { name: 'Previous' }).click();
  await at(total - 2, new RegExp(`^Split point ${splitCount} of ${splitCount}`));
  const next = projector.getByRole('button', { name: 'Next' });
  await next.focus();
  await page.keyboard.press('Space');
  await at(total - 1);
  await page.keyboard.press('Enter');
  await at(total);
  await expect(next).toBeDisabled();
  // With Next disabled at the end, the keys still reach the dialog.
  await page.keyboard.press('Home');
  await at(1);

  // Full screen, where the browser allows it, and back.
  const fullScreen = projector.getByRole('button', { name: 'Full screen' });
  await fullScreen.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('HTML');
  await projector.getByRole('button', { name: 'Leave full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

  await page.keyboard.press('Escape');
  await expect(projector).toHaveCount(0);
  await expect(opener).toBeFocused();

  // Motion: a slide fades in, unless the system asks for less motion.
  const animation = async () => {
    await opener.click();
    const name = await page.locator('dialog.projector .slide').evaluate((slide) => getComputedStyle(slide).animationName);
    await page.keyboard.press('Escape');
    return name;
  };
  // The suite runs with reduced motion (playwright.config.ts); this page asks for none.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await animation()).toBe('slide-in');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await animation()).toBe('none');
});

test('projector mode has no WCAG 2.2 AA violations on any slide, at a laptop’s and a projector’s size', async ({ page }) => {
  test.setTimeout(240_000);
  // Each slide settles at once rather than fading in (the motion is checked above): axe waits for it.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const room = playRoom('carlos', 10);
  await collect(page, 'carlos', room);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.getByRole('button', { name: 'Projector mode' }).click();
    const counter = page.locator('dialog.projector .projector-counter');
    const total = Number((await counter.textContent())!.match(/of (\d+)/)![1]);
    for (let n = 1; n <= total; n++) {
      await expect(counter).toContainText(`Slide ${n} of ${total}`);
      // The whole page with the dialog open once; then the dialog, the only part a slide changes.
      await expectNoViolations(page, `slide ${n} at ${size.width}×${size.height}`, n === 1 ? undefined : 'dialog.projector');
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
  }
});

test('printing gives only the session record, on one A4 page', async ({ page }) => {
  test.setTimeout(180_000);
  const room = playRoom('carlos', 10);
  await collect(page, 'carlos', room);
  // The button asks the browser to print; the print itself is the browser's.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Print a summary' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  const record = page.locator('.session-record');
  await expect(record).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(record).toBeVisible();
  await expect(record.getByRole('heading', { level: 1 })).toHaveText('Group debrief: Carlos');
  await expect(record.locator('.record-facts')).toContainText('10 runs');
  for (const hidden of ['.topbar', '.group-picture', '.facilitator > h1']) await expect(page.locator(hidden)).toBeHidden();
  await expect(page.locator('button:visible')).toHaveCount(0);
  expect(await countTables(record.locator('.record-part').filter({ hasText: 'Endings' }).locator('table'))).toEqual([endingCounts(room)]);
  const made = Object.fromEntries((room.bundle.meta.disclosures ?? []).map((d) => [d.label, room.runs.filter((r) => r.log.some((e) => e.disclosed.includes(d.id))).length]));
  expect(await countTables(record.locator('.record-part').filter({ hasText: 'Disclosures' }).locator('table'))).toEqual([made]);
  await expect(record.locator('.record-splits > li')).toHaveCount(3);
  await expectOnePage(page);
});

test('the record of the longest session (30 runs of the scenario with the most to say) still fits one page', async ({ page }) => {
  test.setTimeout(240_000);
  await collect(page, 'the-assessment', playRoom('the-assessment', 30));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.session-record .record-splits > li')).toHaveCount(3);
  await expectOnePage(page);
});

async function expectOnePage(page: Page): Promise<void> {
  const pdf = (await page.pdf({ format: 'A4', margin: DEFAULT_MARGINS })).toString('latin1');
  // Page objects, not the /Pages tree that holds them.
  expect(pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)).toHaveLength(1);
}
