/**
 * Normalized URL keys, so the same article reached by two spellings of its address is saved once.
 * Pure string work; no network, no DOM.
 */

/** Query parameters that only track the share, never select the article. */
const TRACKING_PARAMS =
  /^(utm_\w+|spm|from|share_?(from|source|id|token)?|isappinstalled|scene|clicktime|enterid|timestamp|wxshare_count|share_medium|tt_from|tt_medium|sharer?id)$/i;

/**
 * Lower-cases scheme and host, drops the fragment, default port, tracking parameters, `www.` and a
 * trailing slash, and sorts the remaining parameters. Returns undefined for unparsable input.
 */
export function normalizeUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const params = [...url.searchParams].filter(([k]) => !TRACKING_PARAMS.test(k));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  // http and https share a key: share pages are served on both.
  return `${host}${url.port ? `:${url.port}` : ''}${path}${query}`;
}

/** Every distinct normalized key of an article's addresses (page URL and canonical URL). */
export function urlKeysOf(article: { url: string; canonicalUrl?: string }): string[] {
  const keys = new Set<string>();
  for (const u of [article.canonicalUrl, article.url]) {
    const key = u ? normalizeUrl(u) : undefined;
    if (key) keys.add(key);
  }
  return [...keys];
}
