// Turns a catalog entry into what the engine needs, fetching the scenario's story chunk.
import { moveIds, scenarios, type CatalogEntry } from 'virtual:asymmetry/catalog';
import type { MoveIndex, ScenarioBundle } from '../engine/scenario-bundle';

const moveIndex: MoveIndex = { moves: new Map(moveIds.map((id) => [id, id])) };

export function listScenarios(): readonly CatalogEntry[] {
  return scenarios;
}

export function findScenario(id: string): CatalogEntry | undefined {
  return scenarios.find((s) => s.meta.id === id);
}

export async function loadBundle(entry: CatalogEntry): Promise<ScenarioBundle> {
  const storyJson = await entry.load();
  return { meta: entry.meta, storyJson, storyVersion: entry.storyVersion, taxonomy: moveIndex };
}
