// Modules produced by build/vite-plugin-ink.ts.
declare module 'virtual:asymmetry/catalog' {
  export interface CatalogEntry {
    meta: import('./engine/scenario-meta').ScenarioMeta;
    storyVersion: string;
    /** Fetches the compiled story (ink JSON) for this scenario: its own chunk. */
    load: () => Promise<string>;
    /** Fetches the facilitator guide, read from docs/scenarios/<id>.md at build time: its own chunk. */
    guide: () => Promise<import('./engine/guide').Guide>;
  }
  export const scenarios: CatalogEntry[];
  /** Every move id of the taxonomy (validated at build time). */
  export const moveIds: string[];
}
