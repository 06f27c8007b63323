// Memory over a session (issue 15, item 1): the page's JS heap, after a forced garbage
// collection, back on the menu after each of three encounters played in a row in one page
// (start, play to the end, the debrief with its analysis, back to the scenarios). The first
// encounter pays one-off costs (code, the room, the story); what follows it must not grow.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { benchPaths } from './builds';
import { CHROMIUM_ARGS } from './chromium';
import { linesSettled } from './play';
import { serveStatic } from './static-server';

const ENCOUNTERS = 3;
/** The aim: no growth that scales with encounters; a tenth of the first encounter's heap is noise room. */
export const HEAP_GROWTH_AIM = 1.1;
const MAX_CHOICES = 80;

export interface HeapResult {
  scenario: string;
  /** Used JS heap in bytes on the menu before any encounter, then after each one. */
  menuBytes: number;
  afterBytes: number[];
  /** After the last encounter / after the first. */
  ratio: number;
  aim: number;
  /** Canvases alive in the page's heap after the last encounter, in the document or not. */
  canvases: number;
  /** Rooms (an encounter's `#stage`, where its Phaser game drew) still alive after the last encounter: a game kept alive keeps its room. */
  rooms: number;
}

async function usedHeap(cdp: CDPSession): Promise<number> {
  // Twice: objects freed by the first collection's finalisers go in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * Objects alive in the page's heap with the given prototype (an expression) that pass `test`
 * (a function's source), attached to the document or not.
 */
async function liveObjects(cdp: CDPSession, prototype: string, test = '() => true'): Promise<number> {
  const objectGroup = 'live-objects';
  try {
    const { result: proto } = await cdp.send('Runtime.evaluate', { expression: prototype, objectGroup });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId!, objectGroup });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId!, functionDeclaration: `function () { return this.filter(${test}).length; }`, returnByValue: true });
    return Number(result.value);
  } finally {
    // Found objects are held by the session until released.
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  }
}

/** From the menu: (re)start the scenario, play it to its end, read its analysis, go back. */
async function playEncounter(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^(Start|Restart) ${title}`) }).click();
  await page.locator('#stage canvas').waitFor();
  const end = page.getByRole('button', { name: 'Continue to the debrief' });
  for (let turn = 0; turn < MAX_CHOICES && !(await end.isVisible()); turn++) {
    await linesSettled(page);
    await page.keyboard.press(String((turn % 2) + 1));
  }
  await end.click();
  await page.getByRole('button', { name: '3. Analysis' }).click();
  await page.locator('.moment').first().waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: '4. Summary' }).click();
  await page.getByRole('button', { name: 'Back to scenarios' }).click();
  await page.getByRole('button', { name: new RegExp(`^Restart ${title}`) }).waitFor();
}

export async function heapBenchmark(root: string, scenario: string, chromiumPath: string): Promise<HeapResult> {
  const { title } = JSON.parse(fs.readFileSync(path.join(root, 'story', 'scenarios', scenario, 'meta.json'), 'utf8')) as { title: string };
  const server = await serveStatic(benchPaths(root).game);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(server.url);
    await page.getByRole('button', { name: `Start ${title}`, exact: true }).waitFor();
    const menuBytes = await usedHeap(cdp);
    const afterBytes: number[] = [];
    for (let i = 0; i < ENCOUNTERS; i++) {
      await playEncounter(page, title);
      afterBytes.push(await usedHeap(cdp));
    }
    const first = afterBytes[0] ?? Number.NaN;
    const last = afterBytes[afterBytes.length - 1] ?? Number.NaN;
    const canvases = await liveObjects(cdp, 'HTMLCanvasElement.prototype');
    const rooms = await liveObjects(cdp, 'HTMLDivElement.prototype', '(div) => div.id === "stage"');
    return { scenario, menuBytes, afterBytes, ratio: last / first, aim: HEAP_GROWTH_AIM, canvases, rooms };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function formatHeap(result: HeapResult): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const first = result.afterBytes[0] ?? Number.NaN;
  const perEncounter = ((result.afterBytes[result.afterBytes.length - 1] ?? Number.NaN) - first) / Math.max(1, result.afterBytes.length - 1);
  return [
    `JS heap after garbage collection, on the menu, "${result.scenario}" played ${result.afterBytes.length} times in a row in one page (to the end, its analysis, back)`,
    `  before any encounter: ${mb(result.menuBytes)}`,
    ...result.afterBytes.map((bytes, i) => `  after encounter ${i + 1}: ${mb(bytes)}`),
    `  ratio after ${result.afterBytes.length} / after 1: ${result.ratio.toFixed(2)}x, ${mb(perEncounter)} more per encounter   (aim: <= ${result.aim}x, no growth with encounters): ${result.ratio <= result.aim ? 'met' : 'not met'}`,
    `  canvases alive in the heap, in the page or not: ${result.canvases}`,
    `  rooms of encounters left still alive in the heap (each holds its game): ${result.rooms}`,
  ].join('\n');
}
