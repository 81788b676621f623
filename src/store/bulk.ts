/**
 * Writes of many articles at once (an import, the benchmark): batched transactions cut where the
 * postings segments end, so each segment's rows are written by one batch instead of rewritten by
 * every batch that reaches into it. One transaction per article, as a visited page is saved, reads
 * and rewrites ~1,300 postings rows per article: 0.3–0.6 s each at 10,000 articles (bench:store).
 */
import type { ExtractedArticle } from '../shared/article.ts';
import { ALL, deleteInTx, restoreInTx, saveInTx, type ArticleSnapshot, type SaveResult } from './articles.ts';
import { SEGMENT_DOCS } from './postings.ts';
import type { LibraryDb, WriteTx } from './schema.ts';
import { runWrite } from './tx.ts';

const BULK_TUNING = {
  /**
   * Most articles per transaction. A batch also ends where its new doc numbers reach the end of a
   * postings segment (bulkTake): a batch that straddles a boundary leaves the segment to be read and
   * rewritten by the next batch too (with batches of 500, ~1.5× the index written, and left for
   * LevelDB to compact). One batch's postings changes must fit in memory. Each batch is atomic.
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

/**
 * Runs `body` over what is left of `list` until every item has a result, one transaction per call;
 * results land in `done` as each batch commits, so a caller still has them when a later batch fails.
 */
async function inBatches<I, R>(
  db: LibraryDb,
  list: readonly I[],
  what: string,
  body: (tx: WriteTx, rest: readonly I[]) => Promise<R[]>,
  done: R[] = [],
): Promise<R[]> {
  while (done.length < list.length) {
    const rest = list.slice(done.length);
    done.push(...(await runWrite(db, ALL, `${what} ${rest.length} articles`, (tx) => body(tx, rest))));
  }
  return done;
}

/** Saves many extracted articles as saveArticle does each one; each batch atomic. */
export async function saveArticles(
  db: LibraryDb,
  list: readonly ExtractedArticle[],
  now = new Date(),
): Promise<SaveResult[]> {
  return inBatches(db, list, 'save', (tx, rest) => saveInTx(tx, rest, now, bulkTake));
}

/** Deletes many articles with their images and index entries. */
async function deleteArticles(db: LibraryDb, ids: readonly string[]): Promise<void> {
  await inBatches(db, ids, 'delete', (tx, rest) => deleteInTx(tx, rest, () => BULK_TUNING.batchSize));
}

/**
 * Puts many snapshots in (an import), each replacing the record and images stored under its id, all
 * or nothing: if a batch fails, the batches already written are taken back (what they replaced is
 * put back, what they added is deleted) and the error is rethrown, so the library ends as it was.
 */
export async function restoreArticles(db: LibraryDb, snapshots: readonly ArticleSnapshot[]): Promise<void> {
  const replaced: Array<ArticleSnapshot | undefined> = [];
  try {
    await inBatches(db, snapshots, 'restore', (tx, rest) => restoreInTx(tx, rest, bulkTake), replaced);
  } catch (error) {
    // Per id, the state before the first write to it: a file may name an id twice.
    const before = new Map<string, ArticleSnapshot | undefined>();
    replaced.forEach((previous, i) => {
      if (!before.has(snapshots[i]!.id)) before.set(snapshots[i]!.id, previous);
    });
    const added = [...before].filter(([, previous]) => !previous).map(([id]) => id);
    const previous = [...before.values()].filter((p): p is ArticleSnapshot => p !== undefined);
    // Deleting first frees the room the restores need on a full disk. A roll-back that fails too
    // (the disk still full) must not hide why the import failed: the first error is the one thrown.
    await deleteArticles(db, added).catch(() => undefined);
    await inBatches(db, previous, 'restore', (tx, rest) => restoreInTx(tx, rest, bulkTake)).catch(
      () => undefined,
    );
    throw error;
  }
}
