// A run code: a whole run in a few dozen characters a learner can copy, read out or show as a
// QR code. A run is fully determined by its scenario, story version, seed and the choices
// taken (the engine replays exactly), so the code holds only those, with a version and a
// checksum; the facilitator's device rebuilds everything else by replaying it.
//
// Layout (bytes): version · scenario hash (2) · story-version hash (2) · seed (3) ·
// choice count · choices, 4 bits each · CRC-16 (2). Written in Crockford's base32 (no I, L,
// O or U; case and hyphens ignored when read), in groups of four for reading aloud.
import { Encounter, isSeed, type ScenarioBundle } from './encounter';
import { refuse, type Read } from './read-problem';
import type { RunSummary } from './run-log';

export const RUN_CODE_VERSION = 1;
/** Options a choice point may offer and still fit a code: one hex digit each. */
export const MAX_CODED_OPTIONS = 16;
/** More choices than any scenario has; a longer code is refused before decoding. */
const MAX_CHOICES = 255;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const HEADER_BYTES = 9;
const CHECK_BYTES = 2;

export interface RunCodeParts {
  scenarioId: string;
  storyVersion: string;
  seed: number;
  /** Each choice as the position of the option taken among those offered. */
  choices: readonly number[];
}

/** What a code says before it is matched to a scenario: its hashes, seed and choices. */
export interface DecodedRunCode {
  scenarioHash: number;
  storyHash: number;
  seed: number;
  choices: number[];
}

export function encodeRunCode(parts: RunCodeParts, version = RUN_CODE_VERSION): string {
  if (!isSeed(parts.seed)) throw new RangeError(`seed ${String(parts.seed)} is out of range`);
  if (parts.choices.length > MAX_CHOICES) throw new RangeError(`${parts.choices.length} choices do not fit a run code`);
  if (parts.choices.some((c) => !Number.isInteger(c) || c < 0 || c >= MAX_CODED_OPTIONS)) throw new RangeError('a choice does not fit a run code');
  const bytes = [version, ...u16(hash16(parts.scenarioId)), ...u16(hash16(parts.storyVersion)), parts.seed >> 16, (parts.seed >> 8) & 0xff, parts.seed & 0xff, parts.choices.length];
  for (let i = 0; i < parts.choices.length; i += 2) bytes.push((parts.choices[i]! << 4) | (parts.choices[i + 1] ?? 0));
  bytes.push(...u16(crc16(bytes)));
  return group(toBase32(bytes));
}

/** Reads a code's text; never throws. Whitespace, hyphens and case do not matter. */
export function decodeRunCode(text: string): Read<DecodedRunCode> {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  const maxChars = Math.ceil(((HEADER_BYTES + Math.ceil(MAX_CHOICES / 2) + CHECK_BYTES) * 8) / 5);
  if (clean.length === 0 || clean.length > maxChars || [...clean].some((c) => !ALPHABET.includes(c))) return refuse({ kind: 'unreadable' });
  const bytes = fromBase32(clean);
  // Code characters, but too few: part of a code, cut short.
  if (bytes.length < HEADER_BYTES + CHECK_BYTES) return refuse({ kind: 'damaged', field: 'checksum' });
  const count = bytes[8]!;
  const length = HEADER_BYTES + Math.ceil(count / 2) + CHECK_BYTES;
  // Anything beyond the bytes the header promises, or stray bits in the last character, is damage.
  if (bytes.length !== length || toBase32(bytes) !== clean) return refuse({ kind: 'damaged', field: 'checksum' });
  const body = bytes.slice(0, length - CHECK_BYTES);
  if (crc16(body) !== ((bytes[length - 2]! << 8) | bytes[length - 1]!)) return refuse({ kind: 'damaged', field: 'checksum' });
  if (bytes[0]! > RUN_CODE_VERSION) return refuse({ kind: 'newer-version' });
  if (bytes[0]! < RUN_CODE_VERSION) return refuse({ kind: 'older-version' });
  const seed = (bytes[5]! << 16) | (bytes[6]! << 8) | bytes[7]!;
  if (!isSeed(seed)) return refuse({ kind: 'damaged', field: 'checksum' });
  const choices: number[] = [];
  for (let i = 0; i < count; i++) choices.push(i % 2 === 0 ? body[HEADER_BYTES + i / 2]! >> 4 : body[HEADER_BYTES + (i - 1) / 2]! & 0x0f);
  return { ok: true, value: { scenarioHash: (bytes[1]! << 8) | bytes[2]!, storyHash: (bytes[3]! << 8) | bytes[4]!, seed, choices } };
}

/**
 * Rebuilds a coded run of `bundle` by replaying it: the code must be for this scenario and this
 * story version, every choice must be one that was offered, and the run must end where the
 * code does. `otherScenarios` lets a refusal name the scenario the code is for. `reuse`, an
 * encounter of the same bundle, is restarted (unless already at the start of the code's seed)
 * instead of building a new one, for many replays.
 */
export function replayRunCode(bundle: ScenarioBundle, code: DecodedRunCode, otherScenarios: readonly string[] = [], reuse?: Encounter): Read<Encounter> {
  const replayed = replayRunCodeSoFar(bundle, code, otherScenarios, reuse);
  return !replayed.ok || replayed.value.ended ? replayed : refuse({ kind: 'unfinished' });
}

/** As replayRunCode, for a run that may still be under way: a learning system's kept run, to resume. */
export function replayRunCodeSoFar(bundle: ScenarioBundle, code: DecodedRunCode, otherScenarios: readonly string[] = [], reuse?: Encounter): Read<Encounter> {
  if (code.scenarioHash !== hash16(bundle.meta.id)) {
    return refuse({ kind: 'other-scenario', scenarioId: otherScenarios.find((id) => hash16(id) === code.scenarioHash) ?? null });
  }
  if (code.storyHash !== hash16(bundle.storyVersion)) return refuse({ kind: 'story-changed' });
  const encounter = reuse ?? Encounter.begin(bundle, code.seed);
  if (reuse && (reuse.log.length > 0 || reuse.seed !== code.seed)) reuse.restart(code.seed);
  for (const [turn, position] of code.choices.entries()) {
    const option = encounter.ended ? undefined : encounter.choices[position];
    if (!option) return refuse({ kind: 'does-not-replay', turn });
    encounter.choose(option.index);
  }
  return { ok: true, value: encounter };
}

/** Whether a decoded code was made for this scenario id and story version (by their fingerprints). */
export function codeIsFor(code: DecodedRunCode, scenarioId: string, storyVersion: string): boolean {
  return code.scenarioHash === hash16(scenarioId) && code.storyHash === hash16(storyVersion);
}

/** Each choice of a run as the position of the option taken among those offered. */
export function choicePositions(log: RunSummary['log']): number[] {
  return log.map((entry) => entry.offered.findIndex((o) => o.index === entry.chosen));
}

/** The code of a run of a scenario, finished or played so far. */
export function runCodeOf(scenarioId: string, storyVersion: string, run: Pick<RunSummary, 'seed' | 'log'>): string {
  return encodeRunCode({ scenarioId, storyVersion, seed: run.seed, choices: choicePositions(run.log) });
}

/** A nickname a learner may put to their run: short, letters and digits, no markup. */
export const NICKNAME_MAX = 24;
const NICKNAME = /^[\p{L}\p{N}](?:[\p{L}\p{N} '’.-]*[\p{L}\p{N}.])?$/u;
/** Between a code and its nickname on one line: a character no code contains. */
const NICKNAME_MARK = '~';

/** The nickname as it will be kept (trimmed, spaces collapsed), or null if it may not be one. */
export function cleanNickname(text: string): string | null {
  const name = text.trim().replace(/\s+/g, ' ');
  return name.length <= NICKNAME_MAX && NICKNAME.test(name) ? name : null;
}

/** The line a learner copies or shows as a QR code: the code, then their nickname if any. */
export function runCodeLine(code: string, nickname: string | null): string {
  return nickname ? `${code} ${NICKNAME_MARK} ${nickname}` : code;
}

/** A pasted or scanned line split into its code and the nickname written after it, if any. */
export function splitRunCodeLine(line: string): { code: string; nickname: string | null } {
  const at = line.indexOf(NICKNAME_MARK);
  return at < 0 ? { code: line.trim(), nickname: null } : { code: line.slice(0, at).trim(), nickname: line.slice(at + 1).trim() || null };
}

const u16 = (n: number) => [n >> 8, n & 0xff];

/** FNV-1a folded to 16 bits: a short fingerprint of an id or a story version. */
function hash16(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return ((h >>> 16) ^ h) & 0xffff;
}

/** CRC-16/CCITT-FALSE: catches every single mistyped character and most other damage. */
function crc16(bytes: readonly number[]): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function toBase32(bytes: readonly number[]): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): number[] {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    buffer = (buffer << 5) | ALPHABET.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >> (bits - 8)) & 0xff);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

const group = (text: string) => text.match(/.{1,4}/g)!.join('-');
