// Reads QR codes from the device camera, one learner after another: frames are sampled a few
// times a second, decoded with jsQR (its own chunk, loaded only when scanning starts), and each
// code is reported once as it comes into view. Camera problems come back as data, for the UI
// to put into words.

/** Why the camera could not be used. */
export type CameraProblem = { kind: 'denied' | 'no-camera' | 'unsupported' | 'failed' };

/** Frames decoded per second: enough to catch a code held up briefly, light on a laptop's CPU. */
const SAMPLES_PER_SECOND = 8;
/** A code out of view this long counts as gone: shown again, it is reported again. */
export const FORGET_AFTER_MS = 1000;
/** Frames are scaled down to this longest side before decoding: a held-up code stays readable, and decoding a full HD frame would take several sample periods. */
const MAX_SAMPLE_SIDE = 640;

type Decoder = typeof import('jsqr').default;

/**
 * Decides which decoded texts are new appearances: a text is reported unless it is the last one
 * seen and was seen within FORGET_AFTER_MS (frames with no code change nothing).
 */
export class AppearanceFilter {
  private last: string | null = null;
  private lastSeenAt = -Infinity;

  /** Whether `text`, seen at `now` (ms), should be reported. */
  seen(text: string, now: number): boolean {
    const fresh = text !== this.last || now - this.lastSeenAt > FORGET_AFTER_MS;
    this.last = text;
    this.lastSeenAt = now;
    return fresh;
  }
}

export class QrScanner {
  private stream: MediaStream | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every start and stop, so a start still waiting for the camera knows it was cancelled. */
  private session = 0;
  private readonly canvas = document.createElement('canvas');
  private readonly context = this.canvas.getContext('2d', { willReadFrequently: true });

  constructor(
    private readonly video: HTMLVideoElement,
    /** Called once per code as it comes into view, with the code's text. */
    private readonly onCode: (text: string) => void,
  ) {}

  get scanning(): boolean {
    return this.stream !== null;
  }

  /**
   * Opens the camera into the video and starts reading codes. Resolves to null once scanning (or
   * if stop() was called meanwhile), or to the problem that kept the camera from starting.
   */
  async start(): Promise<CameraProblem | null> {
    this.stop();
    const session = this.session;
    if (!navigator.mediaDevices?.getUserMedia || !this.context) return { kind: 'unsupported' };
    // Fetched while the browser asks for permission, not after.
    const decoder = import('jsqr').then((module) => module.default);
    decoder.catch(() => undefined);
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (error) {
      return problemOf(error);
    }
    if (session !== this.session) {
      stopTracks(stream);
      return null;
    }
    this.stream = stream;
    this.video.srcObject = stream;
    try {
      const [decode] = await Promise.all([decoder, this.video.play()]);
      if (session !== this.session) return null;
      this.sampleSoon(decode, new AppearanceFilter(), session);
      return null;
    } catch {
      if (session !== this.session) return null;
      this.stop();
      return { kind: 'failed' };
    }
  }

  /** Stops every camera track and the sampling; harmless when not scanning. */
  stop(): void {
    this.session++;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stream) stopTracks(this.stream);
    this.stream = null;
    this.video.srcObject = null;
  }

  /** One sample per period, each scheduled after the last is decoded, so slow decoding never piles up. */
  private sampleSoon(decode: Decoder, filter: AppearanceFilter, session: number): void {
    this.timer = setTimeout(() => {
      if (session !== this.session) return;
      try {
        const text = this.decodeFrame(decode);
        if (text !== null && filter.seen(text, performance.now())) this.onCode(text);
      } finally {
        // onCode may have stopped the scanner; if it threw, the next learner is still read.
        if (session === this.session) this.sampleSoon(decode, filter, session);
      }
    }, 1000 / SAMPLES_PER_SECOND);
  }

  private decodeFrame(decode: Decoder): string | null {
    const { video, canvas, context } = this;
    if (!context || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) return null;
    const scale = Math.min(1, MAX_SAMPLE_SIDE / Math.max(video.videoWidth, video.videoHeight));
    const width = Math.round(video.videoWidth * scale);
    const height = Math.round(video.videoHeight * scale);
    if (canvas.width !== width || canvas.height !== height) Object.assign(canvas, { width, height });
    context.drawImage(video, 0, 0, width, height);
    // Learners' codes are dark on light (src/ui/qr-image.ts): no need to try each frame inverted.
    const code = decode(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'dontInvert' });
    return code?.data || null;
  }
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

function problemOf(error: unknown): CameraProblem {
  // Browsers throw DOMExceptions here, but some an OverconstrainedError that is not one.
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return { kind: 'denied' };
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return { kind: 'no-camera' };
  return { kind: 'failed' };
}
