/**
 * The Highlights page's filters, as pure functions over what the store lists: a colour, a tag and
 * words that must all occur in a highlight's quote, its note or its article's title.
 */
import type { Highlight, HighlightColor } from '../src/annotations/types.ts';

/** What the page shows of an article; the store's `ArticleSummary` has these fields. */
export interface HighlightedArticle {
  id: string;
  title: string;
  source?: string;
  publishedAt?: string;
  savedAt: string;
  lang?: string;
  tags?: string[];
}

export interface HighlightGroupView {
  summary: HighlightedArticle;
  /** Newest first. */
  highlights: Highlight[];
}

export interface HighlightFilter {
  color?: HighlightColor;
  tag?: string;
  /** Free text from the search box; every word must match (quote, note or title). */
  words: string;
}

/**
 * Folds text for matching: NFKC turns full-width letters, digits and punctuation into their plain forms
 * (Ａ→A, ：→:), and case is ignored, so a query typed on either keyboard finds the same highlights.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The query's words, folded; Chinese has no spaces, so a run of Han characters is one substring. */
export function queryWords(words: string): string[] {
  return foldForSearch(words).split(/\s+/).filter(Boolean);
}

/** Milliseconds since the epoch of an ISO time with its offset; an unreadable one sorts last. */
const instantOf = (iso: string): number => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? -Infinity : ms;
};

const newestFirst = (a: Highlight, b: Highlight): number => instantOf(b.createdAt) - instantOf(a.createdAt);

/** Each group's highlights newest first, and the groups ordered by their newest highlight. */
export function orderNewestFirst(groups: readonly HighlightGroupView[]): HighlightGroupView[] {
  const sorted = groups
    .map((group) => ({ ...group, highlights: [...group.highlights].sort(newestFirst) }))
    .filter((group) => group.highlights.length > 0);
  return sorted.sort((a, b) => newestFirst(a.highlights[0]!, b.highlights[0]!));
}

function matchesWords(highlight: Highlight, foldedTitle: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = `${foldForSearch(highlight.quote.exact)}\n${foldForSearch(highlight.note ?? '')}\n${foldedTitle}`;
  return words.every((word) => text.includes(word));
}

/** The groups and highlights that pass every filter, newest first; groups left empty are dropped. */
export function filterHighlights(
  groups: readonly HighlightGroupView[],
  filter: HighlightFilter,
): HighlightGroupView[] {
  const words = queryWords(filter.words);
  const kept: HighlightGroupView[] = [];
  for (const group of groups) {
    if (filter.tag && !group.summary.tags?.includes(filter.tag)) continue;
    const foldedTitle = words.length ? foldForSearch(group.summary.title) : '';
    const highlights = group.highlights.filter(
      (h) => (!filter.color || h.color === filter.color) && matchesWords(h, foldedTitle, words),
    );
    if (highlights.length) kept.push({ summary: group.summary, highlights });
  }
  return orderNewestFirst(kept);
}

/** Every tag on an article that has highlights, in the page language's collation order. */
export function tagsOf(groups: readonly HighlightGroupView[], locale?: string): string[] {
  const tags = new Set<string>();
  for (const group of groups) for (const tag of group.summary.tags ?? []) tags.add(tag);
  return [...tags].sort(new Intl.Collator(locale).compare);
}

export const countHighlights = (groups: readonly HighlightGroupView[]): number =>
  groups.reduce((sum, group) => sum + group.highlights.length, 0);

/** The first groups holding `limit` highlights at least (whole groups, so none is cut in half). */
export function firstGroups(groups: readonly HighlightGroupView[], limit: number): HighlightGroupView[] {
  const shown: HighlightGroupView[] = [];
  let count = 0;
  for (const group of groups) {
    if (count >= limit) break;
    shown.push(group);
    count += group.highlights.length;
  }
  return shown;
}
