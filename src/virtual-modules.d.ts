// Modules produced by build/vite-plugin-ink.ts.
declare module 'virtual:asymmetry/catalog' {
  /** What lists of scenarios show; the rest of the metadata is fetched with the story (fullMeta). */
  export type CatalogMeta = Pick<import('./engine/scenario-meta').ScenarioMeta, 'id' | 'title' | 'summary'>;
  export interface CatalogEntry {
    meta: CatalogMeta;
    storyVersion: string;
    /** Fetches this scenario's full metadata: its own small chunk, so a deep link carries no other scenario's. */
    fullMeta: () => Promise<import('./engine/scenario-meta').ScenarioMeta>;
    /** Fetches the compiled story (ink JSON) for this scenario: its own chunk. */
    load: () => Promise<string>;
    /** Fetches the facilitator guide, read from docs/scenarios/<id>.md at build time: its own chunk. */
    guide: () => Promise<import('./engine/guide').Guide>;
  }
  export const scenarios: CatalogEntry[];
  /** Every move id of the taxonomy (validated at build time). */
  export const moveIds: string[];
}

declare module 'virtual:asymmetry/menu' {
  /** What a scenario's card on the menu shows beyond its title and summary. */
  export interface MenuCard {
    minutes: number;
    contentNotes: string[];
    objectives: string[];
    /** The setting's description. */
    setting: string;
    patient: { name: string; description: string };
  }
  /** Every scenario's card, by scenario id: loaded with the menu only. */
  const cards: Record<string, MenuCard>;
  export default cards;
}
