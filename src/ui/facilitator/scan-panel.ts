// The facilitator's camera panel: one button turns the camera on, and every learner's QR code
// held up to it is handed to `onText`, whose answer is announced and listed. Nothing needs
// reopening between learners.
import { h } from '../dom';
import { QrScanner, type CameraProblem } from './qr-scanner';

/** Results kept in view: enough to see the last few learners went in. */
const RECENT_RESULTS = 5;

const PROBLEM_TEXT: Record<CameraProblem['kind'], string> = {
  denied: "The camera is blocked for this page. Allow it in the browser's site settings, or paste the codes instead.",
  'no-camera': 'No camera was found on this device. Paste the codes instead.',
  unsupported: 'This browser cannot use a camera on this page (it needs a secure https address). Paste the codes instead.',
  failed: 'The camera could not be started. Close any other app using it and try again, or paste the codes instead.',
};

export interface ScanPanel {
  element: HTMLElement;
  /** Turns the camera off; call it when the panel leaves the page. Harmless when already off. */
  stop(): void;
}

/** `onText` is given each code read and returns the sentence to announce (what became of it). */
export function scanPanel(onText: (text: string) => string): ScanPanel {
  const button = h('button', { type: 'button', className: 'scan-toggle' }, 'Start the camera');
  const video = h('video', { muted: true, playsinline: true, 'aria-label': 'Camera', className: 'scan-video', hidden: true });
  // The attribute alone does not mute a video started from script in every browser.
  video.muted = true;
  const status = h('p', { role: 'status', 'aria-live': 'polite', className: 'scan-status' });
  const recent = h('ul', { className: 'scan-results', 'aria-label': 'Last codes read', hidden: true });
  const scanner = new QrScanner(video, (text) => {
    const sentence = onText(text);
    status.textContent = sentence;
    recent.prepend(h('li', {}, sentence));
    while (recent.children.length > RECENT_RESULTS) recent.lastElementChild!.remove();
    recent.hidden = false;
  });

  let on = false;
  const show = (message: string) => {
    button.textContent = on ? 'Stop the camera' : 'Start the camera';
    video.hidden = !on;
    status.textContent = message;
  };
  const turnOff = (message: string) => {
    on = false;
    window.removeEventListener('pagehide', stop);
    scanner.stop();
    show(message);
  };
  const stop = () => {
    if (on) turnOff('The camera is off.');
  };
  const start = async () => {
    on = true;
    window.addEventListener('pagehide', stop);
    show('Starting the camera…');
    const problem = await scanner.start();
    // Turned off while the browser was still asking: that has been said already.
    if (!on) return;
    if (problem) turnOff(PROBLEM_TEXT[problem.kind]);
    else status.textContent = 'The camera is on. Hold each QR code up to it in turn.';
  };
  button.addEventListener('click', () => {
    if (on) stop();
    else void start();
  });

  const element = h(
    'section',
    { className: 'scan-panel', 'aria-labelledby': 'scan-panel-title' },
    h('h3', { id: 'scan-panel-title' }, 'Scan QR codes'),
    h('p', { className: 'hint' }, "Ask each learner in turn to hold the QR code on their summary screen up to the camera. It stays on between learners."),
    h('p', {}, button),
    video,
    status,
    recent,
  );
  return { element, stop };
}
