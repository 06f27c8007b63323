// Compiles story/**/*.ink during dev and build. The catalog module lists every scenario's id,
// title and summary, with lazy loaders for its full metadata, its story and its facilitator
// guide (docs/scenarios/<id>.md), each its own chunk, fetched only when needed; the menu's
// cards are one more. So a deep link loads one scenario's metadata, not every scenario's. Any
// compile error or warning, or a guide that cannot be read, fails the build and shows in the
// dev overlay with file and line.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { loadGuide } from './guide-catalog.ts';
import { formatDiagnostic, type Diagnostic } from './ink-compile.ts';
import { buildCatalog, type Catalog } from './scenario-catalog.ts';
import type { ScenarioMeta } from '../src/engine/scenario-meta.ts';

const CATALOG_ID = 'virtual:asymmetry/catalog';
const MENU_ID = 'virtual:asymmetry/menu';
const META_PREFIX = 'virtual:asymmetry/meta/';
const STORY_PREFIX = 'virtual:asymmetry/story/';
const GUIDE_PREFIX = 'virtual:asymmetry/guide/';
const RESOLVED = '\0';

/** A build of another story folder (an edited copy, for tests of a content update) names it here; the guides stay where they are. */
export const STORY_DIR_ENV = 'ASYMMETRY_STORY_DIR';

export interface InkPluginOptions {
  /** The story folder, unless the environment names another (STORY_DIR_ENV). */
  storyDir: string;
  /** The facilitator guides, one <id>.md per scenario; by default docs/scenarios beside the story folder. */
  guideDir?: string;
}

export function inkStories(options: InkPluginOptions): Plugin {
  const storyDir = path.resolve(process.env[STORY_DIR_ENV] || options.storyDir);
  const guideDir = path.resolve(options.guideDir ?? path.join(options.storyDir, '..', 'docs', 'scenarios'));
  let catalog: Catalog | null = null;
  let server: ViteDevServer | null = null;

  const currentCatalog = (): Catalog => (catalog ??= buildCatalog(storyDir));

  return {
    name: 'asymmetry-ink',
    configureServer(devServer) {
      server = devServer;
    },
    resolveId(id) {
      if (id === CATALOG_ID || id === MENU_ID || [META_PREFIX, STORY_PREFIX, GUIDE_PREFIX].some((prefix) => id.startsWith(prefix))) return RESOLVED + id;
      return null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED + 'virtual:asymmetry/')) return null;
      const current = currentCatalog();
      for (const file of current.files) this.addWatchFile(file);
      const root = server?.config.root ?? process.cwd();
      fail(this, 'ink: {n} problem(s) in the stories', current.diagnostics, root);
      if (id === RESOLVED + CATALOG_ID) return catalogModule(current);
      if (id === RESOLVED + MENU_ID) return jsonModule(Object.fromEntries(current.scenarios.map((s) => [s.meta.id, menuCard(s.meta)])));
      const prefix = [META_PREFIX, GUIDE_PREFIX, STORY_PREFIX].find((p) => id.startsWith(RESOLVED + p)) ?? STORY_PREFIX;
      const scenarioId = id.slice((RESOLVED + prefix).length);
      const scenario = current.scenarios.find((s) => s.meta.id === scenarioId);
      if (!scenario) this.error(`ink: no scenario "${scenarioId}"`);
      if (prefix === META_PREFIX) return jsonModule(scenario.meta);
      if (prefix === GUIDE_PREFIX) {
        const { guide, file, diagnostics } = loadGuide(guideDir, scenario);
        this.addWatchFile(file);
        fail(this, 'guide: {n} problem(s) in the facilitator guide', diagnostics, root);
        return jsonModule(guide);
      }
      // A string literal: JSON.parse of a string is faster than evaluating an object literal.
      return `export default ${JSON.stringify(scenario.json)};`;
    },
    handleHotUpdate({ file, server: devServer }) {
      const changed = path.resolve(file);
      const story = changed.startsWith(storyDir + path.sep);
      if (!story && !changed.startsWith(guideDir + path.sep)) return;
      // A guide depends on its story (its knots), a story on nothing a guide says.
      if (story) catalog = null;
      const stale = RESOLVED + (story ? 'virtual:asymmetry/' : GUIDE_PREFIX);
      for (const mod of devServer.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith(stale)) devServer.moduleGraph.invalidateModule(mod);
      }
      devServer.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

interface ErrorContext {
  error(error: { message: string; id: string; loc: { file: string; line: number; column: number } }): never;
}

/** Stops the build (or shows the dev overlay) on any problem, pointing at the first. */
function fail(context: ErrorContext, title: string, problems: readonly Diagnostic[], root: string): void {
  const first = problems[0];
  if (!first) return;
  context.error({
    message: `${title.replace('{n}', String(problems.length))}:\n${problems.map((d) => formatDiagnostic(d, root)).join('\n')}`,
    id: first.file,
    loc: { file: first.file, line: first.line ?? 1, column: 0 },
  });
}

/** A module whose default export is the value: JSON.parse of a string is faster than evaluating an object literal. */
function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
}

/** What the menu's card shows beyond the catalog's title and summary. */
function menuCard(meta: ScenarioMeta) {
  // The build has checked that the patient is in the cast.
  const patient = meta.cast.find((c) => c.id === meta.patient);
  return {
    minutes: meta.minutes,
    contentNotes: meta.contentNotes,
    objectives: meta.objectives,
    setting: meta.setting.description,
    patient: { name: patient?.name ?? meta.patient, description: patient?.description ?? '' },
  };
}

function catalogModule(catalog: Catalog): string {
  const lazy = (prefix: string, id: string) => `() => import(${JSON.stringify(prefix + id)}).then((m) => m.default)`;
  const entries = catalog.scenarios.map(
    ({ meta: { id, title, summary }, storyVersion }) =>
      `  { meta: ${JSON.stringify({ id, title, summary })}, storyVersion: ${JSON.stringify(storyVersion)}, ` +
      `fullMeta: ${lazy(META_PREFIX, id)}, load: ${lazy(STORY_PREFIX, id)}, guide: ${lazy(GUIDE_PREFIX, id)} }`,
  );
  // Move ids only: the encounter checks tags against them; the texts load with the debrief.
  const moveIds = catalog.taxonomy ? [...catalog.taxonomy.moves.keys()] : [];
  return `export const scenarios = [\n${entries.join(',\n')}\n];\nexport const moveIds = ${JSON.stringify(moveIds)};\n`;
}
