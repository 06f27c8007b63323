// Schemas for the run data that leaves memory (saves, results files): shared so that both
// read a run log the same way.
import * as z from 'zod/mini';
import { MAX_SEED } from './encounter';
import { MOODS, SETTINGS, WHY_MAX } from './tags';

export const variablesSchema = z.record(z.string(), z.number());

const setting = z.enum(SETTINGS);
const lineTags = z.object({
  speaker: z.optional(z.string()),
  mood: z.optional(z.enum(MOODS)),
  bg: z.optional(setting),
  sfx: z.optional(z.string()),
  ambience: z.optional(z.union([setting, z.literal('none')])),
  disclose: z.optional(z.string()),
  ending: z.optional(z.string()),
});

export const transcriptSchema = z.array(z.object({ turn: z.int(), text: z.string(), tags: lineTags }));

const offered = z.object({ index: z.int(), text: z.string(), moves: z.array(z.string()), time: z.number(), why: z.string().check(z.maxLength(WHY_MAX)) });

/** A run's seed, as runs, saves and results files carry it. */
export const seedSchema = z.int().check(z.gte(0), z.lte(MAX_SEED));

export const runLogSchema = z.array(
  z.object({
    turn: z.int(),
    knot: z.string(),
    path: z.string(),
    prompt: z.nullable(z.string()),
    offered: z.array(offered),
    chosen: z.int(),
    moves: z.array(z.string()),
    time: z.number(),
    before: variablesSchema,
    after: variablesSchema,
    disclosed: z.array(z.string()),
  }),
);

/** "encounter.log.3.after" for the first problem: enough to say what is wrong. */
export function firstProblem(error: { issues: readonly { path: readonly PropertyKey[] }[] }): string {
  return error.issues[0]?.path.map(String).join('.') || 'the top level';
}
