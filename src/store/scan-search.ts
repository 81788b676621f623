/**
 * The reference search: reads every record and tests it with String.includes. Correct but
 * O(library); the benchmark compares the index against it. Reads in getAll chunks rather than a
 * cursor, so the reference is a fair plain scan, not a needlessly slow one.
 */
import type { Article } from '../shared/article.ts';
import type { LibraryDb } from './schema.ts';
import { summaryOf } from './summaries.ts';
import { foldText } from './tokenize.ts';
import type { ArticleSummary } from './types.ts';

/** Records per read: large enough to amortise a request, small enough not to hold 50 MB at once. */
const SCAN_CHUNK = 500;

/** Articles whose title, source or body contains every whitespace-separated term, newest first. */
export async function scanSearch(db: LibraryDb, query: string): Promise<ArticleSummary[]> {
  const terms = foldText(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return [];
  const hits: Array<{ summary: ArticleSummary; ms: number }> = [];
  let after: string | undefined;
  for (;;) {
    const chunk: Article[] = await db.getAll(
      'articles',
      after === undefined ? undefined : IDBKeyRange.lowerBound(after, true),
      SCAN_CHUNK,
    );
    for (const a of chunk) {
      const hay = foldText(`${a.title}\n${a.source ?? ''}\n${a.textContent}`);
      if (terms.every((t) => hay.includes(t)))
        hits.push({ summary: summaryOf(a), ms: Date.parse(a.savedAt) });
    }
    if (chunk.length < SCAN_CHUNK) break;
    after = chunk[chunk.length - 1]!.id;
  }
  return hits.sort((a, b) => b.ms - a.ms).map((h) => h.summary);
}
