// Where each sound's files are, best format first. Howler plays the first of `src` the browser
// can: Ogg Opus (Chromium, Firefox, current Safari; smaller than the MP3 and trimmed to the
// sample, so room tones loop without a gap), then MP3, which every browser plays.
import { SOUND_FORMATS } from './sound-formats';

const files = import.meta.glob<string>('../../assets/sounds/*.{opus,mp3}', { query: '?no-inline', import: 'default', eager: true });

export interface SoundSources {
  src: string[];
  /** Each source's format, told to Howler rather than left to its guess from the URL. */
  format: string[];
}

/** The files of sound `name` among `urls` (keyed by path), in the order Howler should try them. */
export function sourcesIn(urls: Readonly<Record<string, string>>, name: string): SoundSources {
  const found = SOUND_FORMATS.flatMap((format) => {
    const url = urls[`../../assets/sounds/${name}.${format}`];
    return url === undefined ? [] : [{ url, format }];
  });
  return { src: found.map((f) => f.url), format: found.map((f) => f.format) };
}

export const soundSources = (name: string): SoundSources => sourcesIn(files, name);
