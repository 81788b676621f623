/**
 * The popup's views (Unread, All, Favourites, Archive) and its tag filter, applied to the summaries the
 * store listed. Pure, so it is unit-tested; a pass over 10,000 summaries costs well under a millisecond.
 */
import { normalizeTag } from '../src/annotations/limits.ts';
import { parseSearch } from '../src/store/search-syntax.ts';
import type { ArticleSummary } from '../src/store/index.ts';

export const VIEWS = ['unread', 'all', 'favourites', 'archive'] as const;
export type LibraryView = (typeof VIEWS)[number];

/** The view a popup opens in: every article but the archived ones, as the list was before views. */
export const DEFAULT_VIEW: LibraryView = 'all';

/** Archive hides an article from every view but Archive. */
export function isInView(summary: ArticleSummary, view: LibraryView): boolean {
  if (view === 'archive') return summary.archived === true;
  if (summary.archived) return false;
  if (view === 'unread') return !summary.read;
  if (view === 'favourites') return summary.favourite === true;
  return true;
}

/** Whether the article carries `tag` (compared as stored: whitespace normalized). */
export function hasTag(summary: ArticleSummary, tag: string): boolean {
  return summary.tags?.includes(tag) === true;
}

/** The tag the filter box holds, as stored tags are written; undefined when the box filters nothing. */
export function tagFilterOf(text: string): string | undefined {
  const tag = normalizeTag(text);
  return tag === '' ? undefined : tag;
}

/** The summaries of one view, with `tag` when set, in the order given. */
export function summariesInView(
  summaries: readonly ArticleSummary[],
  view: LibraryView,
  tag: string | undefined,
): ArticleSummary[] {
  return summaries.filter((s) => isInView(s, view) && (tag === undefined || hasTag(s, tag)));
}

const VIEW_SYNTAX: Record<LibraryView, string> = {
  unread: 'is:unread',
  all: '',
  favourites: 'is:fav',
  archive: 'is:archived',
};

const QUOTES: ReadonlyArray<[string, string]> = [
  ['"', '"'],
  ['“', '”'],
  ['「', '」'],
];

/** `tag:"X"` as the search syntax reads it, quoted with a pair X does not contain (X may hold spaces). */
function tagSyntax(tag: string): string {
  const [open, close] = QUOTES.find(([, c]) => !tag.includes(c)) ?? QUOTES[0]!;
  return `tag:${open}${tag}${close}`;
}

/**
 * The filters a search runs with inside a view: the view and the tag filter written in the search
 * syntax, so the store narrows the hits before it limits them.
 */
export function searchScope(view: LibraryView, tag: string | undefined): string {
  return [VIEW_SYNTAX[view], tag === undefined ? '' : tagSyntax(tag)].filter(Boolean).join(' ');
}

/**
 * Whether a hit stays in the results: the store has no "not archived" filter, so outside Archive the
 * archived hits are dropped here, unless the query itself asks for them (`is:archived`).
 */
export function keepsHit(summary: ArticleSummary, view: LibraryView, query: string): boolean {
  if (view === 'archive' || !summary.archived) return true;
  return parseSearch(query).is.includes('archived');
}
