/**
 * The store's side of the fetch queue: link records imported without their page (`fetch` set). The
 * queue reads the pending ones, records a failure with its reason, or queues one again; completing a
 * fetch is `saveArticle` of the extracted page, which finds the link by id or URL, keeps its user
 * state and drops `fetch` (merge.ts).
 */
import type { Article, FetchFailure } from '../shared/article.ts';
import { toIsoWithOffset } from '../shared/iso-date.ts';
import { StoreError } from './errors.ts';
import type { LibraryDb } from './schema.ts';
import { runWrite } from './tx.ts';
import { putEdited, USER_EDIT_STORES } from './user-edits.ts';

/**
 * Link records waiting for their page, oldest saved first, through the byFetch index.
 * @param limit at most this many (the next ones to fetch).
 */
export async function listPendingFetches(db: LibraryDb, limit?: number): Promise<Article[]> {
  const tx = db.transaction(['summaries', 'articles']);
  const rows = await tx.objectStore('summaries').index('byFetch').getAll('pending');
  const next = rows.sort((a, b) => a.savedMs - b.savedMs || (a.id < b.id ? -1 : 1)).slice(0, limit);
  const records = await Promise.all(next.map((row) => tx.objectStore('articles').get(row.id)));
  return records.filter((record): record is Article => record !== undefined);
}

/**
 * Sets a link record's fetch state; a record without one (already fetched) is left as it is. Nothing
 * goes to the outbox: whether this device could fetch a page is its own affair.
 */
async function setFetch(
  db: LibraryDb,
  id: string,
  what: string,
  fetch: NonNullable<Article['fetch']>,
  now: Date,
): Promise<Article> {
  return runWrite(db, USER_EDIT_STORES, `${what} ${id}`, async (tx) => {
    const stored = await tx.objectStore('articles').get(id);
    if (!stored) throw new StoreError('not-found', `No article ${id}`);
    if (!stored.fetch) return stored;
    const next: Article = { ...stored, fetch };
    await putEdited(tx, stored, next, now);
    return next;
  });
}

/** Records that the queue could not turn the link into an article, and why. */
export async function failFetch(
  db: LibraryDb,
  id: string,
  reason: FetchFailure,
  now = new Date(),
): Promise<Article> {
  return setFetch(
    db,
    id,
    'fetch failed for',
    { state: 'failed', reason, triedAt: toIsoWithOffset(now) },
    now,
  );
}

/** Queues a failed link again (the user's Retry). */
export async function retryFetch(db: LibraryDb, id: string, now = new Date()): Promise<Article> {
  return setFetch(db, id, 'queue fetch of', { state: 'pending' }, now);
}
