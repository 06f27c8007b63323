// A group debrief end to end: ten learners with seeded, varied runs of one scenario hand them
// over from their own browser contexts (results files, run codes, and QR codes shown to the
// facilitator's camera); the facilitator imports them with a corpus of broken and hostile
// inputs. The page must hold exactly the ten runs, count them as the runs' own logs say,
// refuse every bad item with its reason, render no markup from any of it, keep the session
// across a reload and empty it when cleared. The runs are played in Node, and each learner's
// page opens on theirs, finished: playing with the keys is the library spec's to check.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { Encounter } from '../../src/engine/encounter';
import { pointKey } from '../../src/engine/run-log';
import { runCodeOf } from '../../src/engine/run-code';
import type { LogEntry } from '../../src/engine/run-log';
import { libraryBundle } from '../story/play';
import { launchWithCamera, qrPicture, writePictureVideo } from './fake-camera';
import { countTables, expectNoViolations, openFinishedRun, playedWith, withoutTheAnalysis } from './helpers';
import { hostileInputs } from './hostile-inputs';

const SCENARIO = 'carlos';
const FACILITATOR = `/?facilitator=${SCENARIO}`;

interface Handover {
  nickname: string | null;
  /** How this learner hands the run over. */
  way: 'file' | 'code' | 'qr';
  file?: { name: string; content: Buffer };
  line?: string;
  picture?: Uint8Array;
}

interface Learner {
  seed: number;
  pick: (turn: number, options: number) => number;
  nickname: string | null;
  way: Handover['way'];
}

/** Learner i: their own seed (so the room meets varied patients), their own way of choosing. */
const LEARNERS: Learner[] = Array.from({ length: 10 }, (_, i) => ({
  seed: 301 + i * 1117,
  pick: (turn: number, options: number) => ((turn * (i + 2) + i * 3) % options) + 1,
  nickname: i % 3 === 0 ? `Learner ${i}` : null,
  way: i < 4 ? 'file' : i < 8 ? 'code' : 'qr',
}));


async function handOver(browser: Browser, baseURL: string, learner: Learner, run: Encounter): Promise<Handover> {
  const context = await browser.newContext({ baseURL });
  try {
    // The learner's own analysis is not what this test reads.
    await withoutTheAnalysis(context);
    const page = await context.newPage();
    await openFinishedRun(page, run);
    await page.getByRole('button', { name: /^4\. Summary/ }).click();
    const code = page.getByRole('textbox', { name: 'Run code' });
    if (learner.nickname) {
      await page.getByRole('textbox', { name: 'Nickname (optional)' }).fill(learner.nickname);
      await page.getByRole('textbox', { name: 'Nickname (optional)' }).press('Tab');
      await expect(code).toHaveValue(new RegExp(`~ ${learner.nickname}$`));
    }
    const handover: Handover = { nickname: learner.nickname, way: learner.way };
    if (learner.way === 'file') {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export results file' }).click();
      const file = await download;
      handover.file = { name: `${learner.seed}-${file.suggestedFilename()}`, content: Buffer.concat(await (await file.createReadStream()).toArray()) };
    } else if (learner.way === 'code') {
      handover.line = await code.inputValue();
    } else {
      handover.picture = await qrPicture(page.getByRole('img', { name: 'QR code of the run code' }));
    }
    return handover;
  } finally {
    await context.close();
  }
}

/** What the page must count: the runs' own logs and endings. */
function expectedOf(runs: readonly Encounter[]): { logs: LogEntry[][]; endings: (string | null)[] } {
  return { logs: runs.map((r) => [...r.log]), endings: runs.map((r) => r.ending) };
}

const runsCollected = (page: Page) => page.getByRole('status', { name: 'Runs collected' });

test('ten learners’ runs, handed over three ways with a corpus of hostile inputs, make exactly the group picture their logs say', async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(300_000);
  const bundle = libraryBundle(SCENARIO);
  const runs = LEARNERS.map((l) => playedWith(bundle, l.seed, l.pick));
  // The learners hand over at once, five at a time, as a room does.
  const handovers: Handover[] = [];
  for (let i = 0; i < LEARNERS.length; i += 5) handovers.push(...(await Promise.all(LEARNERS.slice(i, i + 5).map((l, j) => handOver(browser, baseURL!, l, runs[i + j]!)))));
  const expected = expectedOf(runs);
  const hostile = hostileInputs(bundle, libraryBundle('the-offer'), runs[0]!);

  const video = testInfo.outputPath('room.y4m');
  writePictureVideo(video, handovers.filter((h) => h.way === 'qr').map((h) => h.picture!));
  const camera = await launchWithCamera(video);
  try {
    const context = await camera.newContext({ baseURL, permissions: ['camera'] });
    const page = await context.newPage();
    await page.goto(FACILITATOR);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group debrief: Carlos');
    await expect(runsCollected(page)).toHaveText('No runs yet');

    // Files: the learners' results files, the hostile files, and one learner's file twice.
    const files = handovers.filter((h) => h.file).map((h) => h.file!);
    await page.getByLabel('Results or session files').setInputFiles([
      ...files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: f.content })),
      { name: 'again.json', mimeType: 'application/json', buffer: files[0]!.content },
      ...hostile.files.map((f) => ({ name: f.name, mimeType: f.name.endsWith('.txt') ? 'text/plain' : 'application/json', buffer: f.content })),
    ]);
    // Each file is read and each run replayed: on a busy machine that takes a few seconds.
    await expect(runsCollected(page)).toHaveText('4 runs', { timeout: 30_000 });
    await expect(page.locator('.import-summary')).toHaveText(/Added 4 runs\. 1 duplicate skipped\. \d+ items refused/);
    const fileReasons = hostile.files.flatMap((f) => f.reasons.map((reason) => ({ place: f.name, reason })));
    await expectRefusals(page, fileReasons);

    // Codes: the learners who read theirs out, with blank lines, odd spacing and one code twice.
    const lines = handovers.filter((h) => h.line).map((h) => h.line!);
    const pasted = [`  ${lines[0]!.toLowerCase()}  `, '', ...lines.slice(1), lines[1]!, ...hostile.lines.map((l) => l.text)].join('\n');
    await page.getByRole('textbox', { name: 'Run codes' }).fill(pasted);
    await page.getByRole('button', { name: 'Add these codes' }).click();
    await expect(runsCollected(page)).toHaveText('8 runs', { timeout: 30_000 });
    await expect(page.locator('.import-summary')).toHaveText(`Added 4 runs. 1 duplicate skipped. ${hostile.lines.length} items refused (below).`);
    await expectRefusals(page, hostile.lines.map((l, i) => ({ place: `Pasted line ${i + lines.length + 3}`, reason: l.reason })));
    // The refused lines stay in the box to be put right; the rest were taken.
    expect((await page.getByRole('textbox', { name: 'Run codes' }).inputValue()).split('\n')).toHaveLength(hostile.lines.length);

    // QR codes: the camera, one learner after the other, without reopening anything.
    const scan = page.getByRole('region', { name: 'Scan QR codes' });
    await scan.getByRole('button', { name: 'Start the camera' }).click();
    await expect(runsCollected(page)).toHaveText('10 runs', { timeout: 30_000 });
    await scan.getByRole('button', { name: 'Stop the camera' }).click();

    // Nothing from any input became markup.
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(await page.locator('img[src="x"], .facilitator script').count()).toBe(0);

    await expectPictureOf(page, expected);
    // Every nickname a learner chose names their path, and no run carries anything else.
    for (const h of handovers.filter((x) => x.nickname)) await expect(page.locator('.group-paths')).toContainText(h.nickname!);

    // The session survives a reload; the picture is rebuilt the same.
    await page.reload();
    await expect(runsCollected(page)).toHaveText('10 runs', { timeout: 30_000 });
    await expectPictureOf(page, expected);

    // Exported, it opens on another device with the same ten runs.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the session' }).click();
    const session = Buffer.concat(await (await (await download).createReadStream()).toArray());
    const other = await (await camera.newContext({ baseURL })).newPage();
    await other.goto(FACILITATOR);
    await other.getByLabel('Results or session files').setInputFiles({ name: 'session.json', mimeType: 'application/json', buffer: session });
    await expect(runsCollected(other)).toHaveText('10 runs', { timeout: 30_000 });
    await expectPictureOf(other, expected);

    // Clearing asks first; kept, nothing changes; cleared, nothing is left, after a reload too.
    await page.getByRole('button', { name: 'Clear the session' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Keep them' }).click();
    await expect(runsCollected(page)).toHaveText('10 runs');
    await page.getByRole('button', { name: 'Clear the session' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Clear the session' }).click();
    await expect(runsCollected(page)).toHaveText('No runs yet');
    await page.reload();
    await expect(runsCollected(page)).toHaveText('No runs yet');
    expect(await page.evaluate(() => localStorage.getItem('asymmetry:group:carlos'))).toBeNull();
  } finally {
    await camera.close();
  }
});

async function expectRefusals(page: Page, refusals: readonly { place: string; reason: RegExp }[]): Promise<void> {
  const items = page.getByRole('list', { name: 'Refused items' }).getByRole('listitem');
  await expect(items).toHaveCount(refusals.length);
  const texts = await items.allTextContents();
  for (const [i, { place, reason }] of refusals.entries()) {
    expect(texts[i], `refusal ${i + 1}`).toContain(place);
    expect(texts[i], `refusal ${i + 1} (${place})`).toMatch(reason);
  }
}

/** The endings and every choice point's counts on the page, as read there. */
async function shownPicture(page: Page): Promise<{ endings?: Record<string, number>; points: Record<string, Record<string, number>>; pointCount: number }> {
  const points = page.locator('article.choice-point');
  const keys = await points.evaluateAll((all) => all.map((a) => a.getAttribute('data-point')!));
  const counts = await countTables(points);
  const [endings] = await countTables(page.locator('.group-endings'));
  return { endings, points: Object.fromEntries(keys.map((key, i) => [key, counts[i]!])), pointCount: keys.length };
}

/** The endings and every choice point's counts on the page equal those worked out from the logs. */
async function expectPictureOf(page: Page, expected: { logs: LogEntry[][]; endings: (string | null)[] }): Promise<void> {
  const meta = libraryBundle(SCENARIO).meta;
  const endings = Object.fromEntries(meta.endings.map((e) => [e.title, expected.endings.filter((x) => x === e.id).length]));
  const points = new Map<string, Record<string, number>>();
  for (const log of expected.logs) {
    for (const entry of log) {
      if (entry.offered.length < 2) continue;
      const counts = points.get(pointKey(entry)) ?? Object.fromEntries(entry.offered.map((o) => [o.text, 0]));
      for (const o of entry.offered) counts[o.text] ??= 0;
      counts[entry.offered.find((o) => o.index === entry.chosen)!.text]! += 1;
      points.set(pointKey(entry), counts);
    }
  }
  await expect.poll(() => shownPicture(page)).toEqual({ endings, points: Object.fromEntries(points), pointCount: points.size });
}

// A session holding runs (the group picture, and a refused item) is checked at both sizes in facilitator-picture.spec.ts.
test('the facilitator’s scenario picker and an empty session have no WCAG 2.2 AA violations, at a laptop’s and a projector’s size', async ({ page }) => {
  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await page.goto('/?facilitator');
    await expect(page.getByRole('heading', { name: 'Which encounter did the room play?' })).toBeVisible();
    await expectNoViolations(page, `the scenario picker at ${size.width}×${size.height}`);
    await page.getByRole('button', { name: 'Open the group debrief of Carlos' }).click();
    await expect(runsCollected(page)).toBeVisible();
    await expectNoViolations(page, `an empty session at ${size.width}×${size.height}`);
  }
});

test('the room is invited by a QR code of the deep link, on one fixed seed or each their own', async ({ page }) => {
  await page.goto(FACILITATOR);
  const link = page.getByRole('textbox', { name: 'Link for learners' });
  await page.getByRole('spinbutton', { name: 'Seed' }).fill('4242');
  await expect(link).toHaveValue(/\?scenario=carlos&seed=4242$/);
  await expect(page.getByRole('img', { name: 'QR code of the link for learners' })).toBeVisible();
  await page.getByRole('radio', { name: /Each learner meets their own/ }).check();
  await expect(link).toHaveValue(/\?scenario=carlos$/);
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toBeDisabled();
  // The link opens the encounter itself, on the seed it names.
  await page.getByRole('radio', { name: 'Everyone meets the same patient' }).check();
  await page.goto(await link.inputValue());
  await expect(page.locator('.run-seed')).toHaveText('Seed 4242');
});

for (const { storage, blocked, says } of [
  { storage: 'off', blocked: '', says: 'not letting Asymmetry keep the session' },
  { storage: 'full', blocked: 'asymmetry:group:', says: 'could not be kept on this device (its storage is full)' },
]) {
  test(`with storage ${storage} the session still works, and says what it cannot keep`, async ({ page }) => {
    await page.addInitScript((prefix) => {
      // The page stores only in localStorage: its own setItem stands for the device's storage.
      const setItem = localStorage.setItem.bind(localStorage);
      Storage.prototype.setItem = (key: string, value: string) => {
        if (key.startsWith(prefix)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem(key, value);
      };
    }, blocked);
    const bundle = libraryBundle(SCENARIO);
    const run = Encounter.begin(bundle, 9);
    while (!run.ended) run.choose(run.choices[0]!.index);
    await page.goto(FACILITATOR);
    await page.getByRole('textbox', { name: 'Run codes' }).fill(runCodeOf(SCENARIO, bundle.storyVersion, run.summary()));
    await page.getByRole('button', { name: 'Add these codes' }).click();
    await expect(runsCollected(page)).toHaveText('1 run');
    await expect(page.getByRole('alert')).toContainText(says);
    await expect(page.locator('article.choice-point').first()).toBeVisible();
  });
}
