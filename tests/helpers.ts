// Shared set-up for the headless tests: the real taxonomy and compiled fixture scenarios.
import fs from 'node:fs';
import path from 'node:path';
import { bundleOf, compileScenario, loadTaxonomy } from '../build/scenario-catalog';
import type { Diagnostic, InkCompileOptions } from '../build/ink-compile';
import type { ScenarioBundle } from '../src/engine/encounter';
import type { Taxonomy } from '../src/engine/taxonomy';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const STORY_DIR = path.join(ROOT, 'story');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

export function realTaxonomy(): Taxonomy {
  const { taxonomy, diagnostics } = loadTaxonomy(STORY_DIR);
  if (!taxonomy) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return taxonomy;
}

export function compileFixture(
  relativeDir: string,
  options: InkCompileOptions = {},
): { bundle: ScenarioBundle | null; diagnostics: Diagnostic[]; files: string[] } {
  const taxonomy = realTaxonomy();
  const diagnostics: Diagnostic[] = [];
  const { scenario, files } = compileScenario(path.join(FIXTURES, relativeDir), taxonomy, diagnostics, options);
  const bundle = scenario ? bundleOf(scenario, taxonomy) : null;
  return { bundle, diagnostics, files: files.filter((f) => f.endsWith('.ink')) };
}

export function fixtureBundle(relativeDir = 'scenarios/clinic'): ScenarioBundle {
  const { bundle, diagnostics } = compileFixture(relativeDir);
  if (!bundle) throw new Error(diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  return bundle;
}

/** Fills `dir` as a story folder: the real taxonomy and the given fixture scenarios (paths under tests/fixtures). */
export function fixtureStoryDir(dir: string, fixtures: readonly string[]): string {
  for (const file of ['moves.json', 'concepts.json']) fs.copyFileSync(path.join(STORY_DIR, file), path.join(dir, file));
  fs.cpSync(path.join(STORY_DIR, 'lib'), path.join(dir, 'lib'), { recursive: true });
  for (const fixture of fixtures) {
    const target = path.join(dir, 'scenarios', path.basename(fixture));
    fs.cpSync(path.join(FIXTURES, fixture), target, { recursive: true });
    const ink = path.join(target, 'main.ink');
    fs.writeFileSync(ink, fs.readFileSync(ink, 'utf8').replace('../../../../story/lib/', '../../lib/'));
  }
  return dir;
}
