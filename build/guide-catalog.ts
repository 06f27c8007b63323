// Finds each scenario's facilitator guide (docs/scenarios/<id>.md) and reads it, checked against
// the compiled story (every key moment names a knot it has) and its metadata (the endings).
import fs from 'node:fs';
import path from 'node:path';
import type { Guide } from '../src/engine/guide.ts';
import type { Diagnostic } from './ink-compile.ts';
import { parseGuide } from './guide-parse.ts';
import type { CompiledScenario } from './scenario-catalog.ts';

export interface LoadedGuide {
  guide: Guide | null;
  file: string;
  diagnostics: Diagnostic[];
}

export function guideFile(guideDir: string, scenarioId: string): string {
  return path.join(guideDir, `${scenarioId}.md`);
}

export function loadGuide(guideDir: string, scenario: CompiledScenario): LoadedGuide {
  const file = guideFile(guideDir, scenario.meta.id);
  if (!fs.existsSync(file)) {
    const message = `scenario "${scenario.meta.id}" has no facilitator guide: write ${path.basename(file)} in ${guideDir} (see docs/authoring.md)`;
    return { guide: null, file, diagnostics: [{ severity: 'error', file, line: null, message }] };
  }
  const { guide, diagnostics } = parseGuide(fs.readFileSync(file, 'utf8'), file, {
    scenarioId: scenario.meta.id,
    storyNames: storyNames(scenario.json),
    endingIds: scenario.meta.endings.map((e) => e.id),
  });
  return { guide, file, diagnostics };
}

type Container = unknown[];

/** An ink JSON container's named content (its last element, when that is an object). */
function namedContent(container: unknown): Record<string, unknown> {
  const last = Array.isArray(container) ? (container as Container).at(-1) : undefined;
  return last && typeof last === 'object' && !Array.isArray(last) ? (last as Record<string, unknown>) : {};
}

/** Every knot and knot.stitch of a compiled story (ink JSON), as a choice path begins. */
export function storyNames(json: string): Set<string> {
  const names = new Set<string>();
  const root = (JSON.parse(json) as { root: unknown }).root;
  for (const [knot, content] of Object.entries(namedContent(root))) {
    if (knot.startsWith('#') || knot === 'global decl') continue;
    names.add(knot);
    for (const stitch of Object.keys(namedContent(content))) if (!stitch.startsWith('#')) names.add(`${knot}.${stitch}`);
  }
  return names;
}
