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
  favourite?: boolean;
  archived?: boolean;
  /** The visible tags, the automatic `<source>新闻` one included (absent when there are none). */
  tags?: string[];
  /** Highlights on the record, detached ones included (absent when there are none). */
  highlightCount?: number;
  /** The article has a note of its own (highlight notes do not count: `highlightCount` covers them). */
  hasNote?: boolean;
  /** A link imported without its page: queued for the fetch queue, or refused by it. */
  fetch?: 'pending' | 'failed';
  lang?: string;
}

/** Fields a user may change by hand; category/tags edits survive re-extraction. */
export interface ArticlePatch {
  category?: string;
  /** The user's whole list: normalized (limits.ts normalizeTag), empty and repeated ones dropped. */
  tags?: string[];
  read?: boolean;
  readingPosition?: number;
  favourite?: boolean;
  archived?: boolean;
  /** Cut to NOTE_MAX_CHARS (limits.ts limitNote); '' removes the note. */
  note?: string;
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
  /** The reader's highlight whose quote or note holds the most of the query's words, when one does. */
  highlight?: { id: string; exact: string; note?: string };
}

export interface SearchOptions {
  /** Most hits to return (default in search.ts SEARCH_TUNING). */
  limit?: number;
}
