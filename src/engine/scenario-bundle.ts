// What the engine is given to play one scenario: its description, its compiled story and
// the move ids it may use. Built by the app's loader or the build's catalog.
import type { ScenarioMeta } from './scenario-meta';

/** What an encounter needs of the taxonomy: which move ids exist. The full taxonomy fits. */
export interface MoveIndex {
  readonly moves: ReadonlyMap<string, unknown>;
}

export interface ScenarioBundle {
  meta: ScenarioMeta;
  /** Compiled ink JSON. */
  storyJson: string;
  storyVersion: string;
  taxonomy: MoveIndex;
}
