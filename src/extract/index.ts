/** Extraction: Document + URL → article or reason. Pure; shared by the content script, the CLI and the tests. */
import type { ExtractResult } from '../shared/article.ts';
import { ADAPTERS } from './adapters/index.ts';
import { finishDraft, windowOf } from './record.ts';

export { extractFromShareEndpoint } from './share-endpoint.ts';
export { isShareUrl, readInfoCode } from './info-code.ts';
export { sanitizeHtml } from './sanitize.ts';

export interface ExtractOptions {
  /** Pages whose serialized HTML is longer than this (in UTF-16 units, close to bytes for markup) are refused. */
  maxHtmlBytes?: number;
}

const LIMITS = {
  /** Real share and article pages are under 1 MB; 5 MB still extracts in well under a second. */
  maxHtmlBytes: 5 * 1024 * 1024,
} as const;

/**
 * @param doc the page; never modified (adapters work on a clone).
 * @param url the address the page was read from; relative links resolve against it.
 */
export function extract(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  if (!doc?.documentElement || !doc.body) return { ok: false, reason: 'not-html' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'not-html', detail: `not a URL: ${url}` };
  }
  const limit = options.maxHtmlBytes ?? LIMITS.maxHtmlBytes;
  const size = doc.documentElement.outerHTML.length;
  if (size > limit) return { ok: false, reason: 'too-large', detail: `${size} > ${limit}` };
  const win = windowOf(doc);
  for (const adapter of ADAPTERS) {
    if (!adapter.matches(parsed, doc)) continue;
    const draft = adapter.extract(doc.cloneNode(true) as Document, parsed);
    if (typeof draft === 'string') return { ok: false, reason: draft, detail: adapter.id };
    return finishDraft(draft, url, adapter.id, win);
  }
  return { ok: false, reason: 'no-article' };
}
