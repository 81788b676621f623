import browser from 'webextension-polyfill';
import type { ExtractResult } from '../shared/article.ts';
import { extractThisPage } from './extract-page.ts';

/** Answers the background worker's `extractPage` (popup saves, commands, context menu). */
export function listenForExtractRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown): Promise<ExtractResult> | undefined => {
    if ((message as { type?: unknown } | null)?.type !== 'extractPage') return undefined;
    return extractThisPage().catch((error: unknown) => ({ ok: false, reason: 'no-article', detail: String(error) }));
  });
}
