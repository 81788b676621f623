/**
 * A temp copy of dist/ plus one bench-only page (bench.html → bench.js) that exposes the store on
 * `globalThis.jianbaoBench`, so benchmarks and e2e tests fill the library through the real store in
 * the real extension without adding anything to the product (page-dist.ts).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession, type LaunchOptions } from './extension.ts';
import type { BenchApi } from './bench-api.ts';
import { buildPageDist, testPageHtml, type PageDist } from './page-dist.ts';

const HERE = resolve(import.meta.dirname ?? '.', '.');

/**
 * The reference for the popup's first paint: an extension page with one line of text and a one-line
 * module script, opened the same way. No page of the extension can show anything sooner.
 */
export const EMPTY_PAGE = { path: 'empty-page.html', scriptMark: 'bench:empty-page-script' } as const;

/** The bench copy of dist/: bench.html with the bench API, and the empty reference page. */
export async function buildBenchDist(): Promise<PageDist> {
  const copy = await buildPageDist('bench-dist', [
    { html: 'bench.html', bundle: 'bench', entry: join(HERE, 'bench-page.ts'), title: 'bench' },
  ]);
  writeFileSync(join(copy.dir, EMPTY_PAGE.path), testPageHtml('empty', 'empty-page.js', '<p>Jianbao</p>'));
  writeFileSync(
    join(copy.dir, 'empty-page.js'),
    `performance.mark(${JSON.stringify(EMPTY_PAGE.scriptMark)});\n`,
  );
  return copy;
}

export interface BenchSession extends ExtensionSession {
  /** The bench page, with `jianbaoBench` ready. */
  bench: Page;
  /** The loaded copy of the extension, for reference pages written during the run. */
  dir: string;
}

/** Launches Chromium with the bench copy of the extension; `close()` also removes the copy. */
export async function launchWithBench(options: LaunchOptions = {}): Promise<BenchSession> {
  const copy = await buildBenchDist();
  try {
    const session = await launchExtension({ ...options, args: [...(options.args ?? []), ...copy.args] });
    const bench = await session.context.newPage();
    await bench.goto(session.url('bench.html'));
    await bench.waitForFunction(() => globalThis.jianbaoBench !== undefined);
    return {
      ...session,
      bench,
      dir: copy.dir,
      async close() {
        await session.close();
        copy.remove();
      },
    };
  } catch (error) {
    copy.remove();
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
