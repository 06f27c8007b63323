import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs live in tests/e2e and run under Playwright, not Vitest.
    include: ['tests/unit/**/*.test.ts', 'tests/story/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // One test file per core: the story tests keep a core busy each, and Vitest's default (one
    // less than the cores) ran them one at a time on CI's two (173 s, against some 105 s).
    maxWorkers: os.availableParallelism(),
  },
});
