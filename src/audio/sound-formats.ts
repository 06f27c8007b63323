// The formats every sound ships in, best first: what scripts/make-sounds.ts writes, and the
// order the player offers them to Howler (Ogg Opus, then the MP3 every browser plays).
export const SOUND_FORMATS = ['opus', 'mp3'] as const;
