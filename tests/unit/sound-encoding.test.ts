import OpusScript from 'opusscript';
import { describe, expect, it } from 'vitest';
import { encodeMp3 } from '../../scripts/sound/mp3';
import { PRE_SKIP, encodeOggOpus, oggCrc, opusSeconds } from '../../scripts/sound/ogg-opus';

const RATE = 12000;

/** Knocks of mixed tones with sharp onsets: a misaligned decode shows as lost correlation. */
function knocks(seconds: number): Float32Array {
  const samples = new Float32Array(seconds * RATE);
  for (let i = 0; i < samples.length; i++) {
    const t = i / RATE;
    const since = t % 0.25;
    samples[i] = 0.6 * Math.exp(-since / 0.04) * (Math.sin(2 * Math.PI * 310 * t) + 0.5 * Math.sin(2 * Math.PI * 1270 * t));
  }
  return samples;
}

interface Page {
  flags: number;
  granule: bigint;
  serial: number;
  sequence: number;
  crcOk: boolean;
  packets: Buffer[];
}

/** A plain Ogg reader, written from the spec for the test rather than shared with the writer. */
function readPages(file: Buffer): Page[] {
  const pages: Page[] = [];
  let partial: Buffer[] = [];
  for (let at = 0; at < file.length; ) {
    expect(file.toString('latin1', at, at + 4)).toBe('OggS');
    const count = file.readUInt8(at + 26);
    const lacing = [...file.subarray(at + 27, at + 27 + count)];
    const size = 27 + count + lacing.reduce((a, b) => a + b, 0);
    const copy = Buffer.from(file.subarray(at, at + size));
    copy.writeUInt32LE(0, 22);
    const packets: Buffer[] = [];
    let body = at + 27 + count;
    for (const l of lacing) {
      partial.push(file.subarray(body, body + l));
      body += l;
      if (l < 255) {
        packets.push(Buffer.concat(partial));
        partial = [];
      }
    }
    pages.push({
      flags: file.readUInt8(at + 5),
      granule: file.readBigUInt64LE(at + 6),
      serial: file.readUInt32LE(at + 14),
      sequence: file.readUInt32LE(at + 18),
      crcOk: oggCrc(copy) === file.readUInt32LE(at + 22),
      packets,
    });
    at += size;
  }
  return pages;
}

function correlation(a: Float32Array, b: Float32Array, lag: number): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 300; i < a.length - 300; i++) {
    const x = a[i] ?? 0;
    const y = b[i + lag] ?? 0;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  return ab / Math.sqrt(aa * bb);
}

describe('Ogg Opus encoding of the game sounds', () => {
  it('checksums pages with Ogg’s CRC (CRC-32, polynomial 04c11db7, no reflection, no xor)', () => {
    // The standard check input; CRC-32/POSIX gives 0x765e7680, the same CRC with a final xor.
    expect(oggCrc(Buffer.from('123456789', 'latin1'))).toBe((0x765e7680 ^ 0xffffffff) >>> 0);
  });

  const source = knocks(2);
  const file = encodeOggOpus(source, RATE, 14000);
  const pages = readPages(file);

  it('writes a well-formed stream: headers first, pages in order, each checksum right', () => {
    expect(pages.every((p) => p.crcOk)).toBe(true);
    expect(pages.map((p) => p.sequence)).toEqual(pages.map((_, i) => i));
    expect(new Set(pages.map((p) => p.serial)).size).toBe(1);
    expect(pages[0]?.flags).toBe(0x02); // beginning of stream
    expect(pages.at(-1)?.flags).toBe(0x04); // end of stream
    const head = pages[0]?.packets[0];
    expect(head?.toString('latin1', 0, 8)).toBe('OpusHead');
    expect(head?.readUInt16LE(10)).toBe(PRE_SKIP);
    expect(head?.readUInt32LE(12)).toBe(RATE);
    expect(pages[1]?.packets[0]?.toString('latin1', 0, 8)).toBe('OpusTags');
  });

  it('ends on the last source sample, so a looped sound has no padding (granules in 48 kHz samples)', () => {
    expect(pages.at(-1)?.granule).toBe(BigInt(PRE_SKIP + source.length * (48000 / RATE)));
    expect(opusSeconds(file)).toBe(source.length / RATE);
    const granules = pages.map((p) => p.granule);
    expect(granules).toEqual([...granules].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('decodes, after the pre-skip, in step with the source', () => {
    const decoder = new OpusScript(RATE, 1);
    const pcm = Buffer.concat(pages.slice(2).flatMap((p) => p.packets.map((packet) => decoder.decode(packet))));
    decoder.delete();
    const all = Float32Array.from({ length: pcm.length / 2 }, (_, i) => pcm.readInt16LE(i * 2) / 32767);
    const decoded = all.subarray((PRE_SKIP * RATE) / 48000);
    expect(decoded.length).toBeGreaterThanOrEqual(source.length);
    const lags = Array.from({ length: 81 }, (_, i) => i - 40);
    const best = lags.reduce((a, b) => (correlation(source, decoded, b) > correlation(source, decoded, a) ? b : a));
    expect(best).toBe(0);
    expect(correlation(source, decoded, 0)).toBeGreaterThan(0.9);
  });

  it('writes the same bytes every run', () => {
    expect(encodeOggOpus(source, RATE, 14000).equals(file)).toBe(true);
  });
});

describe('MP3 encoding of the game sounds', () => {
  it('writes constant-rate MPEG-2 layer III frames at 24 kHz, 16 kbit/s, the same bytes every run', async () => {
    const source = knocks(2);
    const file = await encodeMp3(source, RATE, 16);
    // Frame sync, MPEG-2, layer III; bit-rate index 2 (16 kbit/s in MPEG-2) and rate index 1 (24 kHz).
    expect(file.readUInt16BE(0) & 0xfffe).toBe(0xfff2);
    expect(file.readUInt8(2) >> 4).toBe(2);
    expect((file.readUInt8(2) >> 2) & 3).toBe(1);
    // 2 s at 16 kbit/s is 4,000 bytes, plus the encoder's start-up and last frames.
    expect(file.length).toBeGreaterThan(4000);
    expect(file.length).toBeLessThan(4600);
    expect((await encodeMp3(source, RATE, 16)).equals(file)).toBe(true);
  });
});
