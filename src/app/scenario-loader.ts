// Turns a catalog entry into what the engine needs, fetching the scenario's story chunk.
import { scenarios, type CatalogEntry } from 'virtual:asymmetry/catalog';
import type { ScenarioBundle } from '../engine/encounter';
import { buildTaxonomy, type Taxonomy } from '../engine/taxonomy';
import concepts from '../../story/concepts.json';
import moves from '../../story/moves.json';

let taxonomy: Taxonomy | null = null;

export function getTaxonomy(): Taxonomy {
  return (taxonomy ??= buildTaxonomy(moves, concepts));
}

export function listScenarios(): readonly CatalogEntry[] {
  return scenarios;
}

export function findScenario(id: string): CatalogEntry | undefined {
  return scenarios.find((s) => s.meta.id === id);
}

export async function loadBundle(entry: CatalogEntry): Promise<ScenarioBundle> {
  const storyJson = await entry.load();
  return { meta: entry.meta, storyJson, storyVersion: entry.storyVersion, taxonomy: getTaxonomy() };
}
