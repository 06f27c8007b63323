// Turns a catalog entry into what the engine needs, fetching the scenario's metadata and story chunks.
import { moveIds, scenarios, type CatalogEntry } from 'virtual:asymmetry/catalog';
import type { MenuCard } from 'virtual:asymmetry/menu';
import type { MoveIndex, ScenarioBundle } from '../engine/scenario-bundle';
import type { MenuEntry } from '../ui/menu-view';
import type { Route } from './router';

const moveIndex: MoveIndex = { moves: new Map(moveIds.map((id) => [id, id])) };

export function listScenarios(): readonly CatalogEntry[] {
  return scenarios;
}

export function findScenario(id: string): CatalogEntry | undefined {
  return scenarios.find((s) => s.meta.id === id);
}

export async function loadBundle(entry: CatalogEntry): Promise<ScenarioBundle> {
  const [meta, storyJson] = await Promise.all([entry.fullMeta(), entry.load()]);
  return { meta, storyJson, storyVersion: entry.storyVersion, taxonomy: moveIndex };
}

/** Every scenario with its menu card (a chunk of its own: a deep link never waits for it). */
export async function menuEntries(): Promise<MenuEntry[]> {
  const cards: Partial<Record<string, MenuCard>> = await import('virtual:asymmetry/menu').then((m) => m.default).catch(() => ({}));
  return scenarios.map((entry) => ({ ...entry, card: cards[entry.meta.id] }));
}

/**
 * Starts fetching what the route will show, before the rest of the app has started, so the
 * fetch overlaps start-up; the browser keeps the modules for when the app asks for them.
 * A failure here is left to the app, which asks again and says what went wrong.
 */
export function prefetchRoute(route: Route): void {
  const entry = route.view !== 'menu' && route.id !== undefined ? findScenario(route.id) : undefined;
  const fetches: Promise<unknown>[] = route.view === 'menu' ? [menuEntries()] : entry ? [entry.fullMeta(), entry.load()] : [];
  for (const fetched of fetches) fetched.catch(() => undefined);
}
