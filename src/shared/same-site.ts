/**
 * "Same site" for addresses a page declares about itself (canonical URL): a page may point to another
 * host of its own site (m.example.cn → www.example.cn), never to somebody else's article.
 */

/**
 * Second-level labels under which a country code's registrable names sit (news.sina.com.cn → sina.com.cn).
 */
const GENERIC_SECOND_LEVEL = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'co']);

/** The registrable part of a host name, approximated without the public-suffix list. */
export function siteOf(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return labels.join('.');
  const [second, top] = labels.slice(-2) as [string, string];
  const keep = top.length === 2 && GENERIC_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Whether two http(s) URLs belong to the same site (same scheme family, same registrable host). */
export function isSameSite(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    return (
      /^https?:$/.test(x.protocol) &&
      /^https?:$/.test(y.protocol) &&
      siteOf(x.hostname) === siteOf(y.hostname)
    );
  } catch {
    return false;
  }
}

/** `value` resolved against `base`, kept only when it is an http(s) URL. */
export function httpUrl(value: string | undefined, base: URL | string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
