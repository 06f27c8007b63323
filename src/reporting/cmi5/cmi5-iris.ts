// The names cmi5 itself defines (cmi5 sections 9.6, 10 and 11), and the one document name
// Asymmetry adds: the AU's own state, where the run is kept to resume.
import { IRI_BASE } from '../xapi/vocabulary';

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';
export const LEARNER_PREFERENCES_PROFILE_ID = 'cmi5LearnerPreferences';
/** Asymmetry's own state document for this AU and registration: the run to resume. */
export const RUN_STATE_ID = `${IRI_BASE}/state/run`;
