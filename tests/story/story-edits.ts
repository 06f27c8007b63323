// Content updates made to a copy of a scenario's ink, for the tests of runs carried onto a new
// version (tests/story/story-update.test.ts, tests/e2e/content-update.spec.ts): one keeps every
// path (lines reworded and added, as a writer's edit does), the other takes an option away.
import fs from 'node:fs';
import path from 'node:path';
import { bundleOf, compileScenario, loadTaxonomy } from '../../build/scenario-catalog';
import type { Diagnostic } from '../../build/ink-compile';
import type { ScenarioBundle } from '../../src/engine/encounter';
import { STORY_DIR } from '../helpers';

/** The line a path-keeping edit adds before each line it rewords. */
export const ADDED_LINE = 'Somewhere down the corridor, a door closes.';
/** What a path-keeping edit puts at the end of each line it rewords. */
export const REWORDED = ' (This line was reworded in an update.)';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Rewords each of `lines` (as the player saw them) that starts a line of `ink` exactly once, and
 * adds a line of narration before it: a writer's edit, which moves where ink's choices sit in
 * the compiled story but leaves every path through it as it was. Returns the ink and how many
 * lines were edited.
 */
export function rewordLines(ink: string, lines: readonly string[]): { ink: string; edited: number } {
  let edited = 0;
  for (const text of new Set(lines)) {
    if (text.length < 12) continue;
    const line = new RegExp(`^([ \\t]*)${escape(text)}(?=[ \\t]*(#|$))`, 'gm');
    if ((ink.match(line) ?? []).length !== 1) continue;
    ink = ink.replace(line, (_all, indent: string) => `${indent}${ADDED_LINE}\n${indent}${text}${REWORDED}`);
    edited++;
  }
  return { ink, edited };
}

/** The one option of `ink` whose text is `text`, made never to be offered; null if not exactly one has it. */
export function withoutOption(ink: string, text: string): string | null {
  const option = new RegExp(`^([ \\t]*[*+][^\\[\\n]*)\\[${escape(text)}(?=[ \\t]*(#|\\]))`, 'gm');
  if ((ink.match(option) ?? []).length !== 1) return null;
  return ink.replace(option, (all, head: string) => `${head}{false} ${all.slice(head.length)}`);
}

/**
 * A copy of the story folder (moves, concepts, sounds, the ink library and every scenario) in
 * `dir`, with scenario `id`'s main.ink changed by `edit`. Returns the edited ink's path.
 */
export function editedStoryDir(dir: string, id: string, edit: (ink: string) => string): string {
  fs.cpSync(STORY_DIR, dir, { recursive: true });
  const file = path.join(dir, 'scenarios', id, 'main.ink');
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  return file;
}

/** Scenario `id` compiled from the story folder `storyDir`; throws with the writer's diagnostics if it does not compile. */
export function compiledFrom(storyDir: string, id: string): ScenarioBundle {
  const { taxonomy, diagnostics } = loadTaxonomy(storyDir);
  const problems: Diagnostic[] = [...diagnostics];
  const { scenario } = taxonomy ? compileScenario(path.join(storyDir, 'scenarios', id), taxonomy, problems) : { scenario: null };
  if (!taxonomy || !scenario) throw new Error(`the edited "${id}" does not compile: ${problems.map((d) => `${d.file}:${d.line} ${d.message}`).join('; ')}`);
  return bundleOf(scenario, taxonomy);
}
