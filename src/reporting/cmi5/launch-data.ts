// What the LMS wrote for this launch before it launched the AU: the LMS.LaunchData state
// document (cmi5 section 10) and the learner's preferences agent profile (section 11). Read
// strictly where cmi5 requires a value (a context template holding the session id, a launch
// mode, a moveOn), loosely elsewhere: an unknown extra property is the LMS's business.
import * as z from 'zod/mini';
import type { ContextActivities } from '../xapi/statements';
import { SESSION_ID_EXTENSION } from './cmi5-iris';

export type LaunchMode = 'Normal' | 'Browse' | 'Review';
export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/** The context template, as the statement builder takes it, with what else the LMS put in it. */
export interface ContextTemplate {
  contextActivities?: ContextActivities;
  extensions: Record<string, unknown>;
  /** Other context properties the LMS set (platform, language, revision, instructor, team, statement): kept as given. */
  rest: Record<string, unknown>;
}

export interface LaunchData {
  contextTemplate: ContextTemplate;
  /** The session id the LMS made for this launch: in every statement's context. */
  sessionId: string;
  launchMode: LaunchMode;
  moveOn: MoveOn;
  returnUrl: string | null;
  launchParameters: string | null;
}

export interface LearnerPreferences {
  /** RFC 5646 tags, most preferred first; empty when the learner set none. */
  languages: string[];
  /** cmi5 says the AU turns its sound on or off at start by this; null: the game's own setting. */
  audio: 'on' | 'off' | null;
}

const activitySchema = z.looseObject({ id: z.string().check(z.minLength(1)) });
const activityList = z.optional(z.array(activitySchema));
const launchDataSchema = z.looseObject({
  contextTemplate: z.looseObject({
    contextActivities: z.optional(z.looseObject({ parent: activityList, grouping: activityList, category: activityList, other: activityList })),
    extensions: z.record(z.string(), z.unknown()),
  }),
  launchMode: z.enum(['Normal', 'Browse', 'Review']),
  moveOn: z.enum(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']),
  returnURL: z.optional(z.string()),
  launchParameters: z.optional(z.string()),
});

// Context properties a template may carry besides its activities and extensions. The
// registration is not among them: the launch's registration is the one every statement carries.
const TEMPLATE_KEPT = ['platform', 'language', 'revision', 'instructor', 'team', 'statement'] as const;

/** LMS.LaunchData, or null when it is missing or lacks what cmi5 says it must hold. */
export function readLaunchData(document: unknown): LaunchData | null {
  const parsed = launchDataSchema.safeParse(document);
  if (!parsed.success) return null;
  const { contextTemplate, launchMode, moveOn, returnURL, launchParameters } = parsed.data;
  const sessionId = contextTemplate.extensions[SESSION_ID_EXTENSION];
  if (typeof sessionId !== 'string' || sessionId === '') return null;
  const rest: Record<string, unknown> = {};
  for (const key of TEMPLATE_KEPT) if (contextTemplate[key] !== undefined) rest[key] = contextTemplate[key];
  return {
    contextTemplate: {
      ...(contextTemplate.contextActivities ? { contextActivities: contextTemplate.contextActivities } : {}),
      extensions: contextTemplate.extensions,
      rest,
    },
    sessionId,
    launchMode,
    moveOn,
    returnUrl: returnURL ?? null,
    launchParameters: launchParameters ?? null,
  };
}

const LANGUAGE_TAG = /^[a-z]{2,8}(-[a-z0-9]{1,8})*$/i;

/** The learner preferences profile; no document, or a damaged one, is no preference. */
export function readLearnerPreferences(document: unknown): LearnerPreferences {
  const record = typeof document === 'object' && document !== null ? (document as Record<string, unknown>) : {};
  const { languagePreference, audioPreference } = record;
  const languages =
    typeof languagePreference === 'string'
      ? languagePreference
          .split(',')
          .map((tag) => tag.trim())
          .filter((tag) => LANGUAGE_TAG.test(tag))
      : [];
  const audio = audioPreference === 'on' || audioPreference === 'off' ? audioPreference : null;
  return { languages, audio };
}
