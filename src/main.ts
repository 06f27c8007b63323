// Entry point: the DOM app starts at once; Phaser arrives later, only for the room picture.
// First thing: a deep link's story (or the menu's cards) starts downloading (see start-prefetch.ts).
import './start-prefetch';
import './ui/styles.css';
import { App } from './app/app';
import { MAX_SEED } from './engine/encounter';
import { applySettings } from './app/apply-settings';
import { loadSettings, saveSettings } from './settings/settings';
import { browserStore, learnerStore, tabStore } from './platform/storage';
import { afterPaint } from './platform/after-paint';
import type { SoundPlayer } from './audio/sound-player';
import { settingsDialog } from './ui/settings-view';
import { chooseReporter } from './reporting/choose-reporter';
import { reportingNotice } from './ui/reporting-notice';
import { courseReturnButton } from './ui/course-return';
import { looksLikeCmi5Launch } from './reporting/cmi5/launch';

const root = document.getElementById('app');
if (!root) throw new Error('index.html must have an element with id "app"');

const { store, persistent } = browserStore();
let settings = loadSettings(store);
applySettings(settings);

// Sound starts only after the player's first gesture, as browsers require and players expect,
// and after the frame that gesture changes: creating the audio output takes a long moment.
let sound: SoundPlayer | null = null;
let soundStarted = false;
const startSound = () => {
  if (soundStarted) return;
  soundStarted = true;
  afterPaint(() => void import('./audio/sound-player')
    .then(({ SoundPlayer }) => {
      sound = new SoundPlayer(settings);
    })
    .catch(() => {
      sound = null; // Playable in silence; captions carry the sounds.
    }));
};
window.addEventListener('pointerdown', startSound, { once: true, capture: true });
window.addEventListener('keydown', startSound, { once: true, capture: true });

document.getElementById('settings-button')?.addEventListener('click', (event) => {
  const opener = event.currentTarget as HTMLElement;
  const dialog = settingsDialog(settings, (next) => {
    settings = next;
    applySettings(next);
    sound?.apply(next);
    saveSettings(store, next);
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
});

// The school's learning system, if the page was launched from one; none otherwise.
const reporter = await chooseReporter({
  window,
  store,
  sessionStore: tabStore(),
  settings,
  fetch: (url, init) => fetch(url, init),
  timers: window,
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
  random: Math.random,
  taxonomy: () => import('./app/taxonomy-data').then((m) => m.getTaxonomy()),
  onOnline: (listener) => {
    window.addEventListener('online', listener);
    return () => window.removeEventListener('online', listener);
  },
  onProblem: reportingNotice(document.querySelector('.topbar')),
});
window.addEventListener('pagehide', () => reporter.leave());
// cmi5 asks the unit to follow the learner's sound preference at start (for this launch only).
if (reporter.preferences?.audio) settings = { ...settings, muted: reporter.preferences.audio === 'off' };
const courseReturn = courseReturnButton(reporter.returnUrl, () => reporter.leave(), location.href);
if (courseReturn) document.getElementById('settings-button')?.before(courseReturn);

// Whether an encounter is on screen, for the update prompt, which loads after the first view.
let encounterOpen = false;
let onEncounter = (open: boolean) => {
  encounterOpen = open;
};

const app = new App({
  root,
  // A learner a school's system launched finds only their own saves, even on a shared lab PC.
  store: reporter.learner ? learnerStore(store, reporter.learner) : store,
  persistent,
  drawSeed: () => crypto.getRandomValues(new Uint32Array(1))[0]! % (MAX_SEED + 1),
  practice: () => settings.practice,
  sound: () => sound,
  captions: () => settings.captions,
  reporter,
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
  loadStage: async (container) => {
    try {
      const { createStage } = await import('./scenes/stage');
      return await createStage(container);
    } catch {
      // The encounter is fully playable from the text and the scene description.
      container.classList.add('stage-unavailable');
      return null;
    }
  },
  onEncounter: (open) => onEncounter(open),
});
const started = app.start();

// Offline play and updates (README: Offline and updates), except where a school's LMS launched
// the game: a service worker there would sit among the LMS's own pages, so packages carry none.
const inLearningSystem = window.top !== window.self || !['none', 'xapi'].includes(reporter.kind) || looksLikeCmi5Launch(location.search);
// They load once the first view is on screen, so they never delay the first choice.
const offlineSupport = () => Promise.all([import('./platform/service-worker'), import('./ui/update-prompt')]);
if (import.meta.env.PROD && 'serviceWorker' in navigator && !inLearningSystem) {
  void started.then(offlineSupport, offlineSupport).then(([{ watchForUpdates, justUpdated }, { UpdatePrompt }]) => {
    const prompt = new UpdatePrompt();
    document.querySelector('.topbar')?.after(prompt.element);
    prompt.encounter(encounterOpen);
    onEncounter = (open) => prompt.encounter(open);
    if (justUpdated()) prompt.updated();
    watchForUpdates((version) => prompt.offer(version));
  }).catch(() => undefined); // Not loaded (offline before the first visit finished): the game plays on without.
}
