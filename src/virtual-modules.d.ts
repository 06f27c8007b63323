// Modules produced by build/vite-plugin-ink.ts.
declare module 'virtual:asymmetry/catalog' {
  export interface CatalogEntry {
    meta: import('./engine/scenario-meta').ScenarioMeta;
    storyVersion: string;
    /** Fetches the compiled story (ink JSON) for this scenario: its own chunk. */
    load: () => Promise<string>;
  }
  export const scenarios: CatalogEntry[];
  /** Every move id of the taxonomy (validated at build time). */
  export const moveIds: string[];
}
