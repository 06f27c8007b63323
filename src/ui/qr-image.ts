// A QR code as an SVG image built from DOM nodes (never markup text), drawn from the module
// matrix of npm `qrcode`. Loaded only when a learner reaches a screen that shows one.
import { svg } from './dom';

/** Light modules around the code, as the QR standard asks, so cameras find its edges. */
const QUIET_ZONE = 4;

export async function qrImage(text: string, label: string): Promise<SVGElement> {
  const { default: QRCode } = await import('qrcode');
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const span = modules.size + 2 * QUIET_ZONE;
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
  }
  return svg(
    'svg',
    { viewBox: `0 0 ${span} ${span}`, role: 'img', 'aria-label': label, class: 'qr', 'shape-rendering': 'crispEdges' },
    svg('rect', { width: span, height: span, fill: '#fff' }),
    svg('path', { d: path, fill: '#000' }),
  );
}
