// The results file: an anonymous, versioned record of one run, for the learner to keep and
// for a facilitator to collect. It holds the choices and what they did, and the run's code,
// never the learner's name or their written reaction (only a nickname they chose), and is
// validated whenever it is read back.
import * as z from 'zod/mini';
import { refuse, type Read } from './read-problem';
import type { ScenarioBundle } from './scenario-bundle';
import { choicePositions, cleanNickname, codeIsFor, decodeRunCode, NICKNAME_MAX, replayRunCodeSoFar, runCodeOf } from './run-code';
import type { LogEntry, RunSummary } from './run-log';
import { firstProblem, runLogSchema, seedSchema, variablesSchema } from './schemas';

export const RESULTS_FORMAT = 'asymmetry-results';
// 2: the run's seed, and each option's debrief line (why). 3: the run code and a nickname.
export const RESULTS_SCHEMA = 3;
/** Larger than any real run; a bigger file is refused before parsing. */
export const RESULTS_MAX_BYTES = 2_000_000;

const resultsSchema = z.object({
  format: z.literal(RESULTS_FORMAT),
  schema: z.literal(RESULTS_SCHEMA),
  scenarioId: z.string().check(z.maxLength(100)),
  scenarioTitle: z.string().check(z.maxLength(300)),
  storyVersion: z.string().check(z.maxLength(100)),
  seed: seedSchema,
  /** The run code (run-code.ts): checked against the log when read. */
  code: z.string().check(z.maxLength(300)),
  /** The only name a results file may carry: one the learner chose, or none. */
  nickname: z.nullable(z.string().check(z.maxLength(NICKNAME_MAX))),
  /** The day only: enough to sort a group's files, too coarse to identify anyone. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  finished: z.boolean(),
  practice: z.boolean(),
  ending: z.nullable(z.string()),
  final: variablesSchema,
  log: runLogSchema,
});

export type ResultsFile = z.infer<typeof resultsSchema>;

export interface ResultsSource {
  scenarioId: string;
  scenarioTitle: string;
  storyVersion: string;
  run: RunSummary;
  nickname: string | null;
  practice: boolean;
  now: Date;
}

export function makeResults(source: ResultsSource): ResultsFile {
  return {
    format: RESULTS_FORMAT,
    schema: RESULTS_SCHEMA,
    scenarioId: source.scenarioId,
    scenarioTitle: source.scenarioTitle,
    storyVersion: source.storyVersion,
    seed: source.run.seed,
    code: runCodeOf(source.scenarioId, source.storyVersion, source.run),
    nickname: source.nickname,
    date: source.now.toISOString().slice(0, 10),
    finished: source.run.ended,
    practice: source.practice,
    ending: source.run.ending,
    final: source.run.final,
    log: structuredClone(source.run.log) as LogEntry[],
  };
}

/** Reads a results file from anywhere; never throws, never trusts it. */
export function parseResults(text: string): Read<ResultsFile> {
  if (text.length > RESULTS_MAX_BYTES) return refuse({ kind: 'too-large' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse({ kind: 'unreadable' });
  }
  const header = z.object({ format: z.literal(RESULTS_FORMAT), schema: z.unknown() }).safeParse(data);
  if (!header.success) return refuse({ kind: 'wrong-kind' });
  // Our format with no version number is a damaged results file, not another kind of file.
  const schema = header.data.schema;
  if (typeof schema !== 'number' || Number.isNaN(schema)) return refuse({ kind: 'damaged', field: 'schema' });
  if (schema !== RESULTS_SCHEMA) return refuse({ kind: schema > RESULTS_SCHEMA ? 'newer-version' : 'older-version' });
  const parsed = resultsSchema.safeParse(data);
  if (!parsed.success) return refuse({ kind: 'damaged', field: firstProblem(parsed.error) });
  const results = parsed.data;
  if (results.log.some((e, i) => e.turn !== i || !e.offered.some((o) => o.index === e.chosen))) return refuse({ kind: 'damaged', field: 'choice-order' });
  if (results.nickname !== null && cleanNickname(results.nickname) !== results.nickname) return refuse({ kind: 'damaged', field: 'nickname' });
  // The code must be this run's: the same seed and the same choices as the log.
  const code = decodeRunCode(results.code);
  if (!code.ok || code.value.seed !== results.seed || code.value.choices.join() !== choicePositions(results.log).join()) return refuse({ kind: 'damaged', field: 'code' });
  return { ok: true, value: results };
}

/**
 * Whether a results file read as one run of the scenario it names: its code was made for that
 * scenario and story version. One put together from two scenarios' files is not, and is no
 * earlier version of anything. (A group collects by the scenario named, and replays the code.)
 */
export function isOneRun(results: ResultsFile): boolean {
  const code = decodeRunCode(results.code);
  return code.ok && codeIsFor(code.value, results.scenarioId, results.storyVersion);
}

/** Whether a results file tells the run as the replay does: every choice, line of why, variable and the ending. */
export function tellsTheRun(results: ResultsFile, replay: RunSummary): boolean {
  const told = (log: RunSummary['log']) =>
    JSON.stringify(log.map((e) => [e.turn, e.knot, e.path, e.prompt, e.offered.map((o) => [o.index, o.text, o.moves, o.time, o.why]), e.chosen, e.moves, e.time, e.before, e.after, e.disclosed]));
  return results.ending === replay.ending && JSON.stringify(results.final) === JSON.stringify(replay.final) && told(results.log) === told(replay.log);
}

/** Whether a results file of `bundle`'s own story version tells what replaying its code does there (else it was altered). */
export function replaysAsTold(bundle: ScenarioBundle, results: ResultsFile): boolean {
  const code = decodeRunCode(results.code);
  const replayed = code.ok ? replayRunCodeSoFar(bundle, code.value) : code;
  return replayed.ok && tellsTheRun(results, replayed.value.summary());
}

export function runFromResults(results: ResultsFile): RunSummary {
  return { seed: results.seed, log: results.log, final: results.final, ended: results.finished, ending: results.ending };
}

export function resultsFilename(results: ResultsFile): string {
  return `asymmetry-${results.scenarioId}-${results.date}.json`;
}
