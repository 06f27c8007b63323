// Production builds for the benchmarks: the game as shipped, and the baseline ink player
// (../shared/bench/baseline-player) fed the very same compiled story JSON, so the two are
// timed on the same story and the same inkjs runtime.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { formatDiagnostic } from '../build/ink-compile';
import { buildCatalog } from '../build/scenario-catalog';

export interface BenchPaths {
  /** The project root (where vite.config.ts lives). */
  root: string;
  /** bench/.out (gitignored), or BENCH_OUT: scratch space for builds, its own for each concurrent run. */
  out: string;
  game: string;
  baseline: string;
  baselineSrc: string;
  /** The reference player, read-only: it is copied, never built in place. */
  baselineOriginal: string;
}

export function benchPaths(root: string): BenchPaths {
  const out = process.env.BENCH_OUT ? path.resolve(process.env.BENCH_OUT) : path.join(root, 'bench', '.out');
  return {
    root,
    out,
    game: path.join(out, 'game'),
    baseline: path.join(out, 'baseline'),
    baselineSrc: path.join(out, 'baseline-src'),
    baselineOriginal: path.resolve(root, '..', 'shared', 'bench', 'baseline-player'),
  };
}

export interface ChosenStory {
  id: string;
  json: string;
}

/**
 * Compiles the story catalog and picks the scenario to time: the one asked for, or else the
 * one with the largest compiled JSON (the most work for both players).
 */
export function compileStory(root: string, scenarioId?: string): ChosenStory {
  const catalog = buildCatalog(path.join(root, 'story'));
  // The game build refuses any diagnostic, so the benchmark reports them up front.
  if (catalog.diagnostics.length) {
    const list = catalog.diagnostics.map((d) => '  ' + formatDiagnostic(d, root)).join('\n');
    throw new Error(`the stories do not compile cleanly (${catalog.diagnostics.length} problem(s)):\n${list}`);
  }
  const ids = catalog.scenarios.map((s) => s.meta.id);
  const chosen = scenarioId
    ? catalog.scenarios.find((s) => s.meta.id === scenarioId)
    : [...catalog.scenarios].sort((a, b) => b.json.length - a.json.length)[0];
  if (!chosen) {
    throw new Error(
      scenarioId ? `no scenario "${scenarioId}"; the catalog has: ${ids.join(', ') || '(none)'}` : 'the catalog has no scenarios',
    );
  }
  return { id: chosen.meta.id, json: chosen.json };
}

/** Builds the game with its own vite.config.ts into bench/.out/game, with Vite's manifest to tell its chunks apart. */
export async function buildGame(paths: BenchPaths): Promise<void> {
  await build({
    root: paths.root,
    configFile: path.join(paths.root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: paths.game, emptyOutDir: true, manifest: true },
  });
}

/** What a built JS file holds: content (a compiled story, a facilitator guide), the room, or the rest of the code. */
export type ChunkKind = 'story' | 'guide' | 'room' | 'code';

/** Each chunk's kind, from the source it was built from (a file the manifest does not name, such as a worker, is code). */
export function chunkKinds(gameDir: string): (file: string) => ChunkKind {
  const manifest = JSON.parse(fs.readFileSync(path.join(gameDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const kinds = new Map<string, ChunkKind>();
  for (const [source, { file }] of Object.entries(manifest)) {
    if (source.startsWith('virtual:asymmetry/story/')) kinds.set(file, 'story');
    else if (source.startsWith('virtual:asymmetry/guide/')) kinds.set(file, 'guide');
    else if (source === 'src/scenes/stage.ts') kinds.set(file, 'room');
  }
  return (file) => kinds.get(file) ?? 'code';
}

/** Builds a copy of the baseline player into bench/.out/baseline, beside story.json. */
export async function buildBaseline(paths: BenchPaths, storyJson: string): Promise<void> {
  fs.rmSync(paths.baselineSrc, { recursive: true, force: true });
  fs.mkdirSync(paths.baselineSrc, { recursive: true });
  for (const file of ['index.html', 'main.js']) {
    const from = path.join(paths.baselineOriginal, file);
    if (!fs.existsSync(from)) throw new Error(`baseline player file missing: ${from}`);
    fs.copyFileSync(from, path.join(paths.baselineSrc, file));
  }
  await build({
    root: paths.baselineSrc,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // The copy lives outside node_modules' reach of the original; point inkjs at the same
    // ESM runtime the game's `import 'inkjs'` resolves to.
    resolve: { alias: { inkjs: path.join(paths.root, 'node_modules', 'inkjs', 'dist', 'ink.mjs') } },
    // main.js uses top-level await.
    build: { outDir: paths.baseline, emptyOutDir: true, target: 'es2022' },
  });
  fs.writeFileSync(path.join(paths.baseline, 'story.json'), storyJson);
}

/** Compiles the catalog, picks the scenario and builds both players for it: every browser benchmark needs them. */
export async function prepareBuilds(root: string, scenarioId: string | undefined, log: (message: string) => void): Promise<ChosenStory> {
  const paths = benchPaths(root);
  log('compiling the story catalog…');
  const story = compileStory(root, scenarioId);
  log(`building the game (scenario "${story.id}")…`);
  await buildGame(paths);
  log('building the baseline player…');
  await buildBaseline(paths, story.json);
  return story;
}
