// The hidden variables an encounter observes: trust and autonomy always, plus any the
// scenario declares in its metadata.
import type { ScenarioMeta } from './scenario-meta';
import type { VariableSnapshot } from './run-log';

export const CORE_RANGE = { min: 0, max: 100 } as const;

export interface TrackedVariable {
  name: string;
  label: string;
  min: number;
  max: number;
}

export function trackedVariables(meta: ScenarioMeta): TrackedVariable[] {
  return [
    { name: 'trust', label: 'Trust', ...CORE_RANGE },
    { name: 'autonomy', label: 'Autonomy', ...CORE_RANGE },
    ...(meta.variables ?? []),
  ];
}

/** Reads a variable from ink's variable state; anything not a finite number is reported. */
export interface VariableSource {
  read(name: string): unknown;
}

export function snapshotVariables(source: VariableSource, tracked: readonly TrackedVariable[]): VariableSnapshot {
  const snapshot: VariableSnapshot = {};
  for (const v of tracked) {
    const value = source.read(v.name);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`The story does not declare a number variable "${v.name}" (VAR ${v.name} = ...).`);
    }
    snapshot[v.name] = value;
  }
  return snapshot;
}

/** Names of variables outside their declared range, for the checker and tests. */
export function outOfRange(snapshot: VariableSnapshot, tracked: readonly TrackedVariable[]): string[] {
  return tracked
    .filter((v) => {
      const value = snapshot[v.name];
      return value === undefined || value < v.min || value > v.max;
    })
    .map((v) => `${v.name}=${snapshot[v.name]} (allowed ${v.min}..${v.max})`);
}
