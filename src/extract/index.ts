/**
 * Extraction: Document + URL → article or reason. Pure; shared by the content script, the CLI and the tests.
 */
import type { ExtractResult } from '../shared/article.ts';
import { ADAPTERS } from './adapters/index.ts';
import { windowOf } from './dom.ts';
import { finishDraft, type FinishOptions } from './record.ts';

export { extractFromShareEndpoint, shareEndpointUrl } from './share-endpoint.ts';
export { isShareUrl, readInfoCode } from './info-code.ts';
export { sanitizeHtml } from './sanitize.ts';

export interface ExtractOptions extends FinishOptions {
  /**
   * Gives the window whose DOM sanitizes the body, when the page was parsed by a DOM that DOMPurify does
   * not support (the CLI parses with linkedom for speed and sanitizes in jsdom). Called only once an
   * adapter has found a body, so a page without an article never pays for that window. Defaults to the
   * page's own.
   */
  sanitizerWindow?: () => Window & typeof globalThis;
}

/**
 * @param doc the page; never modified (adapters read it; only the article subtree is copied and cleaned).
 * @param url the address the page was read from; relative links resolve against it.
 */
export function extract(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  if (!doc?.documentElement || !doc.body) return { ok: false, error: { code: 'not-html' } };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, error: { code: 'not-html', detail: `not a URL: ${url}` } };
  }
  for (const adapter of ADAPTERS) {
    if (!adapter.matches(parsed, doc)) continue;
    const draft = adapter.extract(doc, parsed);
    if (typeof draft === 'string') return { ok: false, error: { code: draft, detail: adapter.id } };
    return finishDraft(draft, url, adapter.id, options.sanitizerWindow?.() ?? windowOf(doc), options);
  }
  return { ok: false, error: { code: 'no-article' } };
}
