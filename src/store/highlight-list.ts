/** Every highlight in the library, for the Highlights page. */
import type { Highlight } from '../annotations/types.ts';
import type { LibraryDb } from './schema.ts';
import { toSummary } from './summaries.ts';
import type { ArticleSummary } from './types.ts';

export interface HighlightGroup {
  summary: ArticleSummary;
  /** Newest first (by `createdAt`), detached ones included. */
  highlights: Highlight[];
}

/** An ISO time as epoch ms; one that does not parse sorts last. */
function instant(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

const newestFirst = (a: Highlight, b: Highlight): number => instant(b.createdAt) - instant(a.createdAt);

/**
 * The highlights of every article that has some, grouped by article, groups ordered by their newest
 * highlight. Only those articles' records are read: the byHighlightCount index lists exactly them.
 */
export async function listHighlights(db: LibraryDb): Promise<HighlightGroup[]> {
  const tx = db.transaction(['summaries', 'articles']);
  const rows = await tx.objectStore('summaries').index('byHighlightCount').getAll();
  const records = await Promise.all(rows.map((row) => tx.objectStore('articles').get(row.id)));
  const groups: HighlightGroup[] = [];
  rows.forEach((row, i) => {
    const highlights = [...(records[i]?.highlights ?? [])].sort(newestFirst);
    if (highlights.length) groups.push({ summary: toSummary(row), highlights });
  });
  return groups.sort((a, b) => newestFirst(a.highlights[0]!, b.highlights[0]!));
}
