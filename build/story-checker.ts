// Plays every scenario many times with seeded random choices and reports what a writer must
// fix: runtime errors, untagged choices, variables out of range, endings missing or never
// reached, runs that never end. Errors fail `npm test`; the report is for people too.
import { Encounter, type ScenarioBundle } from '../src/engine/encounter';
import { randomPlaythrough } from '../src/engine/random-play';
import { outOfRange } from '../src/engine/variables';

export interface CheckFinding {
  severity: 'error' | 'warning';
  message: string;
  /** The seed that shows the problem: replay it with randomPlaythrough(bundle, seed). */
  seed?: number;
}

export interface ScenarioReport {
  id: string;
  playthroughs: number;
  findings: CheckFinding[];
  endings: Map<string, number>;
  choicePoints: { min: number; max: number; mean: number };
  /** Distinct (choice point, option) pairs taken, of those seen offered. */
  coverage: { taken: number; offered: number };
  millis: number;
}

export function checkScenario(bundle: ScenarioBundle, playthroughs: number, maxChoices = 200): ScenarioReport {
  const started = performance.now();
  const findings: CheckFinding[] = [];
  const seen = new Set<string>();
  const add = (finding: CheckFinding) => {
    const key = `${finding.severity}:${finding.message}`;
    if (!seen.has(key)) findings.push(finding);
    seen.add(key);
  };
  const endings = new Map(bundle.meta.endings.map((e) => [e.id, 0]));
  const offered = new Set<string>();
  const taken = new Set<string>();
  const lengths: number[] = [];
  const reuse = Encounter.begin(bundle);

  for (let seed = 1; seed <= playthroughs; seed++) {
    const encounter = randomPlaythrough(bundle, seed, {
      maxChoices,
      reuse,
      onStep: (e) => {
        for (const problem of outOfRange(e.variables, e.tracked)) add({ severity: 'error', message: `variable out of range after "${e.log.at(-1)?.path ?? 'start'}": ${problem}`, seed });
        for (const choice of e.choices) offered.add(`${e.log.length}:${choice.text}`);
      },
    });
    for (const p of encounter.problems) add({ severity: 'error', message: `${p.kind} problem at ${p.where}: ${p.message}`, seed });
    for (const entry of encounter.log) taken.add(`${entry.turn}:${entry.offered.find((o) => o.index === entry.chosen)?.text ?? ''}`);
    lengths.push(encounter.log.length);
    if (!encounter.ended) {
      add({ severity: 'error', message: `no way out: still going after ${maxChoices} choices (a loop?) at "${encounter.log.at(-1)?.path}"`, seed });
    } else if (!encounter.ending) {
      add({ severity: 'error', message: `dead end: the story ended without an "ending" tag after "${encounter.transcript.at(-1)?.text ?? ''}"`, seed });
    } else {
      endings.set(encounter.ending, (endings.get(encounter.ending) ?? 0) + 1);
    }
  }
  for (const [id, count] of endings) {
    if (count === 0) add({ severity: 'error', message: `ending "${id}" was never reached in ${playthroughs} playthroughs` });
  }
  return {
    id: bundle.meta.id,
    playthroughs,
    findings,
    endings,
    choicePoints: { min: Math.min(...lengths), max: Math.max(...lengths), mean: lengths.reduce((a, b) => a + b, 0) / lengths.length },
    coverage: { taken: taken.size, offered: offered.size },
    millis: performance.now() - started,
  };
}

export function formatReport(report: ScenarioReport): string {
  const lines = [
    `${report.id}: ${report.playthroughs} playthroughs in ${(report.millis / 1000).toFixed(1)} s`,
    `  choice points per playthrough: ${report.choicePoints.min}–${report.choicePoints.max} (mean ${report.choicePoints.mean.toFixed(1)})`,
    `  endings: ${[...report.endings].map(([id, n]) => `${id} ${((100 * n) / report.playthroughs).toFixed(1)}%`).join(', ')}`,
    `  options taken at least once: ${report.coverage.taken} of ${report.coverage.offered} (by turn and text)`,
  ];
  for (const f of report.findings) lines.push(`  ${f.severity.toUpperCase()}: ${f.message}${f.seed ? ` (seed ${f.seed})` : ''}`);
  return lines.join('\n');
}
