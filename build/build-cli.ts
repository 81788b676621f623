/**
 * Builds the command line: `tsx build/build-cli.ts` → dist-cli/jianbao.mjs, the CLI as one plain ES module.
 *
 * Run through tsx, `jianbao` first spends about a second compiling and resolving some sixty TypeScript
 * files; the bundle starts in a fraction of that. Packages stay outside it (jsdom, linkedom, parse5 load
 * from node_modules as they are), so it is our code only. Beside it, `inputs.json` lists the source files
 * it was built from: bin/jianbao.js runs the bundle only while none of them is newer, and otherwise the
 * TypeScript through tsx, so an edited source is never answered by a stale bundle.
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CLI_ENTRY = 'src/cli/main.ts';
export const CLI_OUT_DIR = 'dist-cli';
export const CLI_BUNDLE = 'jianbao.mjs';
export const CLI_INPUTS = 'inputs.json';

/** Returns the bundle's path; `outdir` is relative to the repository root (the working directory). */
export async function buildCli(outdir: string = CLI_OUT_DIR): Promise<string> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const bundle = join(outdir, CLI_BUNDLE);
  const result = await build({
    entryPoints: [CLI_ENTRY],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules/'));
  writeFileSync(join(outdir, CLI_INPUTS), `${JSON.stringify(inputs, null, 2)}\n`);
  return bundle;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`built the command line in ${await buildCli()}`);
}
