#!/usr/bin/env node
// Plain ESM entry: tsx runs the TypeScript CLI directly, so `npx jianbao` needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
