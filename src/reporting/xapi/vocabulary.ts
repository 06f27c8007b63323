// The IRIs Asymmetry's statements use. Stable: an LRS keeps records for years, and reports
// written against these names must go on reading them. docs/xapi.md lists each with a sample.
export const IRI_BASE = 'https://w3id.org/asymmetry/xapi';

export const activityIri = (scenarioId: string): string => `${IRI_BASE}/scenarios/${encodeURIComponent(scenarioId)}`;
export const choicePointIri = (scenarioId: string, choicePoint: string): string =>
  `${activityIri(scenarioId)}/choice-points/${encodeURIComponent(choicePoint)}`;

/** Context extensions on every choice statement. */
export const EXTENSIONS = {
  scenario: `${IRI_BASE}/extensions/scenario`,
  storyVersion: `${IRI_BASE}/extensions/story-version`,
  choicePoint: `${IRI_BASE}/extensions/choice-point`,
  turn: `${IRI_BASE}/extensions/turn`,
  optionsOffered: `${IRI_BASE}/extensions/options-offered`,
  optionChosen: `${IRI_BASE}/extensions/option-chosen`,
  moves: `${IRI_BASE}/extensions/moves`,
  before: `${IRI_BASE}/extensions/variables-before`,
  after: `${IRI_BASE}/extensions/variables-after`,
  /** { attempt, seed, code }: the run so far, so a facilitator can rebuild it exactly. */
  run: `${IRI_BASE}/extensions/run`,
  /** The run's attempt id (a UUID), on every statement: a run's statements share it, from its start on. */
  attempt: `${IRI_BASE}/extensions/attempt`,
  /** The ending reached (its id in the story), in the result of a completed statement. */
  ending: `${IRI_BASE}/extensions/ending`,
} as const;

export const ACTIVITY_TYPES = {
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  choicePoint: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

export const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
