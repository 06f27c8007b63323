// Shown when a saved game cannot be resumed: says why, keeps the save, and lets the player
// download it or start again with the old save set aside.
import { h } from './dom';

export interface SaveProblemActions {
  download: () => void;
  /** False when the old save could not be set aside (no room on the device): nothing changed. */
  startAgain: () => boolean;
  back: () => void;
}

const NO_ROOM =
  'There is no room on this device to keep the old save beside a new game, so nothing has been changed. Download the saved game to keep it, then free some space in this browser’s storage for this site and try again.';

export function saveProblemView(title: string, message: string, actions: SaveProblemActions): HTMLElement {
  const status = h('p', { role: 'status' });
  const startAgain = () => {
    status.textContent = actions.startAgain() ? '' : NO_ROOM;
  };
  return h(
    'section',
    { className: 'save-problem', 'aria-labelledby': 'save-problem-title' },
    h('h1', { id: 'save-problem-title' }, `Your saved game of “${title}” can't be resumed`),
    h('p', { role: 'alert' }, message),
    h('p', {}, 'Nothing has been deleted. You can download the saved game to keep it, or start again: the old save is kept on this device either way.'),
    status,
    h(
      'div',
      { className: 'actions' },
      h('button', { type: 'button', onclick: actions.download }, 'Download the saved game'),
      h('button', { type: 'button', className: 'primary', onclick: startAgain }, 'Start again'),
      h('button', { type: 'button', onclick: actions.back }, 'Back to scenarios'),
    ),
  );
}
