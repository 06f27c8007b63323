import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './tests/e2e/helpers';

// E2E_PORT and E2E_DIST let a second run (its own build) go beside one already serving the default port.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Lines enter at once, as for a player who prefers reduced motion: a key pressed while they fade
    // in only shows them (encounter-view), so specs that play would each wait out the fade. Specs that
    // look at motion turn it back on with test.use({ reducedMotion: 'no-preference' }).
    reducedMotion: 'reduce',
    launchOptions: CHROMIUM_LAUNCH,
    // The game's service worker would answer requests before a test's page.route() could; the
    // specs of offline play and updates (offline.spec.ts, update.spec.ts) allow it.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  // Tests run against the production build, as players get it (`npm run test:e2e` builds first).
  webServer: {
    command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
