// What every package describes: the game as one course with one launchable unit per scenario,
// read from the story catalog the build itself lists and validates.
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

/** What the course says about itself beside its units (package.json's version and description). */
export interface About {
  version: string;
  description: string;
}

/** The course for the story folder the build was made from; refuses any scenario the build would. */
export function courseFrom(storyDir: string, about: About): Course {
  const diagnostics: Diagnostic[] = [];
  const metas = scenarioDirs(storyDir).map((dir) => loadScenarioMeta(dir, diagnostics));
  if (diagnostics.length) throw new CourseError(diagnostics.map((d) => formatDiagnostic(d, process.cwd())).join('\n'));
  const units = metas.flatMap((meta) => (meta ? [{ id: meta.id, title: meta.title, description: meta.summary, launch: launchUrl(meta.id) }] : []));
  if (units.length === 0) throw new CourseError(`no scenarios to package in ${storyDir}`);
  return { title: 'Asymmetry', description: about.description, version: about.version, lang: 'en', units };
}
