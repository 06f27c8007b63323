// Encodes mono PCM as Ogg Opus (RFC 7845) with libopus (npm opusscript) and a small Ogg
// writer of our own, so the bytes are the same on every run: a fixed stream serial number,
// no date or encoder version in the tags.
import OpusScript from 'opusscript';

/** Opus always counts granule positions in 48 kHz samples, whatever the input rate. */
const GRANULE_RATE = 48000;
/** libopus's look-ahead in the audio application (2.5 ms + 4 ms delay compensation), at 48 kHz:
 *  the decoder drops these first samples, so the sound starts exactly where its source does. */
export const PRE_SKIP = 312;
const FRAME_MS = 20;
const SERIAL = 0x41535953; // "ASYS": fixed, for byte-identical files
const PACKETS_PER_PAGE = 50; // one second of 20 ms frames, well under 255 lacing values

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n << 24;
  for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
  return c >>> 0;
});

/** Ogg's page checksum: CRC-32, polynomial 0x04c11db7, not reflected, no initial or final xor. */
export function oggCrc(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) crc = ((crc << 8) ^ (CRC_TABLE[((crc >>> 24) ^ b) & 0xff] ?? 0)) >>> 0;
  return crc;
}

function page(packets: Uint8Array[], granule: number, sequence: number, flags: number): Buffer {
  const lacing: number[] = [];
  for (const p of packets) {
    for (let left = p.length; ; left -= 255) {
      lacing.push(Math.min(left, 255));
      if (left < 255) break; // a packet of a multiple of 255 bytes ends with a 0 lacing value
    }
  }
  const header = Buffer.alloc(27 + lacing.length);
  header.write('OggS', 0, 'latin1');
  header.writeUInt8(flags, 5);
  header.writeBigUInt64LE(BigInt(granule), 6);
  header.writeUInt32LE(SERIAL, 14);
  header.writeUInt32LE(sequence, 18);
  header.writeUInt8(lacing.length, 26);
  lacing.forEach((l, i) => header.writeUInt8(l, 27 + i));
  const whole = Buffer.concat([header, ...packets]);
  whole.writeUInt32LE(oggCrc(whole), 22);
  return whole;
}

function opusHead(inputRate: number): Buffer {
  const head = Buffer.alloc(19);
  head.write('OpusHead', 0, 'latin1');
  head.writeUInt8(1, 8); // version
  head.writeUInt8(1, 9); // mono
  head.writeUInt16LE(PRE_SKIP, 10);
  head.writeUInt32LE(inputRate, 12);
  return head; // output gain 0, channel mapping family 0
}

function opusTags(): Buffer {
  const vendor = Buffer.from('asymmetry make-sounds', 'latin1');
  const tags = Buffer.alloc(8 + 4 + vendor.length + 4);
  tags.write('OpusTags', 0, 'latin1');
  tags.writeUInt32LE(vendor.length, 8);
  vendor.copy(tags, 12);
  return tags; // no user comments
}

export type OpusRate = 8000 | 12000 | 16000 | 24000 | 48000;

/** Ogg Opus of `samples` (mono, -1..1) at `rate`, constrained-VBR around `bitrate` bits/s. The
 *  last page's granule position trims the final frame's padding, so a looped sound has no gap. */
export function encodeOggOpus(samples: Float32Array, rate: OpusRate, bitrate: number): Buffer {
  const encoder = new OpusScript(rate, 1, OpusScript.Application.AUDIO);
  try {
    encoder.setBitrate(bitrate);
    const frame = (rate * FRAME_MS) / 1000;
    const toGranule = GRANULE_RATE / rate;
    // Feed the look-ahead's worth of silence past the end, so the last real sample is encoded.
    const padded = Math.ceil((samples.length + PRE_SKIP / toGranule) / frame) * frame;
    const pcm = Buffer.alloc(padded * 2);
    samples.forEach((s, i) => pcm.writeInt16LE(Math.round(32767 * Math.max(-1, Math.min(1, s))), i * 2));
    const packets: Uint8Array[] = [];
    for (let at = 0; at < padded; at += frame) packets.push(Uint8Array.from(encoder.encode(pcm.subarray(at * 2, (at + frame) * 2), frame)));

    const pages = [page([opusHead(rate)], 0, 0, 0x02), page([opusTags()], 0, 1, 0)];
    const end = PRE_SKIP + samples.length * toGranule;
    for (let first = 0; first < packets.length; first += PACKETS_PER_PAGE) {
      const chunk = packets.slice(first, first + PACKETS_PER_PAGE);
      const last = first + chunk.length >= packets.length;
      const granule = last ? end : (first + chunk.length) * frame * toGranule;
      pages.push(page(chunk, granule, pages.length, last ? 0x04 : 0));
    }
    return Buffer.concat(pages);
  } finally {
    encoder.delete();
  }
}

/** An Ogg Opus file's length in seconds, as a decoder plays it: the last page's granule position
 *  less the pre-skip (mono, one stream, as written above). */
export function opusSeconds(file: Buffer): number {
  const lastPage = file.lastIndexOf('OggS');
  const preSkip = file.readUInt16LE(28 + 10); // OpusHead follows the first page's 28-byte header
  return Number(file.readBigUInt64LE(lastPage + 6) - BigInt(preSkip)) / GRANULE_RATE;
}
