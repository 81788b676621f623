/** Full-text search. v1: a scan; replaced by the inverted index in search-index.ts. */
import { getArticle } from './articles.ts';
import { findRanges, highlightTerms, makeSnippet } from './highlight.ts';
import { scanSearch } from './scan-search.ts';
import type { LibraryDb } from './schema.ts';
import type { SearchHit, SearchOptions } from './types.ts';

export const SEARCH_TUNING = {
  /** A popup screen shows ~15 rows; 50 leaves room to scroll without another query. */
  defaultLimit: 50,
} as const;

export async function searchArticles(db: LibraryDb, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const terms = highlightTerms(query);
  const limit = options.limit ?? SEARCH_TUNING.defaultLimit;
  const found = (await scanSearch(db, query)).slice(0, limit);
  const hits: SearchHit[] = [];
  for (const summary of found) {
    const title = findRanges(summary.title, terms);
    const titleMatch = terms.every((t) => findRanges(summary.title, [t]).length > 0);
    let snip = summary.excerpt ? makeSnippet(summary.excerpt, terms) : undefined;
    if (!snip) { const a = await getArticle(db, summary.id); snip = a ? makeSnippet(a.textContent, terms) : undefined; }
    hits.push({ summary, score: titleMatch ? 2 : 1, titleMatch, highlights: { title, ...snip } });
  }
  return hits.sort((a, b) => b.score - a.score);
}
