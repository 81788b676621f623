/**
 * A temp copy of dist/ plus one test-only page (store.html) whose script writes highlights and tags
 * through the real store, so a page that shows them can be tested before (or apart from) the reader UI
 * that makes them. Nothing is added to the product.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { HighlightColor } from '../../../src/annotations/types.ts';
import { buildPageDist, type PageDist } from '../../../testkit/browser/page-dist.ts';

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

export const buildStorePageDist = (): Promise<PageDist> =>
  buildPageDist('store-page', [
    {
      html: 'store.html',
      bundle: 'store-page',
      entry: resolve(import.meta.dirname, 'store-page-entry.ts'),
      title: 'store',
    },
  ]);

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
