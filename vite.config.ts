import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './build/csp.ts';
import { inkStories } from './build/vite-plugin-ink.ts';
import { phaserRoom } from './build/vite-plugin-phaser-room.ts';
import { portraits } from './build/vite-plugin-portraits.ts';
import { installableApp } from './build/pwa.ts';

/** The game's build steps for a story folder (and its guides): the game's own, or a test's fixtures. */
export function appPlugins(options: { storyDir: string; guideDir?: string }) {
  return [inkStories(options), contentSecurityPolicy(), installableApp(), portraits({ storyDir: options.storyDir }), phaserRoom()];
}

/** The page and its entry module (src/main.ts). */
const isEntry = (id: string) => /[\\/](index\.html|src[\\/]main\.ts)$/.test(id);

export default defineConfig({
  // Relative asset URLs: the build runs from any folder, a static host or inside an LMS package.
  base: './',
  plugins: appPlugins({ storyDir: 'story' }),
  build: {
    target: 'es2022',
    // The room (the part of Phaser it uses, and the portrait kit) loads after the first choice, in its own chunk.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // All the code the page runs at start, in one file beside the entry: as some sixteen
          // small files a deep link's first choice waited on round trips, six at a time. The
          // entry stays a chunk of its own, so Vite's manifest and index.html still name it.
          groups: [{ name: 'start', tags: ['$initial'], test: (id) => !isEntry(id) }],
        },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
