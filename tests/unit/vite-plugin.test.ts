import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inkStories } from '../../build/vite-plugin-ink';
import type { Guide } from '../../src/engine/guide';
import type { ScenarioMeta } from '../../src/engine/scenario-meta';
import { FIXTURES, fixtureStoryDir, STORY_DIR } from '../helpers';

const GUIDES = path.join(FIXTURES, 'guides');

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A story folder with the real taxonomy and the given fixture scenarios. */
function storyDirWith(...fixtures: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asymmetry-story-'));
  dirs.push(dir);
  return fixtureStoryDir(dir, fixtures);
}

interface LoadError {
  message: string;
  id?: string;
  loc?: { file: string; line: number };
}

function load(storyDir: string, id: string, guideDir?: string): { code: string | null; watched: string[]; error: LoadError | null } {
  const plugin = inkStories({ storyDir, guideDir });
  const watched: string[] = [];
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    error: (error: LoadError | string) => {
      throw Object.assign(new Error(typeof error === 'string' ? error : error.message), typeof error === 'string' ? {} : error);
    },
  };
  const resolved = (plugin.resolveId as (id: string) => string | null)(id);
  try {
    const code = (plugin.load as unknown as (this: typeof context, id: string) => string | null).call(context, resolved!);
    return { code, watched, error: null };
  } catch (error) {
    return { code: null, watched, error: error as LoadError };
  }
}

/** The value a module written as `export default JSON.parse("...")` exports. */
function jsonOf(code: string | null): unknown {
  return JSON.parse(JSON.parse(code!.replace(/^export default JSON\.parse\(/, '').replace(/\);$/, '')) as string);
}

describe('the ink Vite plugin', () => {
  it('lists scenarios by id, title and summary with their version, and lazy loaders for the rest', () => {
    const dir = storyDirWith('scenarios/clinic');
    const { code, watched } = load(dir, 'virtual:asymmetry/catalog');
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'scenarios', 'clinic', 'meta.json'), 'utf8')) as ScenarioMeta;
    expect(code).toContain(`meta: ${JSON.stringify({ id: meta.id, title: meta.title, summary: meta.summary })},`);
    // The rest of the metadata is not in the catalog: a deep link fetches one scenario's, not all.
    expect(code).not.toContain(meta.cast[0]!.description);
    expect(code).toMatch(/storyVersion: "[0-9a-f]{16}"/);
    expect(code).toContain('import("virtual:asymmetry/story/clinic")');
    expect(code).toContain('fullMeta: () => import("virtual:asymmetry/meta/clinic")');
    expect(watched.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['moves.json', 'meta.json', 'main.ink', 'power.ink']));
  });

  it('emits each scenario\'s full metadata as its own module', () => {
    const dir = storyDirWith('scenarios/clinic');
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'scenarios', 'clinic', 'meta.json'), 'utf8')) as ScenarioMeta;
    expect(jsonOf(load(dir, 'virtual:asymmetry/meta/clinic').code)).toEqual(meta);
  });

  it('emits the menu\'s cards, by scenario, with the patient named from the cast', () => {
    const dir = storyDirWith('scenarios/clinic');
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'scenarios', 'clinic', 'meta.json'), 'utf8')) as ScenarioMeta;
    const patient = meta.cast.find((c) => c.id === meta.patient)!;
    expect(jsonOf(load(dir, 'virtual:asymmetry/menu').code)).toEqual({
      clinic: {
        minutes: meta.minutes,
        contentNotes: meta.contentNotes,
        objectives: meta.objectives,
        setting: meta.setting.description,
        patient: { name: patient.name, description: patient.description },
      },
    });
  });

  it('emits each story as its own module holding the compiled JSON', () => {
    const { code } = load(storyDirWith('scenarios/clinic'), 'virtual:asymmetry/story/clinic');
    const json = JSON.parse(JSON.parse(code!.replace(/^export default /, '').replace(/;$/, '')) as string) as { inkVersion: number };
    expect(json.inkVersion).toBeGreaterThan(20);
  });

  it('fails with file and line for the overlay on a compile error', () => {
    const dir = storyDirWith('broken/compile-error');
    const { error } = load(dir, 'virtual:asymmetry/catalog');
    const file = path.join(dir, 'scenarios', 'compile-error', 'main.ink');
    expect(error?.loc).toEqual({ file, line: 5, column: 0 });
    expect(error?.message).toContain('main.ink:5: error: Divert target not found');
  });

  it('fails on a warning too', () => {
    const { error } = load(storyDirWith('broken/loose-end'), 'virtual:asymmetry/catalog');
    expect(error?.message).toMatch(/main\.ink:6: warning: .*loose end/);
  });

  it('gives each scenario a lazy loader for its facilitator guide, its own module holding the guide', () => {
    const dir = storyDirWith('scenarios/clinic');
    expect(load(dir, 'virtual:asymmetry/catalog').code).toContain('guide: () => import("virtual:asymmetry/guide/clinic")');
    const { code, watched } = load(dir, 'virtual:asymmetry/guide/clinic', GUIDES);
    const guide = jsonOf(code) as Guide;
    expect(guide.scenarioId).toBe('clinic');
    expect(guide.endings.map((e) => e.id)).toEqual(['agreed', 'prescribed']);
    expect(watched).toContain(path.join(GUIDES, 'clinic.md'));
  });

  it('fails with file and line for the overlay on a guide it cannot read, and watches it to reload when fixed', () => {
    const guideDir = fs.mkdtempSync(path.join(os.tmpdir(), 'asymmetry-guides-'));
    dirs.push(guideDir);
    const file = path.join(guideDir, 'clinic.md');
    fs.copyFileSync(path.join(GUIDES, 'broken', 'no-marker.md'), file);
    const line = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('2. **Whose plan?**')) + 1;
    const { error, watched } = load(storyDirWith('scenarios/clinic'), 'virtual:asymmetry/guide/clinic', guideDir);
    expect(error?.loc).toEqual({ file, line, column: 0 });
    expect(error?.message).toMatch(new RegExp(`^guide: 1 problem\\(s\\) in the facilitator guide:\n.*clinic\\.md:${line}: error: question 2 needs one <!-- moments`));
    expect(watched).toContain(file);
  });

  it('fails the build when a scenario has no guide', () => {
    const guideDir = fs.mkdtempSync(path.join(os.tmpdir(), 'asymmetry-guides-'));
    dirs.push(guideDir);
    const { error } = load(storyDirWith('scenarios/clinic'), 'virtual:asymmetry/guide/clinic', guideDir);
    expect(error?.message).toContain('scenario "clinic" has no facilitator guide: write clinic.md');
  });

  it('reloads the page when a guide is edited in dev, invalidating only the guide modules', () => {
    const plugin = inkStories({ storyDir: STORY_DIR, guideDir: GUIDES });
    const ids = ['\0virtual:asymmetry/catalog', '\0virtual:asymmetry/story/clinic', '\0virtual:asymmetry/guide/clinic', '/src/main.ts'];
    const invalidated: string[] = [];
    const sent: unknown[] = [];
    const server = {
      moduleGraph: { idToModuleMap: new Map(ids.map((id) => [id, { id }])), invalidateModule: (mod: { id: string }) => invalidated.push(mod.id) },
      ws: { send: (message: unknown) => sent.push(message) },
    };
    const hotUpdate = (file: string) => (plugin.handleHotUpdate as unknown as (context: { file: string; server: typeof server }) => unknown)({ file, server });
    expect(hotUpdate(path.join(GUIDES, 'clinic.md'))).toEqual([]);
    expect(invalidated).toEqual(['\0virtual:asymmetry/guide/clinic']);
    expect(sent).toEqual([{ type: 'full-reload' }]);
    expect(hotUpdate(path.join(FIXTURES, 'README.md'))).toBeUndefined();
    expect(sent).toHaveLength(1);
  });

  it('ignores modules that are not its own', () => {
    const plugin = inkStories({ storyDir: STORY_DIR });
    expect((plugin.resolveId as (id: string) => string | null)('./main.ts')).toBeNull();
  });
});
