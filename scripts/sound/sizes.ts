// The size of each shipped sound against the aim (issue 15: at most 10 KB a file) and against
// the 8-bit WAV of the same length, printed by scripts/make-sounds.ts and by `npm run bench`.
import fs from 'node:fs';
import path from 'node:path';
import { SOUND_FORMATS as FORMATS } from '../../src/audio/sound-formats.ts';
import { opusSeconds } from './ogg-opus.ts';

export const AIM_BYTES = 10 * 1024;
/** The rate the sounds are made at: one Opus takes as it is (11,025 Hz is not), and plenty for
 *  room tone and simple cues. Here for the WAV reference. */
export const SOUND_RATE = 12000;

export interface SoundSize {
  name: string;
  /** An 8-bit mono WAV of the same samples: what the game shipped before, the reference. */
  wav: number;
  bytes: Record<(typeof FORMATS)[number], number>;
}

export function readSoundSizes(dir: string): SoundSize[] {
  const names = [...new Set(fs.readdirSync(dir).map((f) => path.parse(f).name))].sort();
  return names.map((name) => {
    const file = (ext: string) => path.join(dir, `${name}.${ext}`);
    return {
      name,
      wav: 44 + Math.round(opusSeconds(fs.readFileSync(file('opus'))) * SOUND_RATE),
      bytes: Object.fromEntries(FORMATS.map((ext) => [ext, fs.statSync(file(ext)).size])) as SoundSize['bytes'],
    };
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A table of every sound's files against the WAV reference and the aim. */
export function formatSoundSizes(sizes: SoundSize[]): string {
  const head = ['sound', 'WAV 8-bit', ...FORMATS.map((f) => f.toUpperCase()), `aim ≤ ${kb(AIM_BYTES)}`];
  const rows = sizes.map(({ name, wav, bytes }) => {
    const largest = Math.max(...FORMATS.map((f) => bytes[f]));
    return [name, kb(wav), ...FORMATS.map((f) => `${kb(bytes[f])} (${((100 * bytes[f]) / wav).toFixed(0)} %)`), largest <= AIM_BYTES ? 'met' : `NOT met (${kb(largest)})`];
  });
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const met = sizes.filter(({ bytes }) => FORMATS.every((f) => bytes[f] <= AIM_BYTES)).length;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), `${met} of ${sizes.length} sounds within the aim in every format`].join('\n');
}
