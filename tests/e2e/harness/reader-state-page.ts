/**
 * A temp copy of dist/ plus one test-only page (reader-state.html) whose script writes the reader's
 * state (tags, favourite, archive, note, highlights) through the real store, so the highlights page,
 * export, import and sync can be tested on a library that holds it, apart from the UI that makes it.
 * Nothing is added to the product.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { HighlightColor } from '../../../src/annotations/types.ts';
import type { ArticlePatch } from '../../../src/store/index.ts';
import type { ExtensionSession } from '../../../testkit/browser/extension.ts';
import { buildPageDist, type PageDist } from '../../../testkit/browser/page-dist.ts';

export interface HighlightSpec {
  /** Offsets in the article's textContent (whitespace at the ends is left out, as the reader does). */
  start: number;
  end: number;
  color: HighlightColor;
  note?: string;
  /** ISO 8601 with offset: its createdAt and updatedAt. */
  at: string;
  /** Stored as a highlight whose text is no longer found in the article. */
  detached?: boolean;
}

export interface ReaderStateApi {
  /** `updateArticle` with this patch (tags, favourite, archived, note, read…). */
  update(articleId: string, patch: ArticlePatch): Promise<void>;
  /** `addHighlight`; returns the new highlight's id and the text it quotes. */
  highlight(articleId: string, spec: HighlightSpec): Promise<{ id: string; exact: string }>;
  /** `removeHighlight`: the highlight goes and leaves a tombstone. */
  removeHighlight(articleId: string, highlightId: string): Promise<void>;
}

declare global {
  var jianbaoReaderState: ReaderStateApi | undefined;
}

export const buildReaderStateDist = (): Promise<PageDist> =>
  buildPageDist('reader-state', [
    {
      html: 'reader-state.html',
      bundle: 'reader-state',
      entry: resolve(import.meta.dirname, 'reader-state-entry.ts'),
      title: 'reader state',
    },
  ]);

/** Opens the reader-state page in `session` (launched with the copy's `args`) and waits for its API. */
export async function openReaderState(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url('reader-state.html'));
  await page.waitForFunction(() => globalThis.jianbaoReaderState !== undefined);
  return page;
}

/** Calls one function of the reader-state page. */
export function callReaderState<K extends keyof ReaderStateApi>(
  page: Page,
  name: K,
  ...args: Parameters<ReaderStateApi[K]>
): Promise<Awaited<ReturnType<ReaderStateApi[K]>>> {
  return page.evaluate(
    ([fn, params]) =>
      (globalThis.jianbaoReaderState![fn] as (...a: unknown[]) => Promise<unknown>)(...params),
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<ReaderStateApi[K]>>>;
}
