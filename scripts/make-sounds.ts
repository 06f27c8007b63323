// Generates the game's sounds in assets/sounds/: room tones and cues, synthesised from noise
// and tones so nothing needs a licence, each as Ogg Opus (what the player offers first) and MP3
// (the fallback every browser plays). Deterministic: the same bytes every run.
// `npx tsx scripts/make-sounds.ts` after changing a recipe; it prints each file's size.
import fs from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../src/engine/random-play.ts';
import { encodeMp3 } from './sound/mp3.ts';
import { encodeOggOpus } from './sound/ogg-opus.ts';
import { SOUND_FORMATS } from '../src/audio/sound-formats.ts';
import { SOUND_RATE, formatSoundSizes, readSoundSizes } from './sound/sizes.ts';

const RATE = SOUND_RATE;
/** Bits per second: enough for a rumble and a few tones, and a 4 s room tone stays under 10 KB. */
const OPUS_BITRATE = 14000;
const MP3_KBPS = 16;
const out = path.resolve(import.meta.dirname, '..', 'assets', 'sounds');

function buffer(seconds: number, fill: (t: number, i: number) => number): Float32Array {
  const samples = new Float32Array(Math.round(seconds * RATE));
  for (let i = 0; i < samples.length; i++) samples[i] = fill(i / RATE, i);
  return samples;
}

/** One-pole high-pass at 20 Hz: below hearing, and below what any speaker plays. */
const HIGH_PASS = 1 / (1 + (2 * Math.PI * 20) / RATE);

/** Brown noise (a soft rumble) with a loop-friendly fade at both ends. Its drift below 20 Hz is
 *  taken out: inaudible, but the Opus encoder's DC filter turned it into a step at the loop's seam
 *  (the decoded fade ended 0.04 off zero, the sharpest edge in the loop). */
function roomTone(seconds: number, seed: number, level: number, hum: number, extra: (t: number) => number = () => 0): Float32Array {
  const random = seededRandom(seed);
  let brown = 0;
  let previous = 0;
  let rumble = 0;
  const fade = 0.25;
  return buffer(seconds, (t) => {
    brown = (brown + (random() * 2 - 1) * 0.02) * 0.995;
    rumble = HIGH_PASS * (rumble + brown - previous);
    previous = brown;
    const edge = Math.min(1, t / fade, (seconds - t) / fade);
    return edge * (level * rumble * 8 + hum * Math.sin(2 * Math.PI * 100 * t) + extra(t));
  });
}

const envelope = (t: number, start: number, decay: number) => (t < start ? 0 : Math.exp(-(t - start) / decay));
const tone = (t: number, f: number) => Math.sin(2 * Math.PI * f * t);

const SOUNDS: Record<string, () => Float32Array> = {
  // Room tones, one per setting.
  'ambience-consult-room': () => roomTone(4, 1, 0.35, 0.01),
  'ambience-exam-room': () => roomTone(4, 2, 0.3, 0.008),
  'ambience-research-office': () => roomTone(4, 3, 0.3, 0.015),
  'ambience-meeting-room': () => roomTone(4, 4, 0.4, 0.005),
  'ambience-front-desk': () => roomTone(4, 5, 0.55, 0.0, (t) => 0.03 * tone(t, 180 + 40 * Math.sin(t * 3)) * (Math.sin(t * 2.1) > 0.6 ? 1 : 0)),
  'ambience-ward': () => roomTone(4, 6, 0.45, 0.0, (t) => 0.12 * tone(t, 880) * (t % 2 < 0.08 ? 1 : 0)),
  'ambience-home': () => roomTone(4, 7, 0.25, 0.0, (t) => 0.08 * tone(t, 2400) * (t % 1 < 0.015 ? 1 : 0)),
  // Cues the stories call for.
  'door-knock': () => buffer(0.9, (t) => [0, 0.22, 0.44].reduce((s, k) => s + 0.8 * envelope(t, k, 0.03) * tone(t, 120), 0)),
  'phone-ring': () => buffer(1.6, (t) => (t % 0.8 < 0.5 ? 0.35 * (tone(t, 440) + tone(t, 480)) : 0)),
  'phone-buzz': () => buffer(1.0, (t) => (t % 0.5 < 0.3 ? 0.5 * Math.sign(tone(t, 150)) * 0.4 : 0)),
  pager: () => buffer(0.9, (t) => (t % 0.3 < 0.15 ? 0.4 * tone(t, 2000) : 0)),
  footsteps: () => {
    const random = seededRandom(9);
    return buffer(1.6, (t) => [0, 0.4, 0.8, 1.2].reduce((s, k) => s + envelope(t, k, 0.025), 0) * (random() * 2 - 1) * 0.7);
  },
  printer: () => {
    const random = seededRandom(11);
    return buffer(1.8, (t) => 0.25 * (random() * 2 - 1) * (0.6 + 0.4 * Math.sign(Math.sin(t * 40))) * Math.min(1, t * 8, (1.8 - t) * 8));
  },
  curtain: () => {
    const random = seededRandom(13);
    return buffer(0.8, (t) => 0.5 * (random() * 2 - 1) * Math.sin((Math.PI * t) / 0.8));
  },
  // Quiet interface sounds.
  'ui-choose': () => buffer(0.08, (t) => 0.25 * envelope(t, 0, 0.015) * tone(t, 660)),
  'ui-open': () => buffer(0.25, (t) => 0.2 * envelope(t, 0, 0.08) * (tone(t, 523) + tone(t, 784))),
};

fs.mkdirSync(out, { recursive: true });
const written = new Set<string>();
for (const [name, make] of Object.entries(SOUNDS)) {
  const samples = make();
  const files = { opus: encodeOggOpus(samples, RATE, OPUS_BITRATE), mp3: await encodeMp3(samples, RATE, MP3_KBPS) };
  for (const ext of SOUND_FORMATS) {
    fs.writeFileSync(path.join(out, `${name}.${ext}`), files[ext]);
    written.add(`${name}.${ext}`);
  }
}
// A sound renamed or dropped from the recipes, or a format no longer made, must not ship.
for (const file of fs.readdirSync(out)) if (!written.has(file)) fs.rmSync(path.join(out, file));
console.log(`${Object.keys(SOUNDS).length} sounds written to ${path.relative(process.cwd(), out)}`);
console.log(formatSoundSizes(readSoundSizes(out)));
