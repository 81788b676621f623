/**
 * A temp copy of dist/ with test-only extension pages added: each a bundled script and the HTML page that
 * loads it. Benchmarks and e2e tests drive the real store in the real extension through such a page, and
 * nothing is added to the product.
 */
import { build } from 'esbuild';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, grantLoopback, loadExtensionArgs } from './extension.ts';

export interface TestPage {
  /** The page's file name in the copy (`reader-state.html`). */
  html: string;
  /** The bundle's name (`reader-state` gives `reader-state.js`) and the module it is built from. */
  bundle: string;
  entry: string;
  title: string;
}

export interface PageDist {
  dir: string;
  /** Chromium flags that load this copy instead of dist/ (Chromium keeps the last repeated switch). */
  args: string[];
  remove(): void;
}

/** A minimal extension page: its title, one module script and an optional body. */
export const testPageHtml = (title: string, script: string, body = ''): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><script type="module" src="${script}"></script></head><body>${body}</body></html>\n`;

/**
 * Copies `dist` into a temp folder named after `prefix`, builds each page's bundle into it and writes its
 * HTML. The copy may also reach the loopback servers the tests start (grantLoopback).
 */
export async function buildPageDist(prefix: string, pages: TestPage[], dist = DIST): Promise<PageDist> {
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`${dist} is missing: run \`npm run build\` first`);
  const dir = mkdtempSync(join(tmpdir(), `jianbao-${prefix}-`));
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    cpSync(dist, dir, { recursive: true });
    await build({
      entryPoints: Object.fromEntries(pages.map((page) => [page.bundle, page.entry])),
      outdir: dir,
      bundle: true,
      format: 'esm',
      target: 'chrome120',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    for (const page of pages)
      writeFileSync(join(dir, page.html), testPageHtml(page.title, `${page.bundle}.js`));
    grantLoopback(dir);
  } catch (error) {
    remove(); // a failed build leaves no copy behind
    throw error;
  }
  return { dir, args: loadExtensionArgs(dir), remove };
}
