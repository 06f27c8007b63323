// A fake camera for browser tests: Chromium plays a Y4M file as its webcam, so a test can hold
// learners' QR codes up to the facilitator's page one after another. The file shows each code
// for a while, then plain light frames, so each code comes into view anew (also when Chromium
// loops the file).
import fs from 'node:fs';
import QRCode from 'qrcode';
import { chromium, type Browser, type Locator } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './helpers';

export const VIDEO_WIDTH = 640;
export const VIDEO_HEIGHT = 480;
/** Luma of dark and light modules, at the ends of the video range. */
const DARK = 16;
const LIGHT = 235;
/** Neutral chroma: the picture is grey. */
const NO_COLOUR = 128;
/** Light modules around a code, as the summary's QR code has (src/ui/qr-image.ts). */
const QUIET_ZONE = 4;

export interface QrVideoOptions {
  /** Frames per second; low keeps the file small (each frame is 450 KiB). */
  fps?: number;
  /** How long each code is in view. */
  secondsPerCode?: number;
  /** How long the plain frames after each code last. */
  secondsBetween?: number;
}

/** The Y4M stream header for a 640×480 4:2:0 video at `fps`. */
export function y4mHeader(fps: number): string {
  return `YUV4MPEG2 W${VIDEO_WIDTH} H${VIDEO_HEIGHT} F${fps}:1 Ip A1:1 C420jpeg\n`;
}

/** One frame's bytes: the Y plane as given, then grey U and V planes. */
function frame(luma: Uint8Array): Buffer {
  const chroma = Buffer.alloc((VIDEO_WIDTH / 2) * (VIDEO_HEIGHT / 2) * 2, NO_COLOUR);
  return Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
}

/** A light Y plane with `text`'s QR code centred on it, as large as fits. */
function qrLuma(text: string): Uint8Array {
  const luma = new Uint8Array(VIDEO_WIDTH * VIDEO_HEIGHT).fill(LIGHT);
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const span = modules.size + 2 * QUIET_ZONE;
  const scale = Math.floor(Math.min(VIDEO_WIDTH, VIDEO_HEIGHT) / span);
  const left = Math.floor((VIDEO_WIDTH - span * scale) / 2) + QUIET_ZONE * scale;
  const top = Math.floor((VIDEO_HEIGHT - span * scale) / 2) + QUIET_ZONE * scale;
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++) {
        const start = (top + row * scale + y) * VIDEO_WIDTH + left + col * scale;
        luma.fill(DARK, start, start + scale);
      }
    }
  }
  return luma;
}

/** Writes a Y4M video that shows each text's QR code in turn, with plain frames after each. */
export function writeQrVideo(file: string, texts: readonly string[], options: QrVideoOptions = {}): void {
  writePictureVideo(file, texts.map(qrLuma), options);
}

/**
 * Writes a Y4M video that shows each picture (a 640×480 Y plane, such as a photo of a learner's
 * screen: see qrPicture) in turn, with plain frames after each.
 */
export function writePictureVideo(file: string, pictures: readonly Uint8Array[], { fps = 5, secondsPerCode = 1, secondsBetween = 1 }: QrVideoOptions = {}): void {
  const plain = frame(new Uint8Array(VIDEO_WIDTH * VIDEO_HEIGHT).fill(LIGHT));
  const out = fs.openSync(file, 'w');
  try {
    fs.writeSync(out, y4mHeader(fps));
    for (const picture of pictures) {
      const code = frame(picture);
      for (let i = 0; i < Math.round(fps * secondsPerCode); i++) fs.writeSync(out, code);
      for (let i = 0; i < Math.round(fps * secondsBetween); i++) fs.writeSync(out, plain);
    }
  } finally {
    fs.closeSync(out);
  }
}

/**
 * Chromium with the project's flags whose camera plays `y4mPath` (an absolute path). It grants
 * the camera without asking; with `asks`, it asks instead, and headless, a context not granted
 * 'camera' is refused (as a learner who blocks it). The file is fixed for the browser's life:
 * one launch per video.
 */
export function launchWithCamera(y4mPath: string, { asks = false }: { asks?: boolean } = {}): Promise<Browser> {
  const camera = ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${y4mPath}`];
  return chromium.launch({ ...CHROMIUM_LAUNCH, args: [...CHROMIUM_LAUNCH.args, ...camera, ...(asks ? [] : ['--use-fake-ui-for-media-stream'])] });
}

/**
 * A picture of an image on a page (a learner's QR code, as the screen shows it) as a camera
 * would take it: drawn on a light 640×480 canvas, as large as fits, and read back as luma.
 */
export async function qrPicture(image: Locator): Promise<Uint8Array> {
  const luma = await image.evaluate(async (element, size) => {
    const source = new XMLSerializer().serializeToString(element);
    const picture = new Image();
    picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
    const side = Math.min(size.width, size.height) - 40;
    context.imageSmoothingEnabled = false;
    context.drawImage(picture, (size.width - side) / 2, (size.height - side) / 2, side, side);
    const { data } = context.getImageData(0, 0, size.width, size.height);
    const out: number[] = [];
    // BT.601 luma, in the video range a camera gives.
    for (let i = 0; i < data.length; i += 4) out.push(Math.round(16 + (219 * (0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!)) / 255));
    return out;
  }, { width: VIDEO_WIDTH, height: VIDEO_HEIGHT });
  return Uint8Array.from(luma);
}
