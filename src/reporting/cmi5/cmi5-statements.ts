// The statements a cmi5 AU sends, built by the xAPI builder with cmi5's rules on top (cmi5
// sections 7.1.3, 9 and 10.2.1): every context starts from the LMS's context template (its
// activities, extensions (the session id among them) and other properties, none overwritten)
// and carries the launch's registration. The cmi5-defined statements (initialized, completed,
// terminated) are about the AU itself (the launch's activityId) and carry the cmi5 category;
// completed also the moveOn category and both a duration. A choice is a cmi5-allowed
// statement: the xAPI builder's, with the template and without the cmi5 category.
import type { ChoiceReport, EndReport } from '../reporter';
import {
  buildStatement,
  choiceStatement,
  runExtensions,
  verb,
  type Activity,
  type LeverOf,
  type NewId,
  type Result,
  type Statement,
  type StatementOptions,
  type StatementParts,
} from '../xapi/statements';
import { EXTENSIONS } from '../xapi/vocabulary';
import { CMI5_CATEGORY, MOVE_ON_CATEGORY } from './cmi5-iris';
import type { Cmi5Launch } from './launch';
import type { LaunchData } from './launch-data';

export interface Cmi5StatementContext {
  launch: Cmi5Launch;
  launchData: LaunchData;
  newId: NewId;
}

const category = (id: string): Activity => ({ objectType: 'Activity', id });

/** The builder's options for this launch, with `categories` added to the template's. */
function optionsFor({ launch, launchData, newId }: Cmi5StatementContext, categories: readonly string[]): StatementOptions {
  const { contextActivities, extensions } = launchData.contextTemplate;
  const template = {
    contextActivities: { ...contextActivities, category: [...(contextActivities?.category ?? []), ...categories.map(category)] },
    extensions,
  };
  return { actor: launch.actor, context: { registration: launch.registration, template }, newId };
}

/** The template's other context properties win over the builder's own (platform, language). */
function withTemplate(statement: Statement, launchData: LaunchData): Statement {
  return { ...statement, context: { ...statement.context, ...launchData.contextTemplate.rest } };
}

function defined(context: Cmi5StatementContext, name: 'initialized' | 'completed' | 'terminated', at: Date, result?: Result, extensions?: StatementParts['extensions']): Statement {
  const categories = result?.completion === undefined ? [CMI5_CATEGORY] : [CMI5_CATEGORY, MOVE_ON_CATEGORY];
  const object: Activity = { objectType: 'Activity', id: context.launch.activityId };
  const statement = buildStatement({ verb: verb(name), object, at, ...(result ? { result } : {}), ...(extensions ? { extensions } : {}) }, optionsFor(context, categories));
  return withTemplate(statement, context.launchData);
}

/** The AU is ready for the learner: the session's first statement. */
export function cmi5Initialized(context: Cmi5StatementContext, at: Date): Statement {
  return defined(context, 'initialized', at);
}

/** An ending reached: the AU completed (once per registration), with the time it took and the run. Never a score. */
export function cmi5Completed(context: Cmi5StatementContext, report: EndReport, durationMs: number): Statement {
  const result: Result = {
    completion: true,
    duration: isoDuration(durationMs),
    ...(report.ending === null ? {} : { extensions: { [EXTENSIONS.ending]: report.ending } }),
  };
  return defined(context, 'completed', report.at, result, runExtensions(report.run, report.runCode));
}

/** The session's last statement, with the session's length. */
export function cmi5Terminated(context: Cmi5StatementContext, at: Date, durationMs: number): Statement {
  return defined(context, 'terminated', at, { duration: isoDuration(durationMs) });
}

/** A choice as a cmi5-allowed statement. */
export function cmi5Choice(context: Cmi5StatementContext, report: ChoiceReport, leverOf: LeverOf): Statement {
  return withTemplate(choiceStatement(report, { ...optionsFor(context, []), leverOf }), context.launchData);
}

/** An ISO 8601 duration to the hundredth of a second, as xAPI keeps it: PT1H2M3.45S. */
export function isoDuration(ms: number): string {
  const centiseconds = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = (centiseconds % 6_000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
}
