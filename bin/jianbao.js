#!/usr/bin/env node
// Plain ESM entry: tsx runs the TypeScript CLI directly, so `npx jianbao` needs no build step.
import { register } from 'tsx/esm/api';

try {
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // main() answers every error itself; this is for a CLI that cannot load (e.g. a missing dependency).
  process.stderr.write(`reason: unexpected — ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
