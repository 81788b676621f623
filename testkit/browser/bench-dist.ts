/**
 * A temp copy of dist/ plus one bench-only page (bench.html → bench.js) that exposes the store on
 * `globalThis.jianbaoBench`, so benchmarks and e2e tests fill the library through the real store in
 * the real extension without adding anything to the product.
 */
import { build } from 'esbuild';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { grantLoopback, launchExtension, type ExtensionSession, type LaunchOptions } from './extension.ts';
import type { BenchApi } from './bench-api.ts';

const HERE = resolve(import.meta.dirname ?? '.', '.');

/**
 * The reference for the popup's first paint: an extension page with one line of text and a one-line
 * module script, opened the same way. No page of the extension can show anything sooner.
 */
export const EMPTY_PAGE = { path: 'empty-page.html', scriptMark: 'bench:empty-page-script' } as const;

export async function buildBenchDist(dist = resolve('dist')): Promise<string> {
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`${dist} is missing: run \`npm run build\` first`);
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-dist-'));
  cpSync(dist, dir, { recursive: true });
  await build({
    entryPoints: { bench: join(HERE, 'bench-page.ts') },
    outdir: dir,
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, EMPTY_PAGE.path),
    '<!doctype html><html><head><meta charset="utf-8"><title>empty</title><script type="module" src="empty-page.js"></script></head><body><p>Jianbao</p></body></html>\n',
  );
  writeFileSync(join(dir, 'empty-page.js'), `performance.mark(${JSON.stringify(EMPTY_PAGE.scriptMark)});\n`);
  writeFileSync(
    join(dir, 'bench.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>bench</title><script type="module" src="bench.js"></script></head><body></body></html>\n',
  );
  return dir;
}

export interface BenchSession extends ExtensionSession {
  /** The bench page, with `jianbaoBench` ready. */
  bench: Page;
  /** The loaded copy of the extension, for reference pages written during the run. */
  dir: string;
}

/** Launches Chromium with the bench copy of the extension; `close()` also removes the copy. */
export async function launchWithBench(options: LaunchOptions = {}): Promise<BenchSession> {
  const dir = await buildBenchDist();
  // The same loopback access the harness gives its own copy (the sync tests' server is on loopback).
  grantLoopback(dir);
  try {
    // The launcher loads dist/; these later flags win (MV3-NOTES: Chromium keeps the last repeated switch).
    const session = await launchExtension({
      ...options,
      args: [...(options.args ?? []), `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    });
    const bench = await session.context.newPage();
    await bench.goto(session.url('bench.html'));
    await bench.waitForFunction(() => globalThis.jianbaoBench !== undefined);
    return {
      ...session,
      bench,
      dir,
      async close() {
        await session.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Calls one bench function in the page. */
export function callBench<K extends keyof BenchApi>(
  page: Page,
  name: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    ([fn, params]) => (globalThis.jianbaoBench![fn] as (...a: unknown[]) => Promise<unknown>)(...params),
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}
