import { defineConfig } from 'vitest/config';

// One Chromium at a time: the machine has 2 cores, and each file launches its own browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/require-corpus.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
