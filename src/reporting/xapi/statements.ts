// Asymmetry's xAPI statements, built from the reporting port's facts. Each statement is whole
// when built: its id (a UUID v4 from the injected generator) and its timestamp are fixed here,
// before it is queued, so however often it is sent the LRS stores it once. Plain xAPI and cmi5
// share these builders; cmi5 passes its LMS's context template, merged into every context.
import type { ChoiceReport, EndReport, RunRef } from '../reporter';
import { ACTIVITY_TYPES, activityIri, choicePointIri, EXTENSIONS, VERBS } from './vocabulary';

/** The stories are written in English; every language map the game sends is keyed so. */
export const LANGUAGE = 'en';
export const PLATFORM = 'Asymmetry';
export const XAPI_VERSION = '1.0.3';

export type LanguageMap = Record<string, string>;
/** Extension values are JSON. */
export type Extensions = Record<string, unknown>;

export interface Account {
  homePage: string;
  name: string;
}

/** An agent with exactly one identifier (mbox, mbox_sha1sum, openid or account). */
export interface Agent {
  objectType: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: Account;
}

export interface Verb {
  id: string;
  display: LanguageMap;
}

export interface InteractionComponent {
  id: string;
  description: LanguageMap;
}

export interface ActivityDefinition {
  type?: string;
  name?: LanguageMap;
  description?: LanguageMap;
  interactionType?: 'choice';
  choices?: InteractionComponent[];
  extensions?: Extensions;
}

export interface Activity {
  objectType?: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface ContextActivities {
  parent?: Activity[];
  grouping?: Activity[];
  category?: Activity[];
  other?: Activity[];
}

export interface Context {
  registration?: string;
  contextActivities?: ContextActivities;
  platform?: string;
  language?: string;
  extensions?: Extensions;
}

export interface Result {
  response?: string;
  completion?: boolean;
  success?: boolean;
  duration?: string;
  extensions?: Extensions;
}

export interface Statement {
  id: string;
  actor: Agent;
  verb: Verb;
  object: Activity;
  result?: Result;
  context?: Context;
  timestamp: string;
  version: typeof XAPI_VERSION;
}

/** What the caller's launch gives every statement's context. */
export interface ContextBase {
  /** The registration the launch named (TinCan launch, cmi5), if any. */
  registration?: string | null;
  /** cmi5: LMS.LaunchData's contextTemplate, kept in every statement's context. */
  template?: Pick<Context, 'contextActivities' | 'extensions'>;
}

/** A fresh UUID v4 (crypto.randomUUID in the browser). */
export type NewId = () => string;
/** The lever of a move id in the taxonomy (information, decision-control, ...), null if unknown. */
export type LeverOf = (moveId: string) => string | null;

/** What every statement of one launch shares. */
export interface StatementOptions {
  actor: Agent;
  context: ContextBase;
  newId: NewId;
}

export type VerbName = keyof typeof VERBS;
export const verb = (name: VerbName): Verb => ({ id: VERBS[name], display: { [LANGUAGE]: name } });

/** An option's id in a choice statement: its position among the options offered, as ink numbers them. */
export const optionId = (index: number): string => `option-${index}`;

export function scenarioActivity(run: Pick<RunRef, 'scenarioId' | 'scenarioTitle'>): Activity {
  return {
    objectType: 'Activity',
    id: activityIri(run.scenarioId),
    definition: { type: ACTIVITY_TYPES.scenario, name: { [LANGUAGE]: run.scenarioTitle } },
  };
}

/** A choice point as an interaction: the options offered, in the words the learner read. No correct answer: there is none. */
export function choicePointActivity(report: Pick<ChoiceReport, 'run' | 'entry' | 'choicePoint'>): Activity {
  const { run, entry, choicePoint } = report;
  return {
    objectType: 'Activity',
    id: choicePointIri(run.scenarioId, choicePoint),
    definition: {
      type: ACTIVITY_TYPES.choicePoint,
      name: { [LANGUAGE]: `${run.scenarioTitle}: a moment of choice (${choicePoint})` },
      ...(entry.prompt ? { description: { [LANGUAGE]: entry.prompt } } : {}),
      interactionType: 'choice',
      choices: entry.offered.map((option) => ({ id: optionId(option.index), description: { [LANGUAGE]: option.text } })),
    },
  };
}

export interface StatementParts {
  verb: Verb;
  object: Activity;
  at: Date;
  result?: Result;
  /** Activities this one is part of (a choice point's scenario). */
  parent?: Activity[];
  extensions?: Extensions;
}

/** Any statement: the launch's actor and context, merged with this statement's own parts. */
export function buildStatement(parts: StatementParts, options: StatementOptions): Statement {
  const { template, registration } = options.context;
  const contextActivities = mergeContextActivities(template?.contextActivities, parts.parent ? { parent: parts.parent } : undefined);
  const extensions = { ...parts.extensions, ...template?.extensions };
  return {
    id: options.newId(),
    actor: options.actor,
    verb: parts.verb,
    object: parts.object,
    ...(parts.result ? { result: parts.result } : {}),
    context: {
      ...(registration ? { registration } : {}),
      ...(contextActivities ? { contextActivities } : {}),
      platform: PLATFORM,
      language: LANGUAGE,
      ...(Object.keys(extensions).length ? { extensions } : {}),
    },
    timestamp: parts.at.toISOString(),
    version: XAPI_VERSION,
  };
}

/** The extensions naming the scenario and the run: on every statement of a run. */
export function runExtensions(run: RunRef, code: string | null): Extensions {
  return {
    [EXTENSIONS.scenario]: run.scenarioId,
    [EXTENSIONS.storyVersion]: run.storyVersion,
    [EXTENSIONS.attempt]: run.attempt,
    ...(code === null ? {} : { [EXTENSIONS.run]: { attempt: run.attempt, seed: run.seed, code } }),
  };
}

/** A choice made: answered, the option's id as the response, and what it did in the extensions. */
export function choiceStatement(report: ChoiceReport, options: StatementOptions & { leverOf: LeverOf }): Statement {
  const { run, entry } = report;
  return buildStatement(
    {
      verb: verb('answered'),
      object: choicePointActivity(report),
      at: report.at,
      result: { response: optionId(entry.chosen) },
      parent: [scenarioActivity(run)],
      extensions: {
        ...runExtensions(run, report.runCode),
        [EXTENSIONS.choicePoint]: report.choicePoint,
        [EXTENSIONS.turn]: entry.turn,
        [EXTENSIONS.optionsOffered]: entry.offered.map((option) => ({ id: optionId(option.index), text: option.text })),
        [EXTENSIONS.optionChosen]: optionId(entry.chosen),
        [EXTENSIONS.moves]: entry.moves.map((id) => ({ id, lever: options.leverOf(id) })),
        [EXTENSIONS.before]: { ...entry.before },
        [EXTENSIONS.after]: { ...entry.after },
      },
    },
    options,
  );
}

/** A run opened (new or resumed): initialized, on the scenario. */
export function initializedStatement(run: RunRef, at: Date, options: StatementOptions): Statement {
  return buildStatement({ verb: verb('initialized'), object: scenarioActivity(run), at, extensions: runExtensions(run, null) }, options);
}

/** An ending reached: completed, on the scenario, the ending in the result. Never a score or a success: nothing is graded. */
export function completedStatement(report: EndReport, options: StatementOptions): Statement {
  return buildStatement(
    {
      verb: verb('completed'),
      object: scenarioActivity(report.run),
      at: report.at,
      result: { completion: true, ...(report.ending === null ? {} : { extensions: { [EXTENSIONS.ending]: report.ending } }) },
      extensions: runExtensions(report.run, report.runCode),
    },
    options,
  );
}

const CONTEXT_LISTS = ['parent', 'grouping', 'category', 'other'] as const;

/** The template's activities first, then the statement's own, each id once. */
function mergeContextActivities(template: ContextActivities | undefined, own: ContextActivities | undefined): ContextActivities | undefined {
  const merged: ContextActivities = {};
  for (const list of CONTEXT_LISTS) {
    const activities = [...(template?.[list] ?? []), ...(own?.[list] ?? [])];
    const ids = new Set<string>();
    const unique = activities.filter((activity) => !ids.has(activity.id) && ids.add(activity.id));
    if (unique.length) merged[list] = unique;
  }
  return Object.keys(merged).length ? merged : undefined;
}
