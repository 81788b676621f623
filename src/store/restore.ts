/**
 * Puts snapshots back (an undo, an import), each replacing the record and images stored under its id,
 * inside the caller's one transaction. Requests in a transaction run in the order they are issued, so
 * reads are issued together and waited for once, and writes are issued without waiting for each: an
 * await per record costs a round trip to the browser's database process (seconds at 10,000 records).
 */
import type { Article } from '../shared/article.ts';
import type { ArticleSnapshot } from './articles.ts';
import { deleteImages } from './images.ts';
import { recordChanges } from './outbox.ts';
import type { LibraryStats, WriteTx } from './schema.ts';
import { countArticle, IndexBatch, readStats, writeStats } from './search-index.ts';
import { toSummaryRow } from './summaries.ts';

/** What an id holds at this point of the transaction: its record and its doc number in the postings. */
interface Held {
  article: Article;
  /** Undefined for a record stored without a summary (its postings cannot be found). */
  doc: number | undefined;
}

/**
 * The ids of `ids` stored before the transaction wrote anything: one keys-only read over the range the
 * ids span, so an import of new links reads no record at all.
 */
async function storedIds(tx: WriteTx, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const sorted = [...ids].sort();
  const range = IDBKeyRange.bound(sorted[0], sorted.at(-1));
  return new Set(await tx.objectStore('articles').getAllKeys(range));
}

/** The stored record and doc number of each id, read in one round of requests. */
async function readHeld(tx: WriteTx, ids: readonly string[]): Promise<Map<string, Held>> {
  const [articles, rows] = await Promise.all([
    Promise.all(ids.map((id) => tx.objectStore('articles').get(id))),
    Promise.all(ids.map((id) => tx.objectStore('summaries').get(id))),
  ]);
  const held = new Map<string, Held>();
  ids.forEach((id, i) => {
    const article = articles[i];
    if (article) held.set(id, { article, doc: rows[i]?.doc });
  });
  return held;
}

/**
 * Collects the promises of requests issued without waiting: `settled()` rejects with the first
 * failure. Each gets a handler at once, so a request failing after the body threw (the transaction
 * aborting) is not an unhandled rejection.
 */
function requestQueue() {
  const pending: Array<Promise<unknown>> = [];
  return {
    issue(request: Promise<unknown>): void {
      request.catch(() => undefined);
      pending.push(request);
    },
    settled: () => Promise.all(pending),
  };
}

/**
 * Writes `part` of a restore: each snapshot replaces what `held` says its id holds, under a fresh doc
 * number, and its postings changes are applied once for the part. `held` is updated as it goes, so an
 * id listed twice is replaced by its later snapshot.
 */
async function restorePart(
  tx: WriteTx,
  part: readonly ArticleSnapshot[],
  stats: LibraryStats,
  held: Map<string, Held>,
): Promise<void> {
  const freshFrom = stats.nextDoc;
  const batch = new IndexBatch();
  const requests = requestQueue();
  for (const { images = [], ...article } of part) {
    const current = held.get(article.id);
    if (current) {
      countArticle(stats, current.article, -1);
      if (current.doc !== undefined) batch.remove(current.doc, current.article);
      requests.issue(deleteImages(tx, article.id));
    } else stats.docCount++;
    const doc = stats.nextDoc++;
    countArticle(stats, article, 1);
    batch.add(doc, article);
    requests.issue(tx.objectStore('articles').put(article));
    requests.issue(tx.objectStore('summaries').put(toSummaryRow(article, doc)));
    for (const { url, blob } of images)
      requests.issue(tx.objectStore('images').put({ articleId: article.id, url, blob }));
    held.set(article.id, { article, doc });
  }
  // The postings' tokens are worked out while the database writes the records.
  await Promise.all([requests.settled(), batch.apply(tx, freshFrom)]);
}

/**
 * Puts back `list`, images included, each snapshot replacing the record and images stored under its id
 * (an id listed twice: the later snapshot wins).
 * @param partSize how many of the next snapshots to write and index together, given the next doc
 *   number (bulk.ts ends a part where its doc numbers reach the end of a postings segment); all at once
 *   by default. A part's stored records are read when it starts, so only one part's are held at a time.
 */
export async function restoreInTx(
  tx: WriteTx,
  list: readonly ArticleSnapshot[],
  partSize: (nextDoc: number) => number = () => list.length,
): Promise<void> {
  const [stats, stored] = await Promise.all([
    readStats(tx),
    storedIds(
      tx,
      list.map(({ id }) => id),
    ),
  ]);
  // What each id holds by now: read from the store when a part first names it, then as written.
  const held = new Map<string, Held>();
  for (let at = 0; at < list.length;) {
    const part = list.slice(at, (at += Math.max(1, partSize(stats.nextDoc))));
    const unread = [...new Set(part.map(({ id }) => id))].filter((id) => stored.has(id) && !held.has(id));
    for (const [id, state] of await readHeld(tx, unread)) held.set(id, state);
    await restorePart(tx, part, stats, held);
  }
  await writeStats(tx, stats);
  await recordChanges(
    tx,
    list.map(({ id }) => [id, ['all']] as const),
  );
}
