import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const UNIT_FILES = ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'];

/**
 * What a test file may change for the files that run after it in the same worker: mocks and spies,
 * fake timers, stubbed globals, another DOM environment, a global fake IndexedDB, a redefined global.
 * Files that do any of these keep a fresh module graph of their own (vitest's isolation); the rest share
 * one per worker, which spares each file re-importing the extension's code, jsdom and PouchDB.
 */
const CHANGES_SHARED_STATE = /\bvi\.|@vitest-environment|fake-indexeddb\/auto|globalThis/;

const isolatedFiles = readdirSync('tests/unit', { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.test\.tsx?$/.test(name))
  .map((name) => join('tests/unit', name))
  .filter((file) => CHANGES_SHARED_STATE.test(readFileSync(file, 'utf8')));

export default defineConfig({
  test: {
    environment: 'node',
    setupFiles: ['tests/unit/setup-english.ts', 'tests/unit/setup-worker-global.ts'],
    globalSetup: ['tests/support/require-corpus.ts'],
    testTimeout: 20_000,
    // Both cores: vitest's default leaves one free, and these tests are CPU-bound (jsdom, extraction).
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'isolated', include: isolatedFiles } },
      {
        extends: true,
        test: { name: 'shared', include: UNIT_FILES, exclude: isolatedFiles, isolate: false },
      },
    ],
  },
});
