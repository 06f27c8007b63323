// Driving the test LMS's page (scorm-harness.html) from a test: open the unit in its frame,
// close it, and read what the LMS holds.
import type { FrameLocator, Page } from '@playwright/test';
import type { CmiData, ScormVersion } from './scorm-lms.js';

export interface LmsState {
  kept: CmiData | null;
  commits: number;
  sets: [element: string, value: string][];
  launches: number;
}

interface HarnessWindow {
  testLms: { open(href: string, learner?: string): void; close(): void; state(learner?: string): LmsState };
}

export interface ScormHarness {
  /** The unit's frame, once opened. */
  frame: FrameLocator;
  /** Opens the unit at `href` (relative to the harness page) in a new session, for a learner (by LMS id) or the default one. */
  open(href: string, learner?: string): Promise<void>;
  /** Closes the unit's frame: its page goes away, as when the learner closes the LMS's player. */
  close(): Promise<void>;
  state(learner?: string): Promise<LmsState>;
}

/** Loads the harness page served at `url` (…/scorm-harness.html) for a SCORM version. */
export async function openScormHarness(page: Page, url: string, version: ScormVersion): Promise<ScormHarness> {
  await page.goto(`${url}?version=${version}`);
  await page.waitForFunction(() => 'testLms' in window);
  return {
    frame: page.frameLocator('iframe[title="Course unit"]'),
    open: (href, learner) => page.evaluate(([h, l]) => (window as unknown as HarnessWindow).testLms.open(h, l), [href, learner] as const),
    close: () => page.evaluate(() => (window as unknown as HarnessWindow).testLms.close()),
    state: (learner) => page.evaluate((l) => (window as unknown as HarnessWindow).testLms.state(l), learner),
  };
}
