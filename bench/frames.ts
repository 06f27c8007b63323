// Smoothness: frames slower than 16.7 ms and long tasks (over 50 ms) during a scripted
// playthrough of the deep-linked scenario, and in the second after each change of setting
// (issue 15, item 1), beside the same figures for the idle menu, in the same Chromium. Uses
// the game build made by the load-time benchmark.
import { chromium, type Page } from '@playwright/test';
import { benchPaths } from './builds';
import { CHROMIUM_ARGS } from './chromium';
import { serveStatic } from './static-server';

export interface FrameStats {
  seconds: number;
  frames: number;
  slowFrames: number;
  longestFrameMs: number;
  longTasks: number;
  longTaskMs: number;
}

export interface FramesResult {
  idle: FrameStats;
  play: FrameStats;
  /** The frames within SETTING_WINDOW_MS after each change of setting during the playthrough. */
  settingChanges: number;
  settingChange: FrameStats;
}

const FRAME_BUDGET_MS = 1000 / 60;
/** A change of setting redraws the backdrop and brings the people in again; this covers it. */
const SETTING_WINDOW_MS = 1000;
/** The aim during a change of setting: no long task, and no more than this share of frames slow. */
export const SETTING_CHANGE_SLOW_AIM = 0.05;

/**
 * Counts every frame and long task from page start, and when the room changes setting (the
 * stage mirrors what it drew on #stage's data-setting); read back with collect(). A string,
 * not a function: tsx's transform adds helpers to functions that do not exist inside the page.
 */
const INSTRUMENT = `
  window.__frames = [];
  window.__long = [];
  window.__settings = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  new MutationObserver((records) => {
    for (const r of records) if (r.target.id === 'stage' && r.oldValue && r.oldValue !== r.target.dataset.setting) window.__settings.push(performance.now());
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-setting'], attributeOldValue: true });
  let last = performance.now();
  const tick = (now) => { window.__frames.push([now, now - last]); last = now; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
`;

/** [when, duration]: a frame's end, or a long task's start. */
type Timed = [number, number];

interface Recorded {
  frames: Timed[];
  long: Timed[];
  settings: number[];
}

async function collect(page: Page): Promise<Recorded> {
  return page.evaluate(() => {
    const w = window as unknown as { __frames: Timed[]; __long: Timed[]; __settings: number[] };
    const result = { frames: w.__frames.slice(1), long: w.__long.slice(), settings: w.__settings.slice() };
    w.__frames.length = 0;
    w.__long.length = 0;
    w.__settings.length = 0;
    return result;
  });
}

function stats({ frames, long }: Pick<Recorded, 'frames' | 'long'>, seconds: number): FrameStats {
  const durations = frames.map(([, d]) => d);
  return {
    seconds,
    frames: frames.length,
    slowFrames: durations.filter((d) => d > FRAME_BUDGET_MS + 1).length,
    longestFrameMs: Math.max(0, ...durations),
    longTasks: long.length,
    longTaskMs: long.reduce((a, [, d]) => a + d, 0),
  };
}

/** The frames ending, and the long tasks starting, within the window after each change. */
function afterChanges(recorded: Recorded): FrameStats {
  const within = ([when]: Timed) => recorded.settings.some((at) => when >= at && when < at + SETTING_WINDOW_MS);
  return stats({ frames: recorded.frames.filter(within), long: recorded.long.filter(within) }, (recorded.settings.length * SETTING_WINDOW_MS) / 1000);
}

export async function framesBenchmark(root: string, scenario: string, chromiumPath: string): Promise<FramesResult> {
  const server = await serveStatic(benchPaths(root).game);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(INSTRUMENT);

    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(1000);
    await collect(page);
    await page.waitForTimeout(5000);
    const idle = stats(await collect(page), 5);

    const started = Date.now();
    await page.goto(`${server.url}?scenario=${encodeURIComponent(scenario)}`);
    await page.locator('#stage canvas').waitFor();
    const end = page.getByRole('button', { name: 'Continue to the debrief' });
    for (let turn = 0; turn < 60 && !(await end.isVisible()); turn++) {
      await page.keyboard.press(String((turn % 2) + 1));
      await page.waitForTimeout(400);
    }
    // The last change of setting may come with the last line: its window ends before the debrief.
    await page.waitForTimeout(SETTING_WINDOW_MS);
    await end.click();
    await page.getByRole('button', { name: '3. Analysis' }).click();
    await page.locator('.moment').first().waitFor({ timeout: 60_000 });
    const recorded = await collect(page);
    return { idle, play: stats(recorded, (Date.now() - started) / 1000), settingChanges: recorded.settings.length, settingChange: afterChanges(recorded) };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function formatFrames(result: FramesResult): string {
  const share = (s: FrameStats) => s.slowFrames / Math.max(1, s.frames);
  const row = (name: string, s: FrameStats) =>
    `  ${name.padEnd(40)} ${s.seconds.toFixed(1).padStart(5)} s  ${String(s.frames).padStart(5)} frames  ${String(s.slowFrames).padStart(4)} slow (${(100 * share(s)).toFixed(1)}%), longest ${s.longestFrameMs.toFixed(0)} ms  ${String(s.longTasks).padStart(3)} long tasks, ${s.longTaskMs.toFixed(0)} ms`;
  const change = result.settingChange;
  const met = result.settingChanges > 0 && change.longTasks === 0 && share(change) <= SETTING_CHANGE_SLOW_AIM;
  return [
    'Frames (slow = over 16.7 ms; long task = over 50 ms), 1280×720',
    row('idle menu', result.idle),
    row('scripted playthrough to the analysis', result.play),
    row(`${SETTING_WINDOW_MS / 1000} s after each of ${result.settingChanges} changes of setting`, change),
    result.settingChanges === 0
      ? '  the playthrough met no change of setting: nothing to judge'
      : `  changes of setting: ${(100 * share(change)).toFixed(1)}% slow frames against ${(100 * share(result.idle)).toFixed(1)}% on the idle menu (ratio ${share(result.idle) > 0 ? `${(share(change) / share(result.idle)).toFixed(1)}x` : 'none on the menu'}), ${change.longTasks} long tasks   (aim: no long task, <= ${100 * SETTING_CHANGE_SLOW_AIM}% slow): ${met ? 'met' : 'not met'}`,
  ].join('\n');
}
