// Types for scorm-lms.js (plain JavaScript: the harness page runs it as it is).
export type ScormVersion = '1.2' | '2004';

/** scorm-again's CMI data as JSON. */
export type CmiData = Record<string, unknown>;

export class ScormLms<Api = unknown> {
  constructor(version: ScormVersion, Api: new (settings: object) => Api, learner?: string);
  readonly version: ScormVersion;
  readonly learner: string;
  kept: CmiData | null;
  launches: number;
  commits: number;
  sets: [element: string, value: string][];
  launch(): Api;
}
