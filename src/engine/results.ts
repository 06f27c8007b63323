// The results file: an anonymous, versioned record of one run, for the learner to keep and
// for a facilitator to collect. It holds the choices and what they did, never the learner's
// name or their written reaction, and is validated whenever it is read back.
import * as z from 'zod/mini';
import type { LogEntry, RunSummary } from './run-log';
import { firstProblem, runLogSchema, seedSchema, variablesSchema } from './schemas';

export const RESULTS_FORMAT = 'asymmetry-results';
// 2: the run's seed, and each option's debrief line (why).
export const RESULTS_SCHEMA = 2;
/** Larger than any real run; a bigger file is refused before parsing. */
export const RESULTS_MAX_BYTES = 2_000_000;

const resultsSchema = z.object({
  format: z.literal(RESULTS_FORMAT),
  schema: z.literal(RESULTS_SCHEMA),
  scenarioId: z.string().check(z.maxLength(100)),
  scenarioTitle: z.string().check(z.maxLength(300)),
  storyVersion: z.string().check(z.maxLength(100)),
  seed: seedSchema,
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
    date: source.now.toISOString().slice(0, 10),
    finished: source.run.ended,
    practice: source.practice,
    ending: source.run.ending,
    final: source.run.final,
    log: structuredClone(source.run.log) as LogEntry[],
  };
}

export type ResultsReadResult = { ok: true; results: ResultsFile } | { ok: false; message: string };

/** Reads a results file from anywhere; never throws, never trusts it. */
export function parseResults(text: string): ResultsReadResult {
  if (text.length > RESULTS_MAX_BYTES) return { ok: false, message: 'This file is too large to be an Asymmetry results file.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not readable data (it is not JSON). Is it an Asymmetry results file?' };
  }
  const header = z.object({ format: z.string(), schema: z.number() }).safeParse(data);
  if (!header.success || header.data.format !== RESULTS_FORMAT) {
    return { ok: false, message: 'This is not an Asymmetry results file.' };
  }
  if (header.data.schema !== RESULTS_SCHEMA) {
    const which = header.data.schema > RESULTS_SCHEMA ? 'a newer' : 'an older';
    return { ok: false, message: `This results file was made by ${which} version of Asymmetry and cannot be read here.` };
  }
  const parsed = resultsSchema.safeParse(data);
  if (!parsed.success) return { ok: false, message: `This results file is damaged (${firstProblem(parsed.error)} is not what it should be).` };
  const log = parsed.data.log;
  if (log.some((e, i) => e.turn !== i || !e.offered.some((o) => o.index === e.chosen))) {
    return { ok: false, message: 'This results file is damaged (its choices are out of order or name options that were not offered).' };
  }
  return { ok: true, results: parsed.data };
}

export function runFromResults(results: ResultsFile): RunSummary {
  return { seed: results.seed, log: results.log, final: results.final, ended: results.finished, ending: results.ending };
}

export function resultsFilename(results: ResultsFile): string {
  return `asymmetry-${results.scenarioId}-${results.date}.json`;
}
