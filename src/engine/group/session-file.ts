// A group session as one file: the runs a facilitator collected for one scenario, to keep on
// the device, move to another device or archive. It holds run codes and the nicknames the
// learners chose, nothing else: every run is rebuilt by replaying its code.
import * as z from 'zod/mini';
import { refuse, type Read } from '../read-problem';
import { NICKNAME_MAX } from '../run-code';
import { firstProblem } from '../schemas';
import type { KeptRun } from './group-run';

export const SESSION_FORMAT = 'asymmetry-group-session';
export const SESSION_SCHEMA = 1;
/** Far more runs than any room; a bigger session is refused before it is parsed. */
export const SESSION_MAX_RUNS = 2_000;
const SESSION_MAX_BYTES = SESSION_MAX_RUNS * 200;

const sessionSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  schema: z.literal(SESSION_SCHEMA),
  scenarioId: z.string().check(z.maxLength(100)),
  storyVersion: z.string().check(z.maxLength(100)),
  /** The day only, as results files carry it. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  runs: z.array(z.object({ code: z.string().check(z.maxLength(300)), nickname: z.nullable(z.string().check(z.maxLength(NICKNAME_MAX))) })).check(z.maxLength(SESSION_MAX_RUNS)),
});

export type SessionFile = z.infer<typeof sessionSchema>;

export function makeSessionFile(scenarioId: string, storyVersion: string, runs: readonly KeptRun[], now: Date): SessionFile {
  return { format: SESSION_FORMAT, schema: SESSION_SCHEMA, scenarioId, storyVersion, date: now.toISOString().slice(0, 10), runs: runs.map(({ code, nickname }) => ({ code, nickname })) };
}

/** Whether parsed JSON says it is a session file. */
function isSessionData(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === SESSION_FORMAT;
}

/** Reads a session file; never throws. Its runs are still to be replayed one by one. */
export function parseSessionFile(text: string): Read<SessionFile> {
  if (text.length > SESSION_MAX_BYTES) return refuse({ kind: 'too-large' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse({ kind: 'unreadable' });
  }
  if (!isSessionData(data)) return refuse({ kind: 'wrong-kind' });
  // More runs than any room is a file too large, not a damaged one.
  const runs = (data as { runs?: unknown }).runs;
  if (Array.isArray(runs) && runs.length > SESSION_MAX_RUNS) return refuse({ kind: 'too-large' });
  const schema = (data as { schema?: unknown }).schema;
  if (typeof schema === 'number' && schema !== SESSION_SCHEMA) return refuse({ kind: schema > SESSION_SCHEMA ? 'newer-version' : 'older-version' });
  const parsed = sessionSchema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : refuse({ kind: 'damaged', field: firstProblem(parsed.error) });
}

export const sessionFilename = (session: SessionFile) => `asymmetry-group-${session.scenarioId}-${session.date}.json`;
