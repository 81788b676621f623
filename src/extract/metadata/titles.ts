/** Page titles without the site name that sites append to them. */

const TITLE_RULES = {
  /** Known Chinese suffixes; a generic ` | Site` / ` - Site` / `_Site` tail is handled below. */
  suffixes: [
    /_东方财富网$/,
    /-新浪财经$/,
    /_新浪财经$/,
    /_腾讯网$/,
    /_网易新闻$/,
    /_凤凰网$/,
    /-东方财富网$/,
  ],
  /** A separator followed by a short site name; long tails are part of the headline. */
  genericTail: /\s*(?:\s\|\s|\s[-–—]\s|_)[^|_–—]{1,20}$/,
} as const;

/**
 * `title` with site suffixes removed; when `heading` is given and the title starts with it, the heading wins.
 */
export function cleanTitle(title: string, heading?: string): string {
  let t = title.replace(/\s+/g, ' ').trim();
  for (const re of TITLE_RULES.suffixes) t = t.replace(re, '');
  if (heading && t.startsWith(heading)) return heading;
  const stripped = t.replace(TITLE_RULES.genericTail, '').trim();
  return stripped.length >= 4 ? stripped : t;
}
