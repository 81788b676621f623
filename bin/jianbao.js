#!/usr/bin/env node
// Plain ESM entry. It runs the prebuilt bundle (`npm run build:cli`, also run by `npm ci` and `npm install`)
// while it is as new as every source file it was built from, and otherwise the TypeScript through tsx, so
// `npx jianbao` works with no build step and never answers from a stale bundle.
import { freshBundle } from './fresh-bundle.js';

try {
  const bundle = freshBundle(new URL('../', import.meta.url));
  let entry;
  if (bundle) {
    entry = bundle.href;
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    entry = '../src/cli/main.ts';
  }
  const { main } = await import(entry);
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // main() answers every error itself; this is for a CLI that cannot load (e.g. a missing dependency).
  process.stderr.write(`reason: unexpected — ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
