/**
 * Validation of the share-page patterns users type in the options page. They follow the browsers'
 * match-pattern syntax (`<scheme>://<host><path>`), restricted to what a share page can be.
 */
import type { MessageKey } from './i18n.ts';

/**
 * scheme: `*`, http or https (share pages are web pages); host: `*`, `*.` + a domain, or a host
 * name without port (a pattern without port matches every port); path: starts with `/`.
 */
const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:\s]+)(\/\S*)$/i;
/** A host is letters, digits, hyphens and dots (IDN hosts are typed in punycode), or an IPv4 address. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

const PATTERN_LIMITS = { maxChars: 300 } as const;

/** Why `pattern` is not an acceptable share-page pattern (a message key), or undefined when it is. */
export function explainInvalidPattern(pattern: string): MessageKey | undefined {
  if (pattern.length === 0) return 'patternEmpty';
  if (pattern.length > PATTERN_LIMITS.maxChars) return 'patternTooLong';
  const m = PATTERN.exec(pattern);
  if (!m) return 'patternSyntax';
  const host = m[2]!;
  if (host === '*') return 'patternAllHosts';
  if (!HOST.test(host.replace(/^\*\./, ''))) return 'patternBadHost';
  return undefined;
}

/** The origin permission a pattern needs: `https://news.example.com/*` for `https://news.example.com/a/*`. */
export function originOf(pattern: string): string {
  const m = PATTERN.exec(pattern);
  if (!m) throw new Error(`not a valid pattern: ${pattern}`);
  return `${m[1]!.toLowerCase()}://${m[2]!.toLowerCase()}/*`;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

/**
 * Whether `url` is under `pattern`, as the browsers match content scripts: `*` as scheme is http or
 * https, `*.host` includes the host itself, a pattern without port matches every port, and the path
 * part covers path and query. Unlike the browsers the path is compared case-insensitively, so
 * `*infoCode=*` also finds `infocode=` (the manifest lists both spellings for the same reason).
 */
function urlMatchesPattern(url: URL, pattern: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const hostOk =
    host === '*' ||
    (host!.startsWith('*.')
      ? url.hostname === host!.slice(2) || url.hostname.endsWith(host!.slice(1))
      : url.hostname === host);
  return hostOk && globToRegExp(path!).test(url.pathname + url.search);
}

/** Whether `url` is under one of `patterns`. */
export const urlMatchesAny = (url: URL, patterns: readonly string[]): boolean =>
  patterns.some((pattern) => urlMatchesPattern(url, pattern));
