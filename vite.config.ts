import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './build/csp.ts';
import { inkStories } from './build/vite-plugin-ink.ts';
import { installableApp } from './build/pwa.ts';

export default defineConfig({
  // Relative asset URLs: the build runs from any folder, a static host or inside an LMS package.
  base: './',
  plugins: [inkStories({ storyDir: 'story' }), contentSecurityPolicy(), installableApp()],
  build: {
    target: 'es2022',
    // Phaser is large; it loads after the first choice is on screen, in its own chunk.
    chunkSizeWarningLimit: 1700,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
