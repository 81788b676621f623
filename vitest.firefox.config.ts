import { defineConfig } from 'vitest/config';

// Firefox ESR end to end (tests/e2e/firefox): its own suffix so the Chromium e2e run does not pick it up.
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.firefox.ts'],
    environment: 'node',
    globalSetup: ['tests/support/require-corpus.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
