// Load-time benchmark (issue 3, item 7; aims of issue 15, item 1): time from navigation start
// to the 'first-choice' performance mark for the deep-linked scenario, game against the
// baseline ink player, in the same Chromium run; the gzip size of the JavaScript loaded before
// that mark; and of all the game's JavaScript. Absolute times on shared machines are noise:
// the ratio of medians is the figure to read.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { benchPaths, chunkKinds, type ChosenStory, type ChunkKind } from './builds';
import { CHROMIUM_ARGS } from './chromium';
import { serveStatic, type StaticServer } from './static-server';

export interface LoadTimeOptions {
  root: string;
  /** The scenario both players were built for (see `prepareBuilds`). */
  story: ChosenStory;
  /** Timed loads per player (a discarded warm-up load comes on top). */
  loads: number;
  chromiumPath: string;
  log?: (message: string) => void;
}

export interface SizedFile {
  /** Path relative to the served directory. */
  file: string;
  gzipBytes: number;
  kind: ChunkKind;
}

export interface PlayerResult {
  url: string;
  timesMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** JS whose response ended before the mark, on the first timed load. */
  jsBeforeFirstChoice: SizedFile[];
  jsBeforeFirstChoiceGzip: number;
  /** The same without compiled stories: the code (the baseline fetches its story as JSON). */
  codeBeforeFirstChoiceGzip: number;
  /** Every file (document, JS, CSS, JSON, images...) fetched before the mark, gzipped. */
  allBeforeFirstChoiceGzip: number;
  /** True if some load fetched a different set of JS before the mark than the first one. */
  jsSetVaried: boolean;
}

export interface LoadTimeResult {
  scenario: string;
  loads: number;
  game: PlayerResult;
  baseline: PlayerResult;
  /** median(game) / median(baseline). */
  ratio: number;
  /** Every .js file in each build, including the game's chunks loaded after the first choice, gzipped. */
  gameJs: Record<ChunkKind, number> & { all: number };
  baselineJsGzip: number;
}

/** The aims of issue 15: the figure each must not exceed. */
export const AIMS = {
  /** The game's first choice no later than 1.2x the baseline's, in every run. */
  loadRatio: 1.2,
  jsBeforeFirstChoiceKb: 80,
  allJsKb: 450,
  allJsStretchKb: 300,
};
const FIRST_CHOICE_TIMEOUT_MS = 30_000;

interface ResourceEntry {
  name: string;
  responseEnd: number;
}

interface LoadSample {
  firstChoiceMs: number;
  resources: ResourceEntry[];
}

export async function loadTimeBenchmark(options: LoadTimeOptions): Promise<LoadTimeResult> {
  const log = options.log ?? (() => undefined);
  const paths = benchPaths(options.root);
  const { story } = options;

  const servers: StaticServer[] = [];
  let browser: Browser | null = null;
  try {
    const gameServer = await serveStatic(paths.game);
    servers.push(gameServer);
    const baselineServer = await serveStatic(paths.baseline);
    servers.push(baselineServer);
    const gameUrl = `${gameServer.url}?scenario=${encodeURIComponent(story.id)}`;
    const baselineUrl = baselineServer.url;

    browser = await chromium.launch({ executablePath: options.chromiumPath, args: CHROMIUM_ARGS });
    // One discarded load each: the first navigation in a new browser pays one-off start-up costs.
    log('warming up…');
    await timeLoad(browser, gameUrl);
    await timeLoad(browser, baselineUrl);

    const gameSamples: LoadSample[] = [];
    const baselineSamples: LoadSample[] = [];
    for (let i = 0; i < options.loads; i++) {
      log(`load ${i + 1}/${options.loads}…`);
      // Interleaved, alternating which goes first, so drift in machine load hits both alike.
      if (i % 2 === 0) {
        gameSamples.push(await timeLoad(browser, gameUrl));
        baselineSamples.push(await timeLoad(browser, baselineUrl));
      } else {
        baselineSamples.push(await timeLoad(browser, baselineUrl));
        gameSamples.push(await timeLoad(browser, gameUrl));
      }
    }

    const gameKind = chunkKinds(paths.game);
    const game = summarise(gameUrl, paths.game, gameSamples, gameKind);
    const baseline = summarise(baselineUrl, paths.baseline, baselineSamples, () => 'code');
    const gameJs = { all: 0, story: 0, guide: 0, room: 0, code: 0 };
    for (const file of listFiles(paths.game).filter(isJs)) {
      const bytes = gzipSize(path.join(paths.game, file));
      gameJs.all += bytes;
      gameJs[gameKind(file)] += bytes;
    }
    return {
      scenario: story.id,
      loads: options.loads,
      game,
      baseline,
      ratio: game.medianMs / baseline.medianMs,
      gameJs,
      baselineJsGzip: listFiles(paths.baseline)
        .filter(isJs)
        .reduce((sum, file) => sum + gzipSize(path.join(paths.baseline, file)), 0),
    };
  } finally {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}

/** One fresh load in a new context (empty cache, no storage): time to the mark and resources. */
async function timeLoad(browser: Browser, url: string): Promise<LoadSample> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => performance.getEntriesByName('first-choice').length > 0, undefined, {
        timeout: FIRST_CHOICE_TIMEOUT_MS,
      });
    } catch {
      const detail = problems.length ? `\n${problems.map((p) => '  ' + p).join('\n')}` : ' (no page errors)';
      throw new Error(`${url}: no 'first-choice' performance mark within ${FIRST_CHOICE_TIMEOUT_MS / 1000} s${detail}`);
    }
    return await page.evaluate((): LoadSample => {
      // startTime is relative to the time origin, i.e. navigation start.
      const mark = performance.getEntriesByName('first-choice')[0];
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        firstChoiceMs: mark ? mark.startTime : Number.NaN,
        resources: resources.map((r) => ({ name: r.name, responseEnd: r.responseEnd })),
      };
    });
  } finally {
    await context.close();
  }
}

function summarise(url: string, dir: string, samples: LoadSample[], kindOf: (file: string) => ChunkKind): PlayerResult {
  const times = samples.map((s) => s.firstChoiceMs);
  const first = samples[0];
  if (!first) throw new Error('no samples: the number of loads must be at least 1');
  const before = (sample: LoadSample) =>
    sample.resources.filter((r) => r.responseEnd <= sample.firstChoiceMs).map((r) => servedFile(dir, r.name));
  const jsSet = (sample: LoadSample) => before(sample).filter(isJs).sort().join('\n');
  const js = before(first)
    .filter(isJs)
    .sort()
    .map((file) => ({ file, gzipBytes: gzipSize(path.join(dir, file)), kind: kindOf(file) }));
  // The document itself is not a resource-timing entry; it always precedes the mark.
  const all = [...new Set([servedFile(dir, url), ...before(first)])];
  return {
    url,
    timesMs: times,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    jsBeforeFirstChoice: js,
    jsBeforeFirstChoiceGzip: js.reduce((sum, f) => sum + f.gzipBytes, 0),
    codeBeforeFirstChoiceGzip: js.filter((f) => f.kind !== 'story').reduce((sum, f) => sum + f.gzipBytes, 0),
    allBeforeFirstChoiceGzip: all.reduce((sum, file) => sum + gzipSize(path.join(dir, file)), 0),
    jsSetVaried: samples.some((s) => jsSet(s) !== jsSet(first)),
  };
}

/** Maps a served URL back to its file, relative to the served directory. */
function servedFile(dir: string, url: string): string {
  let pathname = decodeURIComponent(new URL(url).pathname);
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = pathname.replace(/^\/+/, '');
  if (!fs.existsSync(path.join(dir, file))) throw new Error(`the page loaded ${url}, which is not in ${dir}`);
  return file;
}

function isJs(file: string): boolean {
  return /\.m?js$/.test(file);
}

const gzipCache = new Map<string, number>();
/** What the file would weigh over the wire with gzip -9 (the servers here send it raw). */
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 ? hi : ((sorted[mid - 1] ?? Number.NaN) + hi) / 2;
}

/** One aim: the figure, against its reference in the same run, against the aim. */
function aimRow(what: string, figure: string, reference: string, aim: string, met: boolean): string {
  return `  ${what.padEnd(32)} ${figure.padStart(9)}  ${reference.padEnd(32)} aim ${aim.padEnd(24)} ${met ? 'met' : 'not met'}`;
}

/** A plain-text report: figures, and each aim of issue 15 met or not. */
export function formatLoadTime(result: LoadTimeResult): string {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const { game, baseline } = result;
  const rows: [string, string, string][] = [
    ['', 'game', 'baseline'],
    ['first choice, median', ms(game.medianMs), ms(baseline.medianMs)],
    ['first choice, min', ms(game.minMs), ms(baseline.minMs)],
    ['first choice, max', ms(game.maxMs), ms(baseline.maxMs)],
    ['JS before first choice (gzip)', kb(game.jsBeforeFirstChoiceGzip), kb(baseline.jsBeforeFirstChoiceGzip)],
    ['all files before first choice (gzip)', kb(game.allBeforeFirstChoiceGzip), kb(baseline.allBeforeFirstChoiceGzip)],
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c as 0 | 1 | 2].length)));
  const table = rows.map(([a, b, c]) => `  ${a.padEnd(widths[0] ?? 0)}  ${b.padStart(widths[1] ?? 0)}  ${c.padStart(widths[2] ?? 0)}`);
  const files = (r: PlayerResult) =>
    r.jsBeforeFirstChoice.map((f) => `    ${f.file}  ${kb(f.gzipBytes)}${f.kind === 'story' ? '  (compiled story)' : ''}`);
  const times = (n: number) => `${n.toFixed(2)}x`;
  const { gameJs } = result;
  const code = game.codeBeforeFirstChoiceGzip;
  const lines = [
    `Load time: scenario "${result.scenario}", ${result.loads} fresh loads each (interleaved, after one warm-up), same Chromium`,
    ...table,
    '',
    '  Aims (issue 15, item 1); the reference is the baseline player in this run',
    aimRow('first choice via deep link', times(result.ratio), `baseline ${ms(baseline.medianMs)} (medians)`, `<= ${AIMS.loadRatio}x`, result.ratio <= AIMS.loadRatio),
    aimRow('JS before first choice (code)', kb(code), `${times(code / baseline.jsBeforeFirstChoiceGzip)} baseline's ${kb(baseline.jsBeforeFirstChoiceGzip)}`, `<= ${AIMS.jsBeforeFirstChoiceKb} KB`, code <= AIMS.jsBeforeFirstChoiceKb * 1024),
    aimRow('all JS, every chunk', kb(gameJs.all), `${times(gameJs.all / result.baselineJsGzip)} baseline's ${kb(result.baselineJsGzip)}`, `<= ${AIMS.allJsKb} KB (stretch ${AIMS.allJsStretchKb})`, gameJs.all <= AIMS.allJsKb * 1024),
    `    of which: code ${kb(gameJs.code + gameJs.room)} (the room ${kb(gameJs.room)}), compiled stories ${kb(gameJs.story)}, facilitator guides ${kb(gameJs.guide)}`,
    `    stretch aim (<= ${AIMS.allJsStretchKb} KB): ${gameJs.all <= AIMS.allJsStretchKb * 1024 ? 'met' : 'not met'}`,
    '',
    '  game JS before first choice:',
    ...files(game),
    '  baseline JS before first choice (its story arrives as story.json, not JS):',
    ...files(baseline),
    `  game times:     ${game.timesMs.map((t) => t.toFixed(0)).join(' ')} ms`,
    `  baseline times: ${baseline.timesMs.map((t) => t.toFixed(0)).join(' ')} ms`,
  ];
  for (const [name, r] of [['game', game], ['baseline', baseline]] as const) {
    if (r.jsSetVaried) lines.push(`  note: the ${name}'s set of JS before the first choice varied between loads; sizes are from the first load.`);
  }
  return lines.join('\n');
}
