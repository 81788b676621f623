/**
 * The reference search: reads every record and tests it with String.includes. Correct but O(library);
 * the benchmark compares the index against it.
 */
import type { LibraryDb } from './schema.ts';
import { foldText } from './tokenize.ts';
import { summaryOf } from './summaries.ts';
import type { ArticleSummary } from './types.ts';

/** Articles whose title, source or body contains every whitespace-separated term, newest first. */
export async function scanSearch(db: LibraryDb, query: string): Promise<ArticleSummary[]> {
  const terms = foldText(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return [];
  const hits: ArticleSummary[] = [];
  for (let cursor = await db.transaction('articles').store.openCursor(); cursor; cursor = await cursor.continue()) {
    const a = cursor.value;
    const hay = foldText(`${a.title}\n${a.source ?? ''}\n${a.textContent}`);
    if (terms.every((t) => hay.includes(t))) hits.push(summaryOf(a));
  }
  return hits.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
}
