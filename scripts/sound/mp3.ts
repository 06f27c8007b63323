// Encodes mono PCM as MP3 with LAME (npm wasm-media-encoders), the format every browser plays:
// the fallback for browsers without Ogg Opus. Constant bit rate, so the bytes are the same on
// every run.
import { createMp3Encoder } from 'wasm-media-encoders';

/** MP3 of `samples` (mono, -1..1) at `rate`, resampled to 24 kHz (MPEG-2, which every MP3
 *  decoder reads; MPEG-2.5's 12 kHz is not) at `kbps` kilobits per second. */
export async function encodeMp3(samples: Float32Array, rate: number, kbps: 16 | 24 | 32): Promise<Buffer> {
  const encoder = await createMp3Encoder();
  encoder.configure({ channels: 1, sampleRate: rate, bitrate: kbps, outputSampleRate: 24000 });
  // Each call's output belongs to the encoder until the next call: copy it at once.
  const body = Buffer.from(encoder.encode([samples]));
  return Buffer.concat([body, Buffer.from(encoder.finalize())]);
}
