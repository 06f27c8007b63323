// What the room should show, derived from the transcript and the hidden variables: the
// setting, who is speaking, and how each person looks. The scene draws this; the DOM
// describes it in words for screen readers (ui/scene-words.ts). Trust and autonomy are never
// shown as numbers here: they become faces, posture and gaze.
import type { Look } from './appearance';
import type { ScenarioMeta } from './scenario-meta';
import type { TranscriptLine, VariableSnapshot } from './run-log';
import type { Mood, SettingId } from './tags';
import { CORE_RANGE } from './variables';

export type Posture = 'open' | 'guarded' | 'closed';
export type Gaze = 'direct' | 'averted';

export interface CharacterView {
  id: string;
  name: string;
  role: string;
  mood: Mood;
  posture: Posture;
  gaze: Gaze;
  /** A companion leans in and takes the floor as the patient's autonomy falls. */
  leaningIn: boolean;
  /** ...and the patient goes quiet, shrinking back from the conversation. */
  quiet: boolean;
  /** How the person is drawn; absent for those heard but not seen (an interpreter on the phone). */
  look?: Look;
}

export interface SceneState {
  setting: SettingId;
  ambience: SettingId | 'none';
  speaker: string | null;
  characters: CharacterView[];
}

/**
 * Where the patient's trust shows on them (trust runs over CORE_RANGE). Below `withdrawn` the
 * face shuts down; the bands are spaced so that a few moves either way change what is seen.
 */
const TRUST_SHOWS = {
  /** Face: withdrawn below this, then guarded, neutral, and warm from `warm` up. */
  withdrawn: 30,
  guarded: 50,
  warm: 70,
  /** Posture: arms folded below `withdrawn`, upright and guarded below this, open above. */
  open: 60,
  /** Gaze: the patient avoids your eyes below this. */
  meetsEyes: 40,
} as const;

/** Below this autonomy a companion takes over the conversation and the patient goes quiet. */
const TAKEN_OVER = 40;

/** Where a variable the story has not set yet starts: the middle of the range. */
const MIDPOINT = (CORE_RANGE.min + CORE_RANGE.max) / 2;

/**
 * A mood tag shows a moment: it holds until the next choice. Between moments the face
 * settles to what the patient's trust makes it.
 */
export function patientMood(trust: number, momentary?: Mood): Mood {
  if (momentary) return momentary;
  if (trust < TRUST_SHOWS.withdrawn) return 'withdrawn';
  if (trust < TRUST_SHOWS.guarded) return 'guarded';
  if (trust < TRUST_SHOWS.warm) return 'neutral';
  return 'warm';
}

export function postureFor(trust: number): Posture {
  if (trust < TRUST_SHOWS.withdrawn) return 'closed';
  return trust < TRUST_SHOWS.open ? 'guarded' : 'open';
}

export function gazeFor(trust: number): Gaze {
  return trust < TRUST_SHOWS.meetsEyes ? 'averted' : 'direct';
}

export function sceneState(meta: ScenarioMeta, transcript: readonly TranscriptLine[], variables: VariableSnapshot): SceneState {
  let setting = meta.setting.id as SettingId;
  let ambience: SettingId | 'none' = setting;
  const lastMood = new Map<string, Mood>();
  // Staff and interpreters join the room when they first speak, and stay until the scene moves.
  const joined = new Set<string>();
  const currentTurn = transcript.at(-1)?.turn ?? 0;
  for (const line of transcript) {
    if (line.tags.bg && line.tags.bg !== setting) joined.clear();
    if (line.tags.bg) setting = line.tags.bg;
    if (line.tags.ambience) ambience = line.tags.ambience;
    if (line.tags.speaker) joined.add(line.tags.speaker);
    if (line.tags.speaker && line.tags.mood && line.turn === currentTurn) lastMood.set(line.tags.speaker, line.tags.mood);
  }
  const trust = variables.trust ?? MIDPOINT;
  const autonomy = variables.autonomy ?? MIDPOINT;
  const hasCompanion = meta.cast.some((c) => c.role === 'companion');
  const always = meta.cast.filter((c) => c.role === 'patient' || c.role === 'companion');
  const visitors = meta.cast.filter((c) => (c.role === 'staff' || c.role === 'interpreter') && joined.has(c.id));
  const characters = [...always, ...visitors].map((c): CharacterView => {
    const momentary = lastMood.get(c.id);
    const isPatient = c.id === meta.patient;
    return {
      id: c.id,
      name: c.name,
      role: c.role,
      mood: isPatient ? patientMood(trust, momentary) : (momentary ?? 'neutral'),
      posture: isPatient ? postureFor(trust) : 'open',
      gaze: isPatient ? gazeFor(trust) : 'direct',
      leaningIn: c.role === 'companion' && autonomy < TAKEN_OVER,
      quiet: isPatient && hasCompanion && autonomy < TAKEN_OVER,
      ...(c.look ? { look: c.look } : {}),
    };
  });
  const speaker = transcript.at(-1)?.tags.speaker ?? null;
  return { setting, ambience, speaker, characters };
}
