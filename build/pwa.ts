// The installable, offline game: a web app manifest and a service worker that precaches the whole
// build on the first visit, so every scenario, the debrief (its lazy code and analysis worker),
// the facilitator page, fonts and sounds need no network after it. Updates wait for the player:
// a new worker only takes over when src/platform/service-worker.ts asks it to.
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The service worker's file, at the build's root; the LMS packages leave it out (scripts/package.ts). */
export const SERVICE_WORKER_FILES = /^(sw\.js|workbox-[^/]*\.js)(\.map)?$/;

export function installableApp(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    // Registered from a module of the app, never an inline script: the page's policy forbids those.
    injectRegister: false,
    // The glob below already takes the icons (and the plugin adds the manifest itself).
    includeManifestIcons: false,
    manifest: {
      name: 'Asymmetry',
      short_name: 'Asymmetry',
      description: 'A branching-scenario simulation about power in clinical encounters.',
      lang: 'en',
      // Relative, like the build: the app is whatever folder it is served from.
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#1f4e5f',
      background_color: '#f4f1ea',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // Everything the build writes, so a file added later is offline too. WOFF copies are left
      // out: every browser with service workers reads the WOFF2 beside each one.
      globPatterns: ['**/*'],
      globIgnores: ['**/*.woff', 'manifest.webmanifest'],
      // The room's chunk (Phaser) is well over Workbox's 2 MB default.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Routes are query strings of the one page (?scenario=…, ?facilitator): each is index.html.
      ignoreURLParametersMatching: [/.*/],
      // No fallback page for other addresses: a school's site may serve other things beside the game.
      navigateFallback: null,
      // The first visit's page is taken over at once, so the network can drop before its end.
      // Later versions still wait: a worker is only activated by the player's choice.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });
}
