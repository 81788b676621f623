/**
 * A temp copy of dist/ plus one test-only page (store.html) whose script writes highlights and tags
 * through the real store, so a page that shows them can be tested before (or apart from) the reader UI
 * that makes them. Nothing is added to the product.
 */
import { build } from 'esbuild';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { HighlightColor } from '../../../src/annotations/types.ts';
import { DIST, grantLoopback } from '../../../testkit/browser/extension.ts';

export interface HighlightSpec {
  /** Offsets in the article's textContent (whitespace at the ends is left out, as the reader does). */
  start: number;
  end: number;
  color: HighlightColor;
  note?: string;
  /** ISO 8601 with offset; also its updatedAt. */
  createdAt: string;
  detached?: boolean;
}

export interface StorePageApi {
  /** Adds one highlight with `addHighlight`; returns its id and the quoted text. */
  highlight(articleId: string, spec: HighlightSpec): Promise<{ id: string; exact: string }>;
  /** Sets the article's whole tag list with `updateArticle`. */
  setTags(articleId: string, tags: string[]): Promise<void>;
}

declare global {
  var jianbaoStore: StorePageApi | undefined;
}

export interface StorePageDist {
  dir: string;
  /** Chromium flags that load this copy instead of dist/ (later flags win). */
  args: string[];
  remove(): void;
}

export async function buildStorePageDist(): Promise<StorePageDist> {
  if (!existsSync(join(DIST, 'manifest.json')))
    throw new Error('dist/ is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-store-page-'));
  cpSync(DIST, dir, { recursive: true });
  await build({
    entryPoints: { 'store-page': resolve(import.meta.dirname, 'store-page-entry.ts') },
    outdir: dir,
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, 'store.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>store</title><script type="module" src="store-page.js"></script></head><body></body></html>\n',
  );
  grantLoopback(dir);
  return {
    dir,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Calls one function of the store page. */
export function callStore<K extends keyof StorePageApi>(
  page: Page,
  name: K,
  ...args: Parameters<StorePageApi[K]>
): Promise<Awaited<ReturnType<StorePageApi[K]>>> {
  return page.evaluate(
    ([fn, params]) => (globalThis.jianbaoStore![fn] as (...a: unknown[]) => Promise<unknown>)(...params),
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<StorePageApi[K]>>>;
}
