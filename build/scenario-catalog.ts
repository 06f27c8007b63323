// Finds every scenario under story/scenarios/, validates its metadata, compiles its ink and
// checks its tags against the move taxonomy. Shared by the Vite plugin, the story checker
// and the tests, so all three agree on what a valid scenario is.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { crossCheckMeta, describeIssues, scenarioMetaSchema, type ScenarioMeta } from '../src/engine/scenario-meta.ts';
import { buildTaxonomy, TaxonomyError, type Taxonomy } from '../src/engine/taxonomy.ts';
import type { ScenarioBundle } from '../src/engine/encounter.ts';
import { vocabularyOf } from '../src/engine/tags.ts';
import { compileInk, type Diagnostic, type InkCompileOptions } from './ink-compile.ts';
import { lintTagsInSource } from './ink-tag-lint.ts';

// Readable messages for writers; the browser bundle does without the locale.
z.config(z.locales.en());

export interface CompiledScenario {
  meta: ScenarioMeta;
  /** Content hash of the compiled story: saves made against another version are refused. */
  storyVersion: string;
  json: string;
  inkFile: string;
  files: string[];
}

export interface Catalog {
  scenarios: CompiledScenario[];
  taxonomy: Taxonomy | null;
  diagnostics: Diagnostic[];
  /** Every file the catalog depends on: what to watch. */
  files: string[];
}

export function storyPaths(storyDir: string) {
  return {
    moves: path.join(storyDir, 'moves.json'),
    concepts: path.join(storyDir, 'concepts.json'),
    scenarios: path.join(storyDir, 'scenarios'),
  };
}

export function loadTaxonomy(storyDir: string): { taxonomy: Taxonomy | null; diagnostics: Diagnostic[] } {
  const paths = storyPaths(storyDir);
  const diagnostics: Diagnostic[] = [];
  const moves = readJson(paths.moves, diagnostics);
  const concepts = readJson(paths.concepts, diagnostics);
  if (diagnostics.length) return { taxonomy: null, diagnostics };
  try {
    return { taxonomy: buildTaxonomy(moves, concepts), diagnostics };
  } catch (error) {
    const problems = error instanceof TaxonomyError ? error.problems : [(error as Error).message];
    for (const message of problems) diagnostics.push({ severity: 'error', file: paths.moves, line: null, message });
    return { taxonomy: null, diagnostics };
  }
}

/** Sound cue ids the stories may use (story/sounds.json); undefined where there is no such file. */
export function soundCues(storyDir: string): ReadonlySet<string> | undefined {
  const file = path.join(storyDir, 'sounds.json');
  if (!fs.existsSync(file)) return undefined;
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { cues?: Record<string, string> };
  return new Set(Object.keys(data.cues ?? {}));
}

/** What the engine plays: a compiled scenario with the taxonomy. */
export function bundleOf(scenario: CompiledScenario, taxonomy: Taxonomy): ScenarioBundle {
  return { meta: scenario.meta, storyJson: scenario.json, storyVersion: scenario.storyVersion, taxonomy };
}

export function loadScenarioMeta(dir: string, diagnostics: Diagnostic[]): ScenarioMeta | null {
  const file = path.join(dir, 'meta.json');
  const raw = readJson(file, diagnostics);
  if (raw === undefined) return null;
  const parsed = scenarioMetaSchema.safeParse(raw);
  const problems = parsed.success ? crossCheckMeta(parsed.data) : describeIssues(parsed.error.issues);
  if (parsed.success && parsed.data.id !== path.basename(dir)) {
    problems.push(`id "${parsed.data.id}" must match the folder name "${path.basename(dir)}"`);
  }
  for (const message of problems) diagnostics.push({ severity: 'error', file, line: null, message });
  return parsed.success && problems.length === 0 ? parsed.data : null;
}

/** Compiles one scenario folder; returns null (with diagnostics) if anything is wrong. */
export function compileScenario(
  dir: string,
  taxonomy: Taxonomy,
  diagnostics: Diagnostic[],
  options: InkCompileOptions = {},
): { scenario: CompiledScenario | null; files: string[] } {
  const inkFile = path.join(dir, 'main.ink');
  const metaFile = path.join(dir, 'meta.json');
  const meta = loadScenarioMeta(dir, diagnostics);
  if (!fs.existsSync(inkFile)) {
    diagnostics.push({ severity: 'error', file: inkFile, line: null, message: 'every scenario needs a main.ink' });
    return { scenario: null, files: [metaFile] };
  }
  const compiled = compileInk(inkFile, options);
  diagnostics.push(...compiled.diagnostics);
  const files = [metaFile, ...compiled.files];
  if (meta) {
    const vocabulary = vocabularyOf(meta, taxonomy.moves, soundCues(path.resolve(dir, '..', '..')));
    for (const file of compiled.files) diagnostics.push(...lintTagsInSource(file, vocabulary));
  }
  const clean = !compiled.diagnostics.length && !diagnostics.some((d) => files.includes(d.file));
  if (!meta || !compiled.json || !clean) return { scenario: null, files };
  const storyVersion = crypto.createHash('sha256').update(compiled.json).digest('hex').slice(0, 16);
  return { scenario: { meta, storyVersion, json: compiled.json, inkFile, files }, files };
}

/** Every scenario folder, in the order the catalog (and so the menu) lists them. */
export function scenarioDirs(storyDir: string): string[] {
  const { scenarios } = storyPaths(storyDir);
  if (!fs.existsSync(scenarios)) return [];
  return fs
    .readdirSync(scenarios, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(scenarios, d.name))
    .sort();
}

export function buildCatalog(storyDir: string, options: InkCompileOptions = {}): Catalog {
  const paths = storyPaths(storyDir);
  const { taxonomy, diagnostics } = loadTaxonomy(storyDir);
  const files = [paths.moves, paths.concepts, path.join(storyDir, 'sounds.json')];
  const scenarios: CompiledScenario[] = [];
  if (!taxonomy) return { scenarios, taxonomy, diagnostics, files };
  const dirs = scenarioDirs(storyDir);
  if (dirs.length === 0) diagnostics.push({ severity: 'error', file: paths.scenarios, line: null, message: 'no scenarios found' });
  for (const dir of dirs) {
    const result = compileScenario(dir, taxonomy, diagnostics, options);
    files.push(...result.files);
    if (result.scenario) scenarios.push(result.scenario);
  }
  return { scenarios, taxonomy, diagnostics, files: [...new Set(files)] };
}

function readJson(file: string, diagnostics: Diagnostic[]): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    diagnostics.push({ severity: 'error', file, line: null, message: 'file is missing or unreadable' });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    diagnostics.push({ severity: 'error', file, line: null, message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}
