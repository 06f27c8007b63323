// The SCORM packages in an LMS, end to end in Chromium: each package is unzipped and served
// beside a test LMS page whose runtime is scorm-again's (tests/e2e/lms/); the unit its manifest
// launches runs in a frame of it. A learner plays half an encounter, the frame is closed and the
// unit opened again on a device that kept nothing (only the LMS knows where they were): it
// resumes at the same line, in the same run. Finishing marks it completed, with no score, and
// every choice of both sessions is an interaction in the LMS.
import { expect, test } from '@playwright/test';
import { decodeRunCode, type DecodedRunCode } from '../../src/engine/run-code';
import { readSuspendData } from '../../src/reporting/scorm/suspend-data';
import { SCENARIO } from './helpers';
import { scormLaunchOf, unpackPackage, type UnpackedPackage } from './lms/packages';
import { openScormHarness, type LmsState } from './lms/scorm-harness-page';
import type { CmiData } from './lms/scorm-lms.js';
import { serveStatic, type StaticServer } from './lms/static-server';
import { chooseIn, momentIn, playToEndIn } from './lms/unit-frame';

const EDITIONS = [
  { version: '1.2', kind: 'scorm12', core: (cmi: CmiData) => cmi.core as CmiData, status: 'lesson_status', response: 'student_response', finishedExit: '' },
  { version: '2004', kind: 'scorm2004', core: (cmi: CmiData) => cmi, status: 'completion_status', response: 'learner_response', finishedExit: 'normal' },
] as const;

/** Half an encounter (the scenario's runs take 16 to 23 choices). */
const FIRST_SESSION = [1, 2, 1, 3, 2, 1, 2];

/** The run the LMS keeps in suspend_data, decoded. */
function keptRun(state: LmsState): DecodedRunCode {
  const kept = readSuspendData((state.kept?.suspend_data as string | undefined) ?? '');
  expect(kept?.scenarioId, 'suspend_data holds this scenario’s run').toBe(SCENARIO);
  const decoded = decodeRunCode(kept!.runCode);
  if (!decoded.ok) throw new Error(`suspend_data's run code does not read: ${decoded.problem.kind}`);
  return decoded.value;
}

function interactions(state: LmsState): Record<string, string>[] {
  const held = (state.kept?.interactions ?? {}) as Record<string, Record<string, string>>;
  return Object.keys(held)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => held[k]!);
}

for (const edition of EDITIONS) {
  test.describe(`the SCORM ${edition.version} package in an LMS`, () => {
    let server: StaticServer;
    let unpacked: UnpackedPackage;
    let launch: string;

    test.beforeAll(async () => {
      test.setTimeout(120_000);
      unpacked = await unpackPackage(edition.kind);
      launch = scormLaunchOf(unpacked.manifest, SCENARIO);
      server = await serveStatic({ '/lms/': 'tests/e2e/lms', '/scorm-again/': 'node_modules/scorm-again/dist', '/course/': unpacked.dir });
    });
    test.afterAll(async () => {
      await server?.close();
      unpacked?.remove();
    });

    test('resumes half an encounter where the learner left it, completes it at the ending, and records every choice', async ({ page }) => {
      test.setTimeout(180_000);
      const lms = await openScormHarness(page, `${server.origin}/lms/scorm-harness.html`, edition.version);
      const { frame } = lms;
      await lms.open(`../course/${launch}`);
      await chooseIn(frame, FIRST_SESSION);
      const left = await momentIn(frame);
      const seed = await frame.locator('.run-seed').textContent();
      const firstSession = await lms.state();
      expect(firstSession.commits, 'a commit after every choice').toBe(FIRST_SESSION.length);
      expect(keptRun(firstSession).choices).toHaveLength(FIRST_SESSION.length);

      await lms.close();
      const suspended = await lms.state();
      expect(edition.core(suspended.kept!).exit, 'the unit suspended as its page went away').toBe('suspend');
      expect(edition.core(suspended.kept!)[edition.status]).toBe('incomplete');
      // As on another computer: the device keeps nothing, the LMS keeps the run.
      await page.evaluate(() => localStorage.clear());

      await lms.open(`../course/${launch}`);
      await expect(frame.locator('button.choice').first()).toBeVisible();
      expect(await momentIn(frame)).toEqual(left);
      await expect(frame.locator('.run-seed')).toHaveText(seed!);
      await expect(frame.locator('.notice')).toHaveCount(0);

      const more = await playToEndIn(frame, (turn, offered) => (turn % offered) + 1);
      const finished = await lms.state();
      const run = keptRun(finished);
      // The same run, gone on: its seed, the first session's choices, then the second's.
      expect(run.seed).toBe(keptRun(firstSession).seed);
      expect(run.choices.slice(0, FIRST_SESSION.length)).toEqual(keptRun(firstSession).choices);
      expect(run.choices).toHaveLength(FIRST_SESSION.length + more);
      expect(finished.commits).toBe(FIRST_SESSION.length + more + 1);
      expect(edition.core(finished.kept!)[edition.status]).toBe('completed');
      if (edition.version === '2004') expect(finished.kept!.success_status).toBe('unknown');
      expect(finished.sets.filter(([element]) => /score|success_status/.test(element))).toEqual([]);

      // Every choice an interaction, in order: the first session's kept as they were.
      const recorded = interactions(finished);
      expect(recorded).toHaveLength(run.choices.length);
      expect(recorded.slice(0, FIRST_SESSION.length)).toEqual(interactions(suspended));
      expect(new Set(recorded.map((i) => i.id)).size).toBe(recorded.length);
      expect(recorded.map((i) => i.type)).toEqual(run.choices.map(() => 'choice'));
      expect(recorded.map((i) => i[edition.response])).toEqual(run.choices.map((position) => 'abcdefghijklmnop'[position]));
      recorded.forEach((interaction, turn) => expect(interaction.id).toContain(`turn-${turn}`));

      await lms.close();
      expect(edition.core((await lms.state()).kept!).exit, 'a finished run ends the attempt').toBe(edition.finishedExit);
      expect(server.misses).toEqual([]);
    });

    // One edition is enough: the saves are kept apart by the page, not by the version's calls.
    if (edition.version === '1.2') {
      test('on a shared computer the next learner starts afresh, and the first finds their own run', async ({ page }) => {
        test.setTimeout(120_000);
        const lms = await openScormHarness(page, `${server.origin}/lms/scorm-harness.html`, edition.version);
        const { frame } = lms;
        await lms.open(`../course/${launch}`, 'alex');
        await chooseIn(frame, [1, 2, 1, 3]);
        const left = await momentIn(frame);
        await lms.close();

        // The device still holds Alex's save; Sam's first choice begins Sam's own run.
        await lms.open(`../course/${launch}`, 'sam');
        await chooseIn(frame, [2]);
        expect(keptRun(await lms.state('sam')).choices).toHaveLength(1);
        await lms.close();

        await lms.open(`../course/${launch}`, 'alex');
        await expect(frame.locator('button.choice').first()).toBeVisible();
        expect(await momentIn(frame)).toEqual(left);
        expect(keptRun(await lms.state('alex')).choices).toHaveLength(4);
      });
    }
  });
}
