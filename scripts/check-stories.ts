// npm run check:stories — compiles the whole library and plays each scenario many times.
// Exit code 1 on any error, so `npm test` fails.
import path from 'node:path';
import { formatDiagnostic } from '../build/ink-compile';
import { buildCatalog } from '../build/scenario-catalog';
import { checkScenario, formatReport } from '../build/story-checker';

const root = path.resolve(import.meta.dirname, '..');
const playthroughs = Number(process.env.PLAYTHROUGHS ?? 2_000);
const started = performance.now();
const catalog = buildCatalog(path.join(root, 'story'));
let errors = 0;

for (const d of catalog.diagnostics) {
  console.log(formatDiagnostic(d, root));
  errors++;
}
if (catalog.taxonomy) {
  for (const scenario of catalog.scenarios) {
    const report = checkScenario(
      { meta: scenario.meta, storyJson: scenario.json, storyVersion: scenario.storyVersion, taxonomy: catalog.taxonomy },
      playthroughs,
    );
    console.log(formatReport(report));
    errors += report.findings.filter((f) => f.severity === 'error').length;
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\n${catalog.scenarios.length} scenario(s) checked in ${seconds} s: ${errors ? `${errors} error(s)` : 'no errors'}.`);
process.exit(errors ? 1 : 0);
