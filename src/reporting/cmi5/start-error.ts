// Why a cmi5 launch could not start reporting: as data, so the app can fall back to playing
// without a learning system and the UI can say why in words.
import type { LaunchParameter } from './launch';

export type Cmi5StartProblem =
  /** A launch parameter is missing or malformed. */
  | { kind: 'launch-parameter'; parameter: LaunchParameter }
  /** The fetch URL gave no token: cmi5's error code (1 used or expired, 2 security, 3 application), or null if it did not answer so. */
  | { kind: 'auth-token'; errorCode: string | null }
  /** LMS.LaunchData is missing or lacks what cmi5 says it must hold. */
  | { kind: 'launch-data' }
  /** The LMS could not be reached (offline, timed out, or an HTTP error). */
  | { kind: 'unreachable' };

export class Cmi5StartError extends Error {
  constructor(readonly problem: Cmi5StartProblem) {
    super(`cmi5 launch: ${problem.kind}`);
    this.name = 'Cmi5StartError';
  }
}
