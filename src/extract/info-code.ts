/** East Money infoCodes: `NW` + yyyymmdd + 10 digits, read from share-page URLs. */
import { urlMatchesAny } from '../shared/match-pattern.ts';
import type { SharePatterns } from '../shared/options.ts';

/** Two letters, then 18 digits whose first 8 are a date (checked separately). */
const INFO_CODE = /^[A-Za-z]{2}(\d{18})$/;
/**
 * East Money's own article pages carry the bare 18-digit part (`/a/<code>.html`, `/news/<col>,<code>.html`).
 */
const ARTICLE_CODE = /(?:^|[/,])(\d{18})(?:\.html)?$/;
/** East Money archives start in the 1990s; later than next year is a typo, not an article. */
const YEAR_RANGE = { min: 1990, maxAhead: 1 } as const;

export type InfoCodeResult = { ok: true; code: string } | { ok: false; reason: 'missing' | 'malformed' };

function isPlausibleDate(digits: string): boolean {
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (year < YEAR_RANGE.min || year > new Date().getUTCFullYear() + YEAR_RANGE.maxAhead) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** True for a well-formed code such as `NW202112222222635819`. */
function isInfoCode(code: string): boolean {
  const m = INFO_CODE.exec(code);
  return !!m && isPlausibleDate(m[1]!);
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Reads the `infoCode` query parameter (name matched case-insensitively);
 * the code keeps its letters upper-cased.
 */
export function readInfoCode(url: string): InfoCodeResult {
  const parsed = parseUrl(url);
  if (!parsed) return { ok: false, reason: 'missing' };
  for (const [name, value] of parsed.searchParams) {
    if (name.toLowerCase() !== 'infocode') continue;
    const code = value.trim();
    if (!isInfoCode(code)) return { ok: false, reason: 'malformed' };
    return { ok: true, code: code.slice(0, 2).toUpperCase() + code.slice(2) };
  }
  return { ok: false, reason: 'missing' };
}

/** The infoCode's yyyymmdd gives the year when a page prints only `MM-DD hh:mm`. */
export function yearOfInfoCode(code: string | undefined): number | undefined {
  return code ? Number(code.slice(2, 6)) : undefined;
}

/**
 * The share-page infoCode of an East Money article page (`…/news/1353,202201072239307540.html`).
 * Assumed: news article codes map to `NW` + code, which is what the corpus pairs show.
 */
export function infoCodeFromArticleUrl(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed || !/(^|\.)eastmoney\.com$/i.test(parsed.hostname)) return undefined;
  const m = ARTICLE_CODE.exec(parsed.pathname);
  const code = m ? `NW${m[1]}` : undefined;
  return code && isInfoCode(code) ? code : undefined;
}

/**
 * True when `url` is a share page. With no `patterns`: any http(s) page carrying an infoCode. With them:
 * an infoCode page under one of `patterns.withInfoCode`, or any page under one of `patterns.anyPage`
 * (the user's own share-page families, whose article id may be in the path; see `sharePatternsOf`).
 */
export function isShareUrl(url: string, patterns?: SharePatterns): boolean {
  const parsed = parseUrl(url);
  if (!parsed || !/^https?:$/.test(parsed.protocol)) return false;
  if (patterns && urlMatchesAny(parsed, patterns.anyPage)) return true;
  const code = readInfoCode(url);
  // A malformed infoCode still counts, so the page can say its code is wrong instead of nothing.
  if (!code.ok && code.reason === 'missing') return false;
  return !patterns || urlMatchesAny(parsed, patterns.withInfoCode);
}
