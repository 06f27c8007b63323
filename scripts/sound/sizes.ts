// The size of each shipped sound against the aim (issue 15: at most 10 KB a file), printed by
// scripts/make-sounds.ts and by `npm run bench`.
import fs from 'node:fs';
import path from 'node:path';

export const AIM_BYTES = 10 * 1024;
/** What ships, best first: the order the player offers them to Howler. */
export const FORMATS = ['opus', 'mp3'] as const;

export interface SoundSize {
  name: string;
  bytes: Record<(typeof FORMATS)[number], number>;
}

export function readSoundSizes(dir: string): SoundSize[] {
  const names = [...new Set(fs.readdirSync(dir).map((f) => path.parse(f).name))].sort();
  return names.map((name) => ({
    name,
    bytes: Object.fromEntries(FORMATS.map((ext) => [ext, fs.statSync(path.join(dir, `${name}.${ext}`)).size])) as SoundSize['bytes'],
  }));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A table of every sound's files against the aim; `uncompressed` adds the 8-bit WAV each would
 *  be, as the reference the compression is measured against. */
export function formatSoundSizes(sizes: SoundSize[], uncompressed?: ReadonlyMap<string, number>): string {
  const head = ['sound', ...(uncompressed ? ['WAV 8-bit'] : []), ...FORMATS.map((f) => f.toUpperCase()), `aim ≤ ${kb(AIM_BYTES)}`];
  const rows = sizes.map(({ name, bytes }) => {
    const largest = Math.max(...FORMATS.map((f) => bytes[f]));
    const reference = uncompressed?.get(name);
    return [
      name,
      ...(uncompressed ? [reference === undefined ? '?' : kb(reference)] : []),
      ...FORMATS.map((f) => kb(bytes[f]) + (reference ? ` (${((100 * bytes[f]) / reference).toFixed(0)} %)` : '')),
      largest <= AIM_BYTES ? 'met' : `NOT met (${kb(largest)})`,
    ];
  });
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const met = sizes.filter(({ bytes }) => FORMATS.every((f) => bytes[f] <= AIM_BYTES)).length;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), `${met} of ${sizes.length} sounds within the aim in every format`].join('\n');
}
