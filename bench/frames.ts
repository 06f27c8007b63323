// Smoothness: frames slower than 16.7 ms and long tasks (over 50 ms) during a scripted
// playthrough of the deep-linked scenario, beside the same figures for the idle menu, in the
// same Chromium. Uses the game build made by the load-time benchmark.
import { chromium, type Page } from '@playwright/test';
import { benchPaths } from './builds';
import { serveStatic } from './static-server';

export interface FrameStats {
  seconds: number;
  frames: number;
  slowFrames: number;
  longTasks: number;
  longTaskMs: number;
}

const FRAME_BUDGET_MS = 1000 / 60;

/**
 * Counts every frame and long task from page start; read back with collect(). A string, not
 * a function: tsx's transform adds helpers to functions that do not exist inside the page.
 */
const INSTRUMENT = `
  window.__frames = [];
  window.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  const tick = (now) => { window.__frames.push(now - last); last = now; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
`;

async function collect(page: Page, seconds: number): Promise<FrameStats> {
  const { frames, long } = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __long: number[] };
    const result = { frames: w.__frames.slice(1), long: w.__long.slice() };
    w.__frames.length = 0;
    w.__long.length = 0;
    return result;
  });
  return {
    seconds,
    frames: frames.length,
    slowFrames: frames.filter((d) => d > FRAME_BUDGET_MS + 1).length,
    longTasks: long.length,
    longTaskMs: long.reduce((a, b) => a + b, 0),
  };
}

export async function framesBenchmark(root: string, scenario: string, chromiumPath: string): Promise<{ idle: FrameStats; play: FrameStats }> {
  const server = await serveStatic(benchPaths(root).game);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(INSTRUMENT);

    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(1000);
    await collect(page, 0);
    await page.waitForTimeout(5000);
    const idle = await collect(page, 5);

    const started = Date.now();
    await page.goto(`${server.url}?scenario=${encodeURIComponent(scenario)}`);
    await page.locator('#stage canvas').waitFor();
    const end = page.getByRole('button', { name: 'Continue to the debrief' });
    for (let turn = 0; turn < 60 && !(await end.isVisible()); turn++) {
      await page.keyboard.press(String((turn % 2) + 1));
      await page.waitForTimeout(400);
    }
    await end.click();
    await page.getByRole('button', { name: '3. Analysis' }).click();
    await page.locator('.moment').first().waitFor({ timeout: 60_000 });
    const play = await collect(page, (Date.now() - started) / 1000);
    return { idle, play };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function formatFrames(result: { idle: FrameStats; play: FrameStats }): string {
  const row = (name: string, s: FrameStats) =>
    `  ${name.padEnd(40)} ${s.seconds.toFixed(1).padStart(5)} s  ${String(s.frames).padStart(5)} frames  ${String(s.slowFrames).padStart(4)} slow (${((100 * s.slowFrames) / Math.max(1, s.frames)).toFixed(1)}%)  ${String(s.longTasks).padStart(3)} long tasks, ${s.longTaskMs.toFixed(0)} ms`;
  return ['Frames (slow = over 16.7 ms; long task = over 50 ms), 1280×720', row('idle menu', result.idle), row('scripted playthrough to the analysis', result.play)].join('\n');
}
