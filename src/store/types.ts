/** Plain data the store hands to the UI. */

/** What the popup list needs per article: no body, so 10,000 of them load fast. */
export interface ArticleSummary {
  id: string;
  title: string;
  category: string;
  source?: string;
  publishedAt?: string;
  savedAt: string;
  read?: boolean;
  excerpt?: string;
}

/** Fields a user may change by hand; category/tags edits survive re-extraction. */
export interface ArticlePatch {
  category?: string;
  tags?: string[];
  read?: boolean;
  readingPosition?: number;
}

/** [start, end) UTF-16 offsets into the string they belong to. */
export type Range = [start: number, end: number];

/**
 * One search result. `highlights.title` indexes `summary.title`; `highlights.snippet` is a short
 * passage (from the excerpt, else the body) around the first match, and `snippetRanges` index it.
 */
export interface SearchHit {
  summary: ArticleSummary;
  /** Relevance (higher is better); only comparable within one query. */
  score: number;
  /** Every query term occurs in the title (these hits rank first). */
  titleMatch: boolean;
  highlights: { title: Range[]; snippet?: string; snippetRanges?: Range[] };
}

export interface SearchOptions {
  /** Most hits to return (default in search.ts SEARCH_TUNING). */
  limit?: number;
}
