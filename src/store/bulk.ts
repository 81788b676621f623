/**
 * Writes of many articles at once (an import, the benchmark), with postings written in batches cut where
 * the postings segments end, so each segment's rows are written by one batch instead of rewritten by
 * every batch that reaches into it. One transaction per article, as a visited page is saved, reads
 * and rewrites ~1,300 postings rows per article: 0.3–0.6 s each at 10,000 articles (bench:store).
 */
import type { ExtractedArticle } from '../shared/article.ts';
import { ALL, saveInTx, type ArticleSnapshot, type SaveResult } from './articles.ts';
import { SEGMENT_DOCS } from './postings.ts';
import { restoreInTx } from './restore.ts';
import type { LibraryDb, WriteTx } from './schema.ts';
import { runWrite } from './tx.ts';

const BULK_TUNING = {
  /**
   * Most articles per batch: a transaction of saves, a part of a restore. A batch also ends where its
   * new doc numbers reach the end of a postings segment (bulkTake): a batch that straddles a boundary
   * leaves the segment to be read and rewritten by the next batch too (with batches of 500, ~1.5× the
   * index written, and left for LevelDB to compact). One batch's postings changes must fit in memory.
   */
  batchSize: SEGMENT_DOCS,
} as const;

/**
 * How many of the next articles a bulk transaction takes: the doc numbers left in the segment that
 * `nextDoc` falls in. An article kept as it is uses no doc number, so a batch can end early.
 */
export function bulkTake(nextDoc: number): number {
  return Math.min(BULK_TUNING.batchSize, SEGMENT_DOCS - (nextDoc % SEGMENT_DOCS));
}

/** Runs `body` over what is left of `list` until every item has a result, one transaction per call. */
async function inBatches<I, R>(
  db: LibraryDb,
  list: readonly I[],
  what: string,
  body: (tx: WriteTx, rest: readonly I[]) => Promise<R[]>,
): Promise<R[]> {
  const done: R[] = [];
  while (done.length < list.length) {
    const rest = list.slice(done.length);
    done.push(...(await runWrite(db, ALL, `${what} ${rest.length} articles`, (tx) => body(tx, rest))));
  }
  return done;
}

/** Saves many extracted articles as saveArticle does each one; each batch one transaction. */
export async function saveArticles(
  db: LibraryDb,
  list: readonly ExtractedArticle[],
  now = new Date(),
): Promise<SaveResult[]> {
  return inBatches(db, list, 'save', (tx, rest) => saveInTx(tx, rest, now, bulkTake));
}

/**
 * Puts many snapshots in (an import), each replacing the record and images stored under its id, in
 * one transaction: all or nothing, and nobody sees half an import. Postings are written a part at a
 * time, each part ending where its doc numbers reach the end of a segment (bulkTake), so each
 * segment's rows are written once and one part's changes are held in memory at a time.
 * @throws StoreError when the write fails; the library is then as it was.
 */
export async function restoreArticles(db: LibraryDb, snapshots: readonly ArticleSnapshot[]): Promise<void> {
  if (!snapshots.length) return;
  await runWrite(db, ALL, `restore ${snapshots.length} articles`, (tx) =>
    restoreInTx(tx, snapshots, bulkTake),
  );
}
