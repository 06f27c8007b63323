// What every package describes: the game as one course with one launchable unit per scenario,
// read from the story catalog the build itself lists and validates.
import fs from 'node:fs';
import path from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../../build/ink-compile.ts';
import { loadScenarioMeta, scenarioDirs } from '../../build/scenario-catalog.ts';
import { urlFor } from '../../src/app/router.ts';

/** The page every unit opens; a scenario is chosen by its deep link, as everywhere else. */
export const ENTRY_PAGE = 'index.html';

export interface Unit {
  /** The scenario id. */
  id: string;
  title: string;
  description: string;
  /** Relative to the package root. */
  launch: string;
}

export interface Course {
  title: string;
  description: string;
  version: string;
  /** The language of the titles and descriptions: the game's (index.html's lang). */
  lang: string;
  units: Unit[];
}

export const launchUrl = (scenarioId: string): string => ENTRY_PAGE + urlFor({ view: 'scenario', id: scenarioId });

export class CourseError extends Error {}

/** The course for the story folder the build was made from; refuses any scenario the build would. */
export function courseFrom(root: string): Course {
  const diagnostics: Diagnostic[] = [];
  const metas = scenarioDirs(path.join(root, 'story')).map((dir) => loadScenarioMeta(dir, diagnostics));
  if (diagnostics.length) throw new CourseError(diagnostics.map((d) => formatDiagnostic(d, root)).join('\n'));
  const units = metas.flatMap((meta) => (meta ? [{ id: meta.id, title: meta.title, description: meta.summary, launch: launchUrl(meta.id) }] : []));
  if (units.length === 0) throw new CourseError('no scenarios to package');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; description: string };
  return { title: 'Asymmetry', description: pkg.description, version: pkg.version, lang: 'en', units };
}
