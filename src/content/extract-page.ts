import type { ExtractResult } from '../shared/article.ts';
import { extract, extractFromShareEndpoint } from '../extract/index.ts';
import { waitForArticle } from './wait-for-article.ts';

const fetchSameOrigin = async (url: string): Promise<string> => {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
};

/**
 * The HTTP status the page was served with, where the browser says (Chromium 109+, Firefox ESR 153 does
 * too); else undefined.
 */
export function documentStatus(): number | undefined {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.responseStatus || undefined; // 0, or absent, where the browser does not say
}

/**
 * Extracts this page's article. Share pages render it with script, so they are given time (and,
 * failing that, their article data endpoint); other pages only wait while they are still loading.
 * @param sharePage whether `isShareUrl` calls this page a share page, the user's own patterns included.
 * @param status the HTTP status the page came with, when known.
 */
export async function extractThisPage(sharePage: boolean, status = documentStatus()): Promise<ExtractResult> {
  const url = location.href;
  const attempt = (): ExtractResult => extract(document, url);
  if (status !== undefined && status >= 400) {
    // An error page (a share link whose article is gone) renders no article later, and its article
    // data is gone too: say so now instead of after the 10 s wait. An article it does show is kept.
    const now = attempt();
    return now.ok ? now : { ok: false, error: { code: 'page-error', detail: `HTTP ${status}` } };
  }
  if (sharePage) {
    return waitForArticle(document, attempt, {
      fallback: () => extractFromShareEndpoint(document, url, fetchSameOrigin),
    });
  }
  const now = attempt();
  if (now.ok || document.readyState === 'complete') return now;
  const waited = await waitForArticle(document, attempt);
  return !waited.ok && waited.error.code === 'timeout'
    ? { ok: false, error: { code: 'no-article' } }
    : waited;
}
