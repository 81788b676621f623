import { defineConfig } from 'vitest/config';

// Two files at a time, each with its own Chromium, profile, servers and free ports: most of an e2e test
// is waiting on the browser, so two share the machine's 2 cores well.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/require-corpus.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
