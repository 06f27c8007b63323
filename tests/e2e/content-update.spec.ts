// A content update of the built site does not strand a run part-way through. The suite's build
// is served, a learner plays part of two scenarios, then a second real build is served on the
// same origin in its place (localStorage stays with the origin): one of its scenarios reworded
// and given extra lines, which keeps the learner's path, the other without an option the learner
// took. The first run carries on in the new words; the second says what changed and its old save
// can still be downloaded, and is kept when the learner starts again.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { STORY_DIR_ENV } from '../../build/vite-plugin-ink';
import { Encounter } from '../../src/engine/encounter';
import { libraryBundle } from '../story/play';
import { REWORDED, editedStoryDir, rewordLines, withoutOption } from '../story/story-edits';
import { expectNoViolations, playFirst, readSave, withoutTheAnalysis, withoutTheRoom } from './helpers';
import { serveStatic, type StaticServer } from './lms/static-server';

// Service workers stay blocked, as in every spec but the offline and update ones: only the
// content update is under test here, and the worker's own update (its prompt) is update.spec.ts's.
// One after the other in one worker: one second build, one server.
test.describe.configure({ mode: 'default' });

const KEPT = { id: 'carlos', title: 'Carlos', seed: 4821, keys: [1, 2, 1] };
const GONE = { id: 'twelve-seconds', title: 'Twelve seconds', seed: 1234 };

/** The runs the learner makes, played here first with the engine: what they see, and which option to take away. */
const kept = Encounter.begin(libraryBundle(KEPT.id), KEPT.seed);
for (const key of KEPT.keys) kept.choose(kept.choices[key - 1]!.index);
const gone = Encounter.begin(libraryBundle(GONE.id), GONE.seed);
const inkOf = (id: string) => fs.readFileSync(path.join('story', 'scenarios', id, 'main.ink'), 'utf8');
// The learner takes the first option each time, up to the second choice whose option can be taken away.
let goneTurn = -1;
while (goneTurn < 0 && !gone.ended) {
  const option = gone.choices[0]!;
  if (gone.log.length > 0 && gone.choices.length > 1 && withoutOption(inkOf(GONE.id), option.text) && !gone.log.some((e) => e.offered.some((c) => c.text === option.text))) goneTurn = gone.log.length;
  gone.choose(option.index);
}
const goneChoice = gone.log[goneTurn]!.offered[0]!.text;

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'asymmetry-content-update-'));
const updatedDist = path.join(temp, 'dist');
const site: Record<string, string> = { '/': process.env.E2E_DIST ?? 'dist' };
let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const storyDir = path.join(temp, 'story');
  editedStoryDir(storyDir, KEPT.id, (ink) => rewordLines(ink, kept.transcript.map((l) => l.text)).ink);
  const goneInk = path.join(storyDir, 'scenarios', GONE.id, 'main.ink');
  fs.writeFileSync(goneInk, withoutOption(fs.readFileSync(goneInk, 'utf8'), goneChoice)!);
  execFileSync('npx', ['vite', 'build', '--outDir', updatedDist, '--emptyOutDir', '--logLevel', 'error'], { env: { ...process.env, [STORY_DIR_ENV]: storyDir }, stdio: 'inherit' });
  // serveStatic reads its mounts on every request: changing `site` swaps the build under the same origin.
  server = await serveStatic(site);
});
test.afterAll(async () => {
  await server.close();
  fs.rmSync(temp, { recursive: true, force: true });
});

test.beforeEach(async ({ page }) => {
  site['/'] = process.env.E2E_DIST ?? 'dist';
  await withoutTheRoom(page);
  await withoutTheAnalysis(page);
});

/** Plays the keys of a run of `id` on the build served now, and returns its autosave. */
async function playPart(page: Page, id: string, seed: number, keys: number[]): Promise<string> {
  await page.goto(`${server.origin}/?scenario=${id}&seed=${seed}`);
  await playFirst(page, keys);
  const save = await readSave(page, id);
  expect(save, 'the run is saved').not.toBeNull();
  return save!;
}

/** Serves the updated build in place of the first, and opens the menu from it. */
async function update(page: Page): Promise<void> {
  site['/'] = updatedDist;
  await page.goto(`${server.origin}/`);
}

test('a run part-way through carries on in the updated scenario, where its path is still there', async ({ page }) => {
  const before = await playPart(page, KEPT.id, KEPT.seed, KEPT.keys);
  const choices = await page.locator('button.choice').allTextContents();
  await update(page);
  await page.getByRole('button', { name: `Continue ${KEPT.title}` }).click();

  // The run is there in the new words, at the same moment, with the same options, and the learner is told why the words changed.
  await expect(page.getByRole('alert')).toHaveText(/updated since you last played it\. Your run carries on in the new version/);
  await expect(page.locator('.lines')).toContainText(REWORDED.trim());
  await expect(page.locator('button.choice')).toHaveText(choices);
  await playFirst(page, [1]);
  const after = JSON.parse((await readSave(page, KEPT.id))!) as { storyVersion: string; encounter: { log: { chosen: number }[] } };
  const earlier = JSON.parse(before) as typeof after;
  expect(after.storyVersion, 'saved on the new version').not.toBe(earlier.storyVersion);
  expect(after.encounter.log.map((e) => e.chosen)).toEqual([...earlier.encounter.log.map((e) => e.chosen), 0]);
  expect(server.misses).toEqual([]);
});

test('a run whose option was taken away is told what changed, and its old save can still be downloaded and is kept', async ({ page }) => {
  const before = await playPart(page, GONE.id, GONE.seed, Array<number>(goneTurn + 1).fill(1));
  await update(page);
  await page.getByRole('button', { name: `Continue ${GONE.title}` }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Your saved game of “${GONE.title}” can't be resumed`);
  await expect(page.getByRole('alert')).toHaveText(
    `This scenario has been updated since you played this run, and the option you took at your choice ${goneTurn + 1}, “${goneChoice}”, is no longer offered, so the run cannot go on in the new version.`,
  );
  await expectNoViolations(page, 'the save problem after an update');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the saved game' }).click();
  expect(fs.readFileSync(await (await download).path(), 'utf8'), 'the old save, as it was').toBe(before);

  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.locator('button.choice').first()).toBeVisible();
  const keptSaves = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => localStorage.getItem(k)), `asymmetry:kept:${GONE.id}:`);
  expect(keptSaves).toEqual([before]);
});
