// Captions for every sound: shown whether or not sound plays, so nothing meaningful is heard
// only. The text lives in story/sounds.json beside the cue ids the stories use.
import sounds from '../../story/sounds.json';

const cues: Record<string, string> = sounds.cues;
const ambience: Record<string, string> = sounds.ambience;

export function cueCaption(id: string): string {
  return cues[id] ?? `A sound (${id})`;
}

export function ambienceCaption(setting: string): string | null {
  return setting === 'none' ? null : (ambience[setting] ?? null);
}
