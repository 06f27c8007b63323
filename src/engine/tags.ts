// The tag grammar (docs/authoring.md). Ink gives tags as raw strings; this turns them into
// typed records and lists every problem instead of stopping at the first.

export const MOODS = ['neutral', 'guarded', 'distressed', 'relieved', 'withdrawn', 'angry', 'warm'] as const;
export type Mood = (typeof MOODS)[number];

export const SETTINGS = ['consult-room', 'ward', 'front-desk', 'research-office', 'meeting-room', 'exam-room', 'home'] as const;
export type SettingId = (typeof SETTINGS)[number];

export const LINE_TAG_KEYS = ['speaker', 'mood', 'bg', 'sfx', 'ambience', 'disclose', 'ending'] as const;
export const CHOICE_TAG_KEYS = ['move', 'time', 'why'] as const;

export interface LineTags {
  speaker?: string;
  mood?: Mood;
  bg?: SettingId;
  sfx?: string;
  ambience?: SettingId | 'none';
  disclose?: string;
  ending?: string;
}

/** Bounds of a choice's "why" line, in characters: a sentence or two, never a paragraph. */
export const WHY_MIN = 20;
export const WHY_MAX = 320;

export interface ChoiceTags {
  moves: string[];
  /** Minutes this choice costs on the visit clock. */
  time: number;
  /** The debriefer's line: what this option does to this patient in this moment. */
  why: string;
}

/** The ids a scenario's tags may refer to; without it only the grammar is checked. */
export interface TagVocabulary {
  moves: ReadonlySet<string>;
  cast: ReadonlySet<string>;
  endings: ReadonlySet<string>;
  disclosures: ReadonlySet<string>;
  /** Sound cue ids with a caption (story/sounds.json); unchecked when absent. */
  sounds?: ReadonlySet<string>;
}

/** The vocabulary of one scenario: its cast, endings and disclosures, and the taxonomy's moves. */
export function vocabularyOf(
  meta: { cast: readonly { id: string }[]; endings: readonly { id: string }[]; disclosures?: readonly { id: string }[] },
  moves: ReadonlyMap<string, unknown>,
  sounds?: ReadonlySet<string>,
): TagVocabulary {
  return {
    moves: new Set(moves.keys()),
    cast: new Set(meta.cast.map((c) => c.id)),
    endings: new Set(meta.endings.map((e) => e.id)),
    disclosures: new Set((meta.disclosures ?? []).map((d) => d.id)),
    sounds,
  };
}

export interface TagProblem {
  tag: string;
  message: string;
}

export interface Parsed<T> {
  tags: T;
  problems: TagProblem[];
}

export function splitTag(raw: string): { key: string; value: string } | null {
  const match = /^\s*([a-z]+)\s*:\s*(.*?)\s*$/.exec(raw);
  return match ? { key: match[1]!, value: match[2]! } : null;
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export function parseLineTags(raw: readonly string[], vocabulary?: TagVocabulary): Parsed<LineTags> {
  const tags: LineTags = {};
  const problems: TagProblem[] = [];
  const problem = (tag: string, message: string) => problems.push({ tag, message });

  for (const tag of raw) {
    const kv = splitTag(tag);
    if (!kv) {
      problem(tag, 'is not of the form "key: value"');
      continue;
    }
    const { key, value } = kv;
    if (isOneOf(CHOICE_TAG_KEYS, key)) {
      problem(tag, `"${key}" belongs on a choice, inside its [brackets]`);
      continue;
    }
    if (!isOneOf(LINE_TAG_KEYS, key)) {
      problem(tag, `unknown tag "${key}" (known: ${LINE_TAG_KEYS.join(', ')})`);
      continue;
    }
    if (tags[key] !== undefined) problem(tag, `"${key}" given twice on one line`);
    switch (key) {
      case 'mood':
        if (isOneOf(MOODS, value)) tags.mood = value;
        else problem(tag, `unknown mood "${value}" (known: ${MOODS.join(', ')})`);
        break;
      case 'bg':
        if (isOneOf(SETTINGS, value)) tags.bg = value;
        else problem(tag, `unknown setting "${value}" (known: ${SETTINGS.join(', ')})`);
        break;
      case 'ambience':
        if (value === 'none' || isOneOf(SETTINGS, value)) tags.ambience = value;
        else problem(tag, `unknown ambience "${value}" (a setting id or "none")`);
        break;
      case 'sfx':
        if (!/^[a-z0-9-]+$/.test(value)) problem(tag, `sound cue "${value}" must be a lower-case id`);
        else if (vocabulary?.sounds && !vocabulary.sounds.has(value)) problem(tag, `unknown sound cue "${value}" (add it to story/sounds.json)`);
        else tags.sfx = value;
        break;
      case 'speaker':
        checkRef(value, vocabulary?.cast, 'cast member', tag, problems);
        tags.speaker = value;
        break;
      case 'disclose':
        checkRef(value, vocabulary?.disclosures, 'disclosure', tag, problems);
        tags.disclose = value;
        break;
      case 'ending':
        checkRef(value, vocabulary?.endings, 'ending', tag, problems);
        tags.ending = value;
        break;
    }
  }
  return { tags, problems };
}

export function parseChoiceTags(raw: readonly string[], vocabulary?: TagVocabulary): Parsed<ChoiceTags> {
  const tags: ChoiceTags = { moves: [], time: 0, why: '' };
  const problems: TagProblem[] = [];
  let timeSeen = false;
  for (const tag of raw) {
    const kv = splitTag(tag);
    if (!kv) {
      problems.push({ tag, message: 'is not of the form "key: value"' });
      continue;
    }
    const { key, value } = kv;
    if (key === 'move') {
      checkRef(value, vocabulary?.moves, 'move', tag, problems);
      if (tags.moves.includes(value)) problems.push({ tag, message: `move "${value}" given twice` });
      else tags.moves.push(value);
    } else if (key === 'time') {
      if (timeSeen) problems.push({ tag, message: '"time" given twice on one choice' });
      timeSeen = true;
      if (/^\d{1,3}$/.test(value)) tags.time = Number(value);
      else problems.push({ tag, message: `time "${value}" must be a whole number of minutes` });
    } else if (key === 'why') {
      if (tags.why) problems.push({ tag, message: '"why" given twice on one choice' });
      else if (value.length < WHY_MIN || value.length > WHY_MAX) problems.push({ tag, message: `a "why" line is one or two sentences (${WHY_MIN}–${WHY_MAX} characters), not ${value.length}` });
      else tags.why = value;
    } else if (isOneOf(LINE_TAG_KEYS, key)) {
      problems.push({ tag, message: `"${key}" is a line tag; put it on a line, not inside a choice's [brackets]` });
    } else {
      problems.push({ tag, message: `unknown choice tag "${key}" (known: ${CHOICE_TAG_KEYS.join(', ')})` });
    }
  }
  if (tags.moves.length === 0) problems.push({ tag: '', message: 'choice has no "move" tag' });
  if (!tags.why && !raw.some((t) => splitTag(t)?.key === 'why')) problems.push({ tag: '', message: 'choice has no "why" tag (what this option does to the patient, for the debrief)' });
  return { tags, problems };
}

function checkRef(
  value: string,
  known: ReadonlySet<string> | undefined,
  what: string,
  tag: string,
  problems: TagProblem[],
): void {
  if (known && !known.has(value)) problems.push({ tag, message: `unknown ${what} "${value}"` });
}
