/** Article records: save (dedupe and merge), read, edit, delete and undo — each one transaction. */
import type { Article, ExtractedArticle } from '../shared/article.ts';
import { toIsoWithOffset } from '../shared/iso-date.ts';
import { StoreError } from './errors.ts';
import { deleteImages, pruneImages, readImages } from './images.ts';
import { mayReplace, mergeArticle, newArticle, pickSurvivorId } from './merge.ts';
import { OUTBOX_STORES, recordChanges } from './outbox.ts';
import type { ImageRow, LibraryDb, LibraryStats, OutboxField, WriteTx } from './schema.ts';
import { countArticle, IndexBatch, readStats, writeStats } from './search-index.ts';
import { toSummaryRow } from './summaries.ts';
import { reanchorHighlights } from './reanchor.ts';
import { restoreInTx } from './restore.ts';
import { runWrite } from './tx.ts';
import type { ArticlePatch } from './types.ts';
import { patchedArticle, PATCH_FIELDS, putEdited, USER_EDIT_STORES } from './user-edits.ts';
import { storedMatches, storedReader } from './stored-match.ts';

/** Every store: saves, deletes and restores touch all of them (the outbox records them for sync). */
export const ALL = ['articles', 'summaries', 'postings', 'images', 'meta', ...OUTBOX_STORES] as const;
type AllTx = WriteTx;

/** What deleteArticle returns: the record plus its offline images, enough for restoreArticle. */
export interface ArticleSnapshot extends Article {
  images?: Array<Pick<ImageRow, 'url' | 'blob'>>;
}

/** The stored record this save updates, by the rule of stored-match.ts. */
async function findStored(tx: AllTx, extracted: ExtractedArticle): Promise<Article | undefined> {
  const reader = storedReader(tx.objectStore('articles'), tx.objectStore('summaries').index('byUrl'));
  for await (const stored of storedMatches(reader, extracted)) return stored;
  return undefined;
}

/** Writes the record, its summary and (via `batch`) its postings under a fresh doc number. */
export async function putIndexed(
  tx: AllTx,
  article: Article,
  stats: LibraryStats,
  batch: IndexBatch,
): Promise<void> {
  const doc = stats.nextDoc++;
  countArticle(stats, article, 1);
  batch.add(doc, article);
  await tx.objectStore('articles').put(article);
  await tx.objectStore('summaries').put(toSummaryRow(article, doc));
}

/** Removes the record, its summary and (via `batch`) its postings; images are the caller's call. */
export async function removeIndexed(
  tx: AllTx,
  article: Article,
  stats: LibraryStats,
  batch: IndexBatch,
): Promise<void> {
  const row = await tx.objectStore('summaries').get(article.id);
  countArticle(stats, article, -1);
  if (row) batch.remove(row.doc, article);
  await tx.objectStore('articles').delete(article.id);
  await tx.objectStore('summaries').delete(article.id);
}

export type SaveResult = { article: Article; created: boolean };

/**
 * The transaction bodies below take a list and a `take(nextDoc)`: how many of its first articles
 * this transaction handles (all by default; bulk.ts cuts batches at postings segment boundaries).
 * Each returns one result per article handled.
 */
type Take = (nextDoc: number) => number;

/** Saves the first `take` articles of `list`. */
export async function saveInTx(
  tx: AllTx,
  list: readonly ExtractedArticle[],
  now: Date,
  take: Take = () => list.length,
): Promise<SaveResult[]> {
  const stats = await readStats(tx);
  const freshFrom = stats.nextDoc;
  const batch = new IndexBatch();
  const results: SaveResult[] = [];
  const changes: Array<[string, OutboxField[]]> = [];
  for (const extracted of list.slice(0, take(stats.nextDoc))) {
    const stored = await findStored(tx, extracted);
    if (!stored) {
      const article = newArticle(extracted, now);
      await putIndexed(tx, article, stats, batch);
      stats.docCount++;
      results.push({ article, created: true });
      changes.push([article.id, ['all']]);
      continue;
    }
    if (!mayReplace(stored, extracted)) {
      results.push({ article: stored, created: false }); // kept as it is: see mayReplace
      continue;
    }
    const article = mergeArticle(stored, extracted, now, pickSurvivorId(stored, extracted));
    const moved = reanchorOnSave(stored, article, now);
    await removeIndexed(tx, stored, stats, batch);
    await pruneImages(tx, stored.id, new Set(article.imagesStored), article.id);
    await putIndexed(tx, article, stats, batch);
    results.push({ article, created: false });
    // A new id takes the user's state along: the old id is gone, the new one is a whole record.
    if (article.id === stored.id) changes.push([article.id, moved ? ['content', 'highlights'] : ['content']]);
    else changes.push([stored.id, ['deleted']], [article.id, ['all']]);
  }
  await batch.apply(tx, freshFrom);
  await writeStats(tx, stats);
  await recordChanges(tx, changes, now.getTime());
  return results;
}

/**
 * Re-anchors `merged`'s highlights when the re-save changed the body; whether any moved or detached.
 * Their `updatedAt` becomes the save's time, so sync carries the new anchors.
 */
function reanchorOnSave(stored: Article, merged: Article, now: Date): boolean {
  if (!merged.highlights?.length || stored.textContent === merged.textContent) return false;
  const placed = reanchorHighlights(merged.highlights, merged.textContent, toIsoWithOffset(now));
  if (placed === merged.highlights) return false;
  merged.highlights = [...placed];
  return true;
}

/**
 * Saves an extracted article, or updates the one stored with the same id or normalized URL
 * (keeping savedAt, the user's edits and still-shown images; see merge.ts for which id wins).
 * @param now the save time (tests pass a fixed one).
 */
export async function saveArticle(
  db: LibraryDb,
  extracted: ExtractedArticle,
  now = new Date(),
): Promise<SaveResult> {
  const [result] = await runWrite(db, ALL, `save ${extracted.id}`, (tx) => saveInTx(tx, [extracted], now));
  return result!;
}

export async function getArticle(db: LibraryDb, id: string): Promise<Article | undefined> {
  const stored = await db.get('articles', id);
  return stored;
}

/** The record with its offline images: what a delete or a replacing restore takes away. */
async function snapshotOf(tx: AllTx, stored: Article): Promise<ArticleSnapshot> {
  const images = await readImages(tx, stored.id);
  const snapshot: ArticleSnapshot = { ...stored };
  if (images.length) snapshot.images = images.map(({ url, blob }) => ({ url, blob }));
  return snapshot;
}

/**
 * Deletes the first `take` ids with their images and index entries;
 * a snapshot of each (undefined when absent).
 */
export async function deleteInTx(
  tx: AllTx,
  ids: readonly string[],
  take: Take = () => ids.length,
): Promise<Array<ArticleSnapshot | undefined>> {
  const stats = await readStats(tx);
  const batch = new IndexBatch();
  const snapshots: Array<ArticleSnapshot | undefined> = [];
  const changes: Array<[string, OutboxField[]]> = [];
  for (const id of ids.slice(0, take(stats.nextDoc))) {
    const stored = await tx.objectStore('articles').get(id);
    if (!stored) {
      snapshots.push(undefined);
      continue;
    }
    snapshots.push(await snapshotOf(tx, stored));
    await removeIndexed(tx, stored, stats, batch);
    await deleteImages(tx, id);
    stats.docCount = Math.max(0, stats.docCount - 1);
    changes.push([id, ['deleted']]);
  }
  await batch.apply(tx);
  await writeStats(tx, stats);
  await recordChanges(tx, changes);
  return snapshots;
}

/** Deletes an article with its images and index entries; returns them for restoreArticle (undo). */
export async function deleteArticle(db: LibraryDb, id: string): Promise<ArticleSnapshot | undefined> {
  const [snapshot] = await runWrite(db, ALL, `delete ${id}`, (tx) => deleteInTx(tx, [id]));
  return snapshot;
}

/** Puts back what deleteArticle returned, images included; replaces a record saved since under that id. */
export async function restoreArticle(db: LibraryDb, snapshot: ArticleSnapshot): Promise<void> {
  await runWrite(db, ALL, `restore ${snapshot.id}`, (tx) => restoreInTx(tx, [snapshot]));
}

/**
 * Applies the user's own edits; category/tags edits are remembered in `editedFields`. The note is cut
 * to NOTE_MAX_CHARS and indexed with the body, so only its tokens' postings rows are rewritten.
 */
export async function updateArticle(
  db: LibraryDb,
  id: string,
  patch: ArticlePatch,
  now = new Date(),
): Promise<Article> {
  return runWrite(db, USER_EDIT_STORES, `update ${id}`, async (tx) => {
    const stored = await tx.objectStore('articles').get(id);
    if (!stored) throw new StoreError('not-found', `No article ${id}`);
    const next = patchedArticle(stored, patch);
    await putEdited(tx, stored, next, now);
    const fields = PATCH_FIELDS.filter((f) => patch[f] !== undefined);
    await recordChanges(tx, [[id, fields]], now.getTime());
    return next;
  });
}

/** Empties the library. Doc numbers keep counting up, so nothing can point at a recycled one. */
export async function deleteAll(db: LibraryDb): Promise<void> {
  await runWrite(db, ALL, 'delete all', async (tx) => {
    const stats = await readStats(tx);
    const ids = await tx.objectStore('articles').getAllKeys();
    await Promise.all(
      (['articles', 'summaries', 'postings', 'images'] as const).map((s) => tx.objectStore(s).clear()),
    );
    await recordChanges(
      tx,
      ids.map((id) => [id, ['deleted']] as const),
    );
    await writeStats(tx, { nextDoc: stats.nextDoc, docCount: 0, categories: {}, tags: {} });
  });
}

export async function countArticles(db: LibraryDb): Promise<number> {
  return db.count('articles');
}
