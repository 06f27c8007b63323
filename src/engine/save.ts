// Autosaves: one slot per scenario in an injected key-value store (localStorage in the
// browser, a Map in tests). A save that cannot be used is never dropped or half-loaded: the
// reader explains why, and setAside() keeps it under another key before a new run starts. A
// save made before the scenario was updated resumes on the new version where its path still
// exists (story-update.ts).
import * as z from 'zod/mini';
import { Encounter, type ScenarioBundle } from './encounter';
import type { ReadProblem } from './read-problem';
import { firstProblem, runLogSchema, transcriptSchema } from './schemas';
import { replayOnUpdatedStory } from './story-update';

export const SAVE_FORMAT = 'asymmetry-save';
// 2: choices carry their debrief line (why); the seed is in the ink state.
export const SAVE_SCHEMA = 2;
/** Far beyond any save the game writes (the longest scenario played through is some 50,000 characters). */
export const SAVE_MAX_CHARS = 1_000_000;
const PREFIX = 'asymmetry:save:';
const KEPT_PREFIX = 'asymmetry:kept:';

/** The part of the Web Storage API the saves need; localStorage fits it as it is. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The JSON kept under `key` if it fits `schema`; null when nothing is kept, it is unreadable, or storage refuses. */
export function readKept<T>(store: KeyValueStore, key: string, schema: z.ZodMiniType<T>): T | null {
  try {
    const raw = store.getItem(key);
    if (raw === null) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const saveSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  schema: z.literal(SAVE_SCHEMA),
  scenarioId: z.string(),
  storyVersion: z.string(),
  savedAt: z.string(),
  ended: z.boolean(),
  encounter: z.object({
    inkState: z.string().check(z.minLength(2)),
    transcript: transcriptSchema,
    log: runLogSchema,
  }),
});

export type SaveFile = z.infer<typeof saveSchema>;

/**
 * What inkjs's StoryState.LoadJson reads from a saved ink state. Checked when a save is read,
 * so a state inkjs would refuse ("ink save format incorrect") is found before the menu offers
 * Continue; a state of the right shape that still does not fit the story is caught on resume.
 */
const inkStateSchema = z.object({
  // inkjs loads states from version 8 on (kMinCompatibleLoadVersion).
  inkSaveVersion: z.int().check(z.gte(8)),
  flows: z.record(z.string(), z.object({ callstack: z.object({}), outputStream: z.array(z.unknown()), currentChoices: z.array(z.unknown()) })),
  currentFlowName: z.string(),
  variablesState: z.record(z.string(), z.unknown()),
  evalStack: z.array(z.unknown()),
  visitCounts: z.record(z.string(), z.number()),
  turnIndices: z.record(z.string(), z.number()),
  turnIdx: z.int(),
  storySeed: z.int(),
  previousRandom: z.int(),
});

/** An ink state, read if it has the shape inkjs loads; null otherwise (never throws). */
function inkStateOf(inkState: string): z.infer<typeof inkStateSchema> | null {
  try {
    const parsed = inkStateSchema.safeParse(JSON.parse(inkState));
    return parsed.success && Object.hasOwn(parsed.data.flows, parsed.data.currentFlowName) ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A save that cannot be used: why, and its text as it was, to keep. */
export interface UnusableSave {
  status: 'unusable';
  problem: ReadProblem;
  raw: string;
}

/** `updated`: made on another version of the scenario's story (before an update), so resuming replays it on this one. */
export type SaveReadResult = { status: 'empty' } | { status: 'ok'; save: SaveFile; updated: boolean } | UnusableSave;

/** `updated`: the run was carried onto this version of the story from the one it was saved on. */
export type ResumeResult = { status: 'ok'; encounter: Encounter; updated: boolean } | UnusableSave;

export function saveKey(scenarioId: string): string {
  return PREFIX + scenarioId;
}

export function makeSave(encounter: Encounter, now: Date): SaveFile {
  return {
    format: SAVE_FORMAT,
    schema: SAVE_SCHEMA,
    scenarioId: encounter.meta.id,
    storyVersion: encounter.storyVersion,
    savedAt: now.toISOString(),
    ended: encounter.ended,
    encounter: encounter.snapshot(),
  };
}

/** Checks a save's text against the scenario it claims to be for; never throws. */
export function parseSave(raw: string, scenarioId: string, storyVersion: string): SaveReadResult {
  const unusable = (problem: ReadProblem): UnusableSave => ({ status: 'unusable', problem, raw });
  if (raw.length > SAVE_MAX_CHARS) return unusable({ kind: 'too-large' });
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return unusable({ kind: 'unreadable' });
  }
  const header = z.object({ format: z.string(), schema: z.number() }).safeParse(data);
  if (!header.success || header.data.format !== SAVE_FORMAT) return unusable({ kind: 'wrong-kind' });
  if (header.data.schema < SAVE_SCHEMA) return unusable({ kind: 'older-version' });
  if (header.data.schema > SAVE_SCHEMA) return unusable({ kind: 'newer-version' });
  const parsed = saveSchema.safeParse(data);
  if (!parsed.success) return unusable({ kind: 'damaged', field: firstProblem(parsed.error) });
  if (parsed.data.scenarioId !== scenarioId) return unusable({ kind: 'other-scenario', scenarioId: parsed.data.scenarioId });
  if (!inkStateOf(parsed.data.encounter.inkState)) return unusable({ kind: 'damaged', field: 'story-state' });
  return { status: 'ok', save: parsed.data, updated: parsed.data.storyVersion !== storyVersion };
}

/** The run's seed, from the ink state (where ink keeps it); parseSave has checked that it reads. */
function seedOf(save: SaveFile): number {
  return inkStateOf(save.encounter.inkState)!.storySeed;
}

export class SaveSlots {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  read(scenarioId: string, storyVersion: string): SaveReadResult {
    const raw = this.store.getItem(saveKey(scenarioId));
    return raw === null ? { status: 'empty' } : parseSave(raw, scenarioId, storyVersion);
  }

  /**
   * Reads and restores in one go: a save whose ink state does not load counts as corrupt. A save
   * of an earlier version of the story is played again on this one; if its path is gone, it is
   * unusable (and so kept, as every unusable save is) with what changed.
   */
  resume(bundle: ScenarioBundle): ResumeResult | { status: 'empty' } {
    const read = this.read(bundle.meta.id, bundle.storyVersion);
    if (read.status !== 'ok') return read;
    const unusable = (problem: ReadProblem): UnusableSave => ({ status: 'unusable', problem, raw: this.store.getItem(saveKey(bundle.meta.id)) ?? '' });
    if (read.updated) {
      const replayed = replayOnUpdatedStory(bundle, seedOf(read.save), read.save.encounter.log);
      return replayed.ok ? { status: 'ok', encounter: replayed.value, updated: true } : unusable(replayed.problem);
    }
    try {
      return { status: 'ok', encounter: Encounter.restore(bundle, read.save.encounter), updated: false };
    } catch {
      // The ink state, or the transcript beside it, does not fit this scenario's story.
      return unusable({ kind: 'damaged', field: 'story-state' });
    }
  }

  write(encounter: Encounter): void {
    this.store.setItem(saveKey(encounter.meta.id), JSON.stringify(makeSave(encounter, this.now())));
  }

  /** Keeps the current save under a new key (never overwriting another) and frees the slot. */
  setAside(scenarioId: string): string | null {
    const raw = this.store.getItem(saveKey(scenarioId));
    if (raw === null) return null;
    const stamp = this.now().toISOString();
    let key = `${KEPT_PREFIX}${scenarioId}:${stamp}`;
    for (let n = 2; this.store.getItem(key) !== null; n++) key = `${KEPT_PREFIX}${scenarioId}:${stamp}:${n}`;
    this.store.setItem(key, raw);
    this.store.removeItem(saveKey(scenarioId));
    return key;
  }

  /** Ends a run the player chose to abandon or finished and left. */
  clear(scenarioId: string): void {
    this.store.removeItem(saveKey(scenarioId));
  }
}
