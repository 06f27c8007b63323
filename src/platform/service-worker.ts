// The service worker (made by build/pwa.ts) that keeps the whole game on the device after the
// first visit. A new version it finds waits until the player takes it: this module says when one
// is ready and, when taken, lets it take over and reloads the page into it.
import { Workbox } from 'workbox-window';
import { tabStore } from './storage';

export interface NewVersion {
  /** Lets the new version take over and reloads the page into it, at the same address. */
  take(): void;
}

/** Set across the reload that takes a new version, so the page can say it has been updated. */
const JUST_UPDATED = 'asymmetry:just-updated';
/** How often an open page asks the site for a newer version (the browser also does on each visit). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Registers the worker and calls `onReady` whenever a new version is waiting to be taken. */
export function watchForUpdates(onReady: (version: NewVersion) => void): void {
  // The worker sits at the build's root, beside the page (build/pwa.ts); LMS packages have none.
  const workbox = new Workbox(new URL('sw.js', document.baseURI).href);
  let taking = false;
  const reload = () => {
    tabStore().setItem(JUST_UPDATED, '1');
    location.reload();
  };
  const registered = workbox.register().catch(() => undefined); // Without a worker the game still plays online.
  workbox.addEventListener('waiting', () =>
    onReady({
      take: () => {
        taking = true;
        // Another tab may have taken it already: then this page only needs the reload.
        void registered.then((registration) => (registration?.waiting ? workbox.messageSkipWaiting() : reload()));
      },
    }),
  );
  // Was this page already run by a worker? On a first visit the worker taking over is no update.
  let controlled = navigator.serviceWorker.controller !== null;
  workbox.addEventListener('controlling', () => {
    // Taken here, or in another tab: then this page's old code may be gone from the cache too.
    if (taking) reload();
    else if (controlled) onReady({ take: reload });
    controlled = true;
  });
  setInterval(() => void workbox.update().catch(() => undefined), CHECK_EVERY_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox.update().catch(() => undefined);
  });
}

/** True once, on the first page after a new version was taken. */
export function justUpdated(): boolean {
  const store = tabStore();
  const updated = store.getItem(JUST_UPDATED) !== null;
  store.removeItem(JUST_UPDATED);
  return updated;
}
