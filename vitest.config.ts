import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/setup-english.ts', 'tests/unit/setup-worker-global.ts'],
    globalSetup: ['tests/support/require-corpus.ts'],
    testTimeout: 20_000,
    // Both cores: vitest's default leaves one free, and these tests are CPU-bound (jsdom, extraction).
    maxWorkers: 2,
  },
});
