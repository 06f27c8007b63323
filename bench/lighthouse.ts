// Lighthouse (issue 15, item 6): accessibility and performance scores of the production build,
// on the menu and on a deep-linked encounter, beside the baseline ink player scored the same
// way in the same Chromium. Lighthouse's default settings: a mid-range phone on a slow 4G link,
// its load simulated from the trace, so the score is of the page more than of this machine.
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { chromium } from '@playwright/test';
import { benchPaths } from './builds';
import { CHROMIUM_ARGS } from './chromium';
import { serveStatic } from './static-server';

/** The aims from the issue, as Lighthouse shows scores (0–100). */
export const LIGHTHOUSE_AIMS = { accessibility: 100, performance: 95 } as const;
type Category = keyof typeof LIGHTHOUSE_AIMS;
const CATEGORIES = Object.keys(LIGHTHOUSE_AIMS) as Category[];
/** Lighthouse drives the browser through its debugging port; one of this bench's own ports. */
const DEBUGGING_PORT = 4450;

export interface AuditShortfall {
  id: string;
  title: string;
  /** 0–100, as Lighthouse shows it. */
  score: number;
  displayValue?: string;
}

/** A long task of the page's main thread, as Lighthouse saw it (times in the simulated, slowed-down load). */
export interface LongTask {
  /** The script Lighthouse blames, relative to the page; "(page)" for work it gives no script. */
  script: string;
  startMs: number;
  durationMs: number;
}

export interface PageScores {
  name: string;
  url: string;
  scores: Record<Category, number>;
  /** The scored audits that fell short, for each category below its aim. */
  shortfalls: Record<Category, AuditShortfall[]>;
  /** Where the blocking time comes from, when performance fell short: the longest tasks. */
  longTasks: LongTask[];
  warnings: string[];
}

const LONG_TASKS_SHOWN = 6;

function longTasksOf(url: string, lhr: Result): LongTask[] {
  const details = lhr.audits['long-tasks']?.details;
  if (details?.type !== 'table') return [];
  return details.items
    .map((item) => ({
      script: typeof item.url !== 'string' ? '(page)' : item.url.startsWith(url) ? item.url.slice(url.length) || '(page)' : item.url,
      startMs: Number(item.startTime),
      durationMs: Number(item.duration),
    }))
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, LONG_TASKS_SHOWN);
}

export interface LighthouseResult {
  version: string;
  /** Lighthouse's measure of this machine's speed when it ran (a typical desktop scores 1000 or more). */
  benchmarkIndex: number;
  pages: PageScores[];
  baseline: PageScores;
}

function pageScores(name: string, url: string, lhr: Result): PageScores {
  const scores = {} as Record<Category, number>;
  const shortfalls = {} as Record<Category, AuditShortfall[]>;
  for (const category of CATEGORIES) {
    const { score, auditRefs } = lhr.categories[category] ?? { score: null, auditRefs: [] };
    scores[category] = Math.round((score ?? 0) * 100);
    // Only audits that count towards the score, and below a full score (performance metrics
    // are graded on a curve, accessibility audits pass or fail).
    shortfalls[category] =
      scores[category] >= LIGHTHOUSE_AIMS[category]
        ? []
        : auditRefs
            .filter((ref) => ref.weight > 0)
            .flatMap((ref) => {
              const audit = lhr.audits[ref.id];
              if (!audit || audit.score === null || audit.score >= 0.9) return [];
              return [{ id: ref.id, title: audit.title, score: Math.round(audit.score * 100), displayValue: audit.displayValue }];
            });
  }
  const longTasks = scores.performance >= LIGHTHOUSE_AIMS.performance ? [] : longTasksOf(new URL('./', url).href, lhr);
  return { name, url, scores, shortfalls, longTasks, warnings: lhr.runWarnings };
}

export async function lighthouseBenchmark(root: string, scenario: string, chromiumPath: string): Promise<LighthouseResult> {
  const paths = benchPaths(root);
  // Compressed, as any host would send the files: Lighthouse's simulated slow link weighs what arrives.
  const gameServer = await serveStatic(paths.game, { gzip: true });
  const baselineServer = await serveStatic(paths.baseline, { gzip: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUGGING_PORT}`] });
  try {
    let version = '';
    let benchmarkIndex = Number.NaN;
    const score = async (name: string, url: string): Promise<PageScores> => {
      const result = await lighthouse(url, { port: DEBUGGING_PORT, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse could not score ${url}: ${result.lhr.runtimeError.message}`);
      version = result.lhr.lighthouseVersion;
      benchmarkIndex = Math.min(result.lhr.environment.benchmarkIndex, Number.isNaN(benchmarkIndex) ? Infinity : benchmarkIndex);
      return pageScores(name, url, result.lhr);
    };
    const pages = [
      await score('menu', gameServer.url),
      await score(`encounter (?scenario=${scenario})`, `${gameServer.url}?scenario=${encodeURIComponent(scenario)}`),
    ];
    const baseline = await score('baseline ink player', baselineServer.url);
    return { version, benchmarkIndex, pages, baseline };
  } finally {
    await browser.close();
    await Promise.all([gameServer.close(), baselineServer.close()]);
  }
}

export function formatLighthouse(result: LighthouseResult): string {
  const verdict = (category: Category, value: number) => `${value}${value >= LIGHTHOUSE_AIMS[category] ? ' met' : ' not met'}`;
  const row = (page: PageScores, judged: boolean) =>
    `  ${page.name.padEnd(40)} ${CATEGORIES.map((c) => `${c} ${judged ? verdict(c, page.scores[c]) : String(page.scores[c])}`.padEnd(24)).join(' ')}`;
  const lines = [
    `Lighthouse ${result.version} (mobile defaults, simulated slow 4G; aims: accessibility ${LIGHTHOUSE_AIMS.accessibility}, performance ≥ ${LIGHTHOUSE_AIMS.performance}), production build`,
    ...result.pages.map((page) => row(page, true)),
    row(result.baseline, false) + '  (reference)',
  ];
  for (const page of result.pages) {
    for (const category of CATEGORIES) {
      const shortfalls = page.shortfalls[category];
      if (shortfalls.length === 0) continue;
      lines.push(`  ${page.name}, ${category} below aim:`);
      for (const s of shortfalls) lines.push(`    ${s.id} (${s.score}): ${s.title}${s.displayValue ? `, ${s.displayValue}` : ''}`);
    }
    if (page.longTasks.length) {
      lines.push(`  ${page.name}, its longest tasks (simulated):`);
      for (const t of page.longTasks) lines.push(`    ${t.durationMs.toFixed(0).padStart(5)} ms at ${t.startMs.toFixed(0).padStart(5)} ms  ${t.script}`);
    }
    for (const warning of page.warnings) lines.push(`  ${page.name}, Lighthouse warns: ${warning}`);
  }
  const ratios = CATEGORIES.map((c) => {
    const worst = Math.min(...result.pages.map((p) => p.scores[c]));
    return `${c} ${(worst / Math.max(1, result.baseline.scores[c])).toFixed(2)}x`;
  });
  lines.push(`  ratio game (lower of its pages) / baseline: ${ratios.join(', ')}`);
  lines.push(`  this machine's speed by Lighthouse's benchmark: ${result.benchmarkIndex.toFixed(0)} at its slowest (a typical desktop scores 1000 or more; performance scores fall with it)`);
  return lines.join('\n');
}
