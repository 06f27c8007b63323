// Compiles story/**/*.ink during dev and build. The catalog module lists every scenario's
// metadata and a lazy loader per scenario, so each story is its own chunk, fetched only
// when that scenario is opened. Any compile error or warning fails the build and shows in
// the dev overlay with file and line.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic } from './ink-compile.ts';
import { buildCatalog, type Catalog } from './scenario-catalog.ts';

const CATALOG_ID = 'virtual:asymmetry/catalog';
const STORY_PREFIX = 'virtual:asymmetry/story/';
const RESOLVED = '\0';

export interface InkPluginOptions {
  storyDir: string;
}

export function inkStories(options: InkPluginOptions): Plugin {
  const storyDir = path.resolve(options.storyDir);
  let catalog: Catalog | null = null;
  let server: ViteDevServer | null = null;

  const currentCatalog = (): Catalog => (catalog ??= buildCatalog(storyDir));

  return {
    name: 'asymmetry-ink',
    configureServer(devServer) {
      server = devServer;
    },
    resolveId(id) {
      if (id === CATALOG_ID || id.startsWith(STORY_PREFIX)) return RESOLVED + id;
      return null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED + 'virtual:asymmetry/')) return null;
      const current = currentCatalog();
      for (const file of current.files) this.addWatchFile(file);
      const problems = current.diagnostics;
      if (problems.length) {
        const first = problems[0]!;
        const root = server?.config.root ?? process.cwd();
        this.error({
          message: `ink: ${problems.length} problem(s) in the stories:\n${problems.map((d) => formatDiagnostic(d, root)).join('\n')}`,
          id: first.file,
          loc: { file: first.file, line: first.line ?? 1, column: 0 },
        });
      }
      if (id === RESOLVED + CATALOG_ID) return catalogModule(current);
      const scenarioId = id.slice((RESOLVED + STORY_PREFIX).length);
      const scenario = current.scenarios.find((s) => s.meta.id === scenarioId);
      if (!scenario) this.error(`ink: no scenario "${scenarioId}"`);
      // A string literal: JSON.parse of a string is faster than evaluating an object literal.
      return `export default ${JSON.stringify(scenario.json)};`;
    },
    handleHotUpdate({ file, server: devServer }) {
      if (!path.resolve(file).startsWith(storyDir + path.sep)) return;
      catalog = null;
      for (const mod of devServer.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith(RESOLVED + 'virtual:asymmetry/')) devServer.moduleGraph.invalidateModule(mod);
      }
      devServer.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

function catalogModule(catalog: Catalog): string {
  const entries = catalog.scenarios.map(
    (s) =>
      `  { meta: ${JSON.stringify(s.meta)}, storyVersion: ${JSON.stringify(s.storyVersion)}, ` +
      `load: () => import(${JSON.stringify(STORY_PREFIX + s.meta.id)}).then((m) => m.default) }`,
  );
  // Move ids only: the encounter checks tags against them; the texts load with the debrief.
  const moveIds = catalog.taxonomy ? [...catalog.taxonomy.moves.keys()] : [];
  return `export const scenarios = [\n${entries.join(',\n')}\n];\nexport const moveIds = ${JSON.stringify(moveIds)};\n`;
}
