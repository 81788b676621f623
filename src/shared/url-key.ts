/**
 * The one URL normalizer behind both identity rules: the id of an article without an infoCode
 * (`urlId`) and the dedupe key a save and the ✓ badge look up (`normalizeUrl`). Both drop the same
 * tracking parameters, so a link and its clean form get the same id and the same key.
 * Pure string work; no network, no DOM.
 */

/**
 * Query parameters that track the visit or the share, never select the article. `*` stands for any
 * suffix of word characters. Names are matched case-insensitively.
 */
export const TRACKING_PARAMS: ReadonlyArray<{ names: readonly string[]; why: string }> = [
  { names: ['utm_*'], why: 'Google Analytics campaign tags, set by newsletters, feeds and apps' },
  { names: ['spm'], why: 'Alibaba/UC "super position model" click-position tag' },
  {
    names: ['from', 'src', 'ref'],
    why: 'where the visitor came from (`from=timeline`, `src=wx`, `ref=twitter`)',
  },
  {
    names: ['share', 'sharefrom', 'share_from', 'sharesource', 'share_source', 'share_medium'],
    why: 'which app or channel a share went through',
  },
  {
    names: ['shareid', 'share_id', 'sharerid', 'sharetoken', 'share_token'],
    why: 'who shared, or the token of one share: differs per sharer for the same article',
  },
  { names: ['tt_from', 'tt_medium'], why: 'Toutiao share origin' },
  {
    names: ['isappinstalled', 'scene', 'clicktime', 'enterid', 'wxshare_count'],
    why: 'WeChat share context: app installed, chat or timeline, click time, entry, re-share count',
  },
  { names: ['timestamp'], why: 'share time that apps append; the same article at another second' },
  { names: ['fbclid', 'gclid'], why: 'Facebook and Google Ads click ids' },
];

const TRACKING = new RegExp(
  `^(${TRACKING_PARAMS.flatMap((row) => row.names)
    .map((name) => name.replace('*', '\\w+'))
    .join('|')})$`,
  'i',
);

function isTrackingParam(name: string): boolean {
  return TRACKING.test(name);
}

/** A copy of `url` without fragment and tracking parameters, the other parameters sorted by name. */
function withoutTracking(url: string): URL {
  const u = new URL(url);
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) if (isTrackingParam(name)) u.searchParams.delete(name);
  u.searchParams.sort();
  return u;
}

/**
 * The id of an article without an infoCode: `url:` + the address without fragment, tracking
 * parameters or a trailing `?`. Stable and readable; stored ids depend on it, so it never changes
 * shape (the dedupe key below may be looser).
 */
export function urlId(url: string): string {
  return `url:${withoutTracking(url).href.replace(/\?$/, '')}`;
}

/**
 * The dedupe key: on top of `urlId`'s cleaning, drops the scheme, `www.` and a trailing slash, so
 * the same article reached by two spellings of its address is saved once. Undefined for unparsable
 * or non-http(s) input.
 */
export function normalizeUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = withoutTracking(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  // http and https share a key: share pages are served on both.
  return `${host}${url.port ? `:${url.port}` : ''}${path}${url.search}`;
}

/** Every distinct dedupe key of an article's addresses (page URL and canonical URL). */
export function urlKeysOf(article: { url: string; canonicalUrl?: string }): string[] {
  const keys = new Set<string>();
  for (const u of [article.canonicalUrl, article.url]) {
    const key = u ? normalizeUrl(u) : undefined;
    if (key) keys.add(key);
  }
  return [...keys];
}
