// The browser tests' fake camera: the Y4M it writes must be one Chromium can play and whose
// frames a QR decoder reads back, code by code, in order.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { afterAll, describe, expect, it } from 'vitest';
import { VIDEO_HEIGHT, VIDEO_WIDTH, writeQrVideo, y4mHeader } from '../e2e/fake-camera';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-camera-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const LUMA_BYTES = VIDEO_WIDTH * VIDEO_HEIGHT;
const FRAME_BYTES = LUMA_BYTES * 1.5;
const FRAME_MARK = 'FRAME\n';

/** Splits a Y4M file into its header line and each frame's planes, checking every frame's marker and size. */
function readY4m(file: string): { header: string; frames: Buffer[] } {
  const bytes = fs.readFileSync(file);
  const headerEnd = bytes.indexOf(0x0a) + 1;
  const frames: Buffer[] = [];
  for (let at = headerEnd; at < bytes.length; at += FRAME_MARK.length + FRAME_BYTES) {
    expect(bytes.subarray(at, at + FRAME_MARK.length).toString('latin1')).toBe(FRAME_MARK);
    const planes = bytes.subarray(at + FRAME_MARK.length, at + FRAME_MARK.length + FRAME_BYTES);
    expect(planes.length).toBe(FRAME_BYTES);
    frames.push(planes);
  }
  return { header: bytes.subarray(0, headerEnd).toString('latin1'), frames };
}

/** The text jsQR reads from a frame's Y plane, drawn as grey RGBA (as a canvas would give it), or null. */
function decodeFrame(planes: Buffer): string | null {
  const rgba = new Uint8ClampedArray(LUMA_BYTES * 4);
  for (let i = 0; i < LUMA_BYTES; i++) rgba.set([planes[i]!, planes[i]!, planes[i]!, 255], i * 4);
  return jsQR(rgba, VIDEO_WIDTH, VIDEO_HEIGHT)?.data ?? null;
}

describe('the fake camera video', () => {
  const texts = ['4Q0R-8ZJ1-0000-7K2M-VX9A-3BCD-EF01-GHJK-MN', '4Q0R-8ZJ1-0001-1P2Q-RSTV-WXYZ-0123 ~ Sam O'];
  const file = path.join(dir, 'two-codes.y4m');
  writeQrVideo(file, texts, { fps: 4, secondsPerCode: 1, secondsBetween: 0.5 });
  const { header, frames } = readY4m(file);

  it('is a 640×480 4:2:0 Y4M at the frame rate asked for, with whole frames', () => {
    expect(header).toBe(y4mHeader(4));
    expect(header).toBe('YUV4MPEG2 W640 H480 F4:1 Ip A1:1 C420jpeg\n');
    // Per code: 4 frames showing it, 2 plain ones.
    expect(frames).toHaveLength(texts.length * 6);
  });

  it('shows each code for its frames, then plain frames, so each comes into view anew', () => {
    const decoded = frames.map(decodeFrame);
    expect(decoded).toEqual([...Array<string>(4).fill(texts[0]!), null, null, ...Array<string>(4).fill(texts[1]!), null, null]);
  });

  it('leaves the picture grey: every chroma byte is neutral', () => {
    for (const planes of frames) expect(planes.subarray(LUMA_BYTES).every((byte) => byte === 128)).toBe(true);
  });
});
