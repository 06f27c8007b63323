// "Back to the course": where a learning system (cmi5) asked for the learner to be sent when
// they leave. The session is ended first, as cmi5 asks; only a web address is followed.
import { h } from './dom';

/** The button for the top bar, or null when there is nowhere (or nowhere safe) to go back to. */
export function courseReturnButton(returnUrl: string | null | undefined, leave: () => void, base: string): HTMLButtonElement | null {
  if (!returnUrl) return null;
  let target: URL;
  try {
    target = new URL(returnUrl, base);
  } catch {
    return null;
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return null;
  const button = h('button', { type: 'button', className: 'topbar-button' }, 'Back to the course');
  button.addEventListener('click', () => {
    leave();
    window.location.assign(target.href);
  });
  return button;
}
