import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs live in tests/e2e and run under Playwright, not Vitest.
    include: ['tests/unit/**/*.test.ts', 'tests/story/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
