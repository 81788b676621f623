import type { ExtractResult } from '../shared/article.ts';
import { extract, extractFromShareEndpoint } from '../extract/index.ts';
import { waitForArticle } from './wait-for-article.ts';

const fetchSameOrigin = async (url: string): Promise<string> => {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
};

/**
 * Extracts this page's article. Share pages render it with script, so they are given time (and,
 * failing that, their article data endpoint); other pages only wait while they are still loading.
 * @param sharePage whether `isShareUrl` calls this page a share page, the user's own patterns included.
 */
export async function extractThisPage(sharePage: boolean): Promise<ExtractResult> {
  const url = location.href;
  const attempt = (): ExtractResult => extract(document, url);
  if (sharePage) {
    return waitForArticle(document, attempt, { fallback: () => extractFromShareEndpoint(document, url, fetchSameOrigin) });
  }
  const now = attempt();
  if (now.ok || document.readyState === 'complete') return now;
  const waited = await waitForArticle(document, attempt);
  return !waited.ok && waited.reason === 'timeout' ? { ok: false, reason: 'no-article' } : waited;
}
