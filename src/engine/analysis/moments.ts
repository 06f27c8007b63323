// Rebuilds every choice point of a finished or unfinished run by replaying its choices from
// the start with the run's seed. The story is deterministic for a seed, so this is exact; a replay that does
// not match the log means the story changed under the run, and is reported as such.
import { Encounter, EncounterError, type ScenarioBundle } from '../encounter';
import type { LogEntry, OfferedChoice, VariableSnapshot } from '../run-log';

export interface Moment {
  turn: number;
  /** ink state just before the choice: where counterfactuals start. */
  inkState: string;
  before: VariableSnapshot;
  offered: OfferedChoice[];
  chosen: number;
}

export function replayMoments(bundle: ScenarioBundle, log: readonly LogEntry[], seed: number): Moment[] {
  const encounter = Encounter.begin(bundle, seed);
  return log.map((entry) => {
    const offered = encounter.choices;
    if (offered.length !== entry.offered.length || offered.some((o, i) => o.text !== entry.offered[i]?.text)) {
      throw new EncounterError(`Replaying the run diverged at choice ${entry.turn + 1}: the story has changed since it was played.`);
    }
    const moment: Moment = { turn: entry.turn, inkState: encounter.inkState(), before: encounter.variables, offered: [...offered], chosen: entry.chosen };
    encounter.choose(entry.chosen);
    return moment;
  });
}

/** A new encounter at the start of choice point `turn`, with the run's history (and seed) up to it. */
export function encounterAt(bundle: ScenarioBundle, log: readonly LogEntry[], turn: number, seed: number): Encounter {
  const encounter = Encounter.begin(bundle, seed);
  for (const entry of log.slice(0, turn)) encounter.choose(entry.chosen);
  return encounter;
}
