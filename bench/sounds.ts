// Each shipped sound's size (Ogg Opus, and the MP3 fallback) against the 8-bit WAV of the same
// samples and the aim of issue 15 (at most 10 KB a file). Reads the committed files: nothing is
// encoded here (`npx tsx scripts/make-sounds.ts` does that, and prints the same table).
import path from 'node:path';
import { formatSoundSizes, readSoundSizes } from '../scripts/sound/sizes';

export function formatSounds(root: string): string {
  return ['Sounds (issue 15): each file against the aim; WAV is the uncompressed reference', formatSoundSizes(readSoundSizes(path.join(root, 'assets', 'sounds')))].join('\n');
}
