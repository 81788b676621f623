/**
 * Offline copies of article images (issue #4 §2). The background worker fetches; this file stores,
 * enforces the caps and keeps `imagesStored` / `imagesFailed` on the record in the same transaction.
 */
import type { Article } from '../shared/article.ts';
import { StoreError } from './errors.ts';
import { OUTBOX_STORES, recordChanges } from './outbox.ts';
import type { ImageRow, LibraryDb, WriteTx } from './schema.ts';
import { runWrite } from './tx.ts';

export const IMAGE_LIMITS = {
  /** News photos are 50–500 KB; 5 MB only stops posters and GIF animations from filling the quota. */
  maxImageBytes: 5 * 1024 * 1024,
  /** Keeps one photo-heavy gallery from costing more than a few hundred text articles. */
  maxArticleBytes: 20 * 1024 * 1024,
} as const;

/** Key range of every image of one article: arrays sort after strings, so [id, []] closes it. */
const rangeOf = (articleId: string) => IDBKeyRange.bound([articleId], [articleId, []]);

/**
 * Stores fetched images and notes the failed ones on the article; images over the caps are noted
 * as failed (`too-large`), never stored. Failed images keep their original URL in contentHtml.
 * @returns the URLs stored and failed by this call.
 */
export async function putImages(
  db: LibraryDb,
  articleId: string,
  images: Array<{ url: string; blob: Blob }>,
  failed: Array<{ url: string; reason: string }>,
): Promise<{ stored: string[]; failed: Array<{ url: string; reason: string }> }> {
  const stores = ['articles', 'images', ...OUTBOX_STORES] as const;
  return runWrite(db, stores, `store images of ${articleId}`, async (tx) => {
    const article = await tx.objectStore('articles').get(articleId);
    if (!article) throw new StoreError('not-found', `No article ${articleId}`);
    const store = tx.objectStore('images');
    let total = 0;
    for (const row of await store.getAll(rangeOf(articleId)))
      if (!images.some((i) => i.url === row.url)) total += row.blob.size;
    const stored: string[] = [];
    const nowFailed = [...failed];
    for (const { url, blob } of images) {
      if (blob.size > IMAGE_LIMITS.maxImageBytes || total + blob.size > IMAGE_LIMITS.maxArticleBytes) {
        nowFailed.push({ url, reason: 'too-large' });
        continue;
      }
      total += blob.size;
      await store.put({ articleId, url, blob });
      stored.push(url);
    }
    const failedUrls = new Set(nowFailed.map((f) => f.url));
    const storedSet = new Set([...(article.imagesStored ?? []).filter((u) => !failedUrls.has(u)), ...stored]);
    const next: Article = { ...article };
    if (storedSet.size) next.imagesStored = [...storedSet];
    else delete next.imagesStored;
    const keptFailed = (article.imagesFailed ?? []).filter(
      (f) => !storedSet.has(f.url) && !failedUrls.has(f.url),
    );
    const allFailed = [...keptFailed, ...nowFailed.filter((f) => !storedSet.has(f.url))];
    if (allFailed.length) next.imagesFailed = allFailed;
    else delete next.imagesFailed;
    // A failed URL that was stored before loses its old copy: the record must match the store.
    for (const url of failedUrls) await store.delete([articleId, url]);
    await tx.objectStore('articles').put(next);
    if (stored.length) await recordChanges(tx, [[articleId, ['images']]]);
    return { stored, failed: nowFailed };
  });
}

/** The offline copy of `url` in article `articleId`, for the reader to show via URL.createObjectURL. */
export async function getImage(db: LibraryDb, articleId: string, url: string): Promise<Blob | undefined> {
  return (await db.get('images', [articleId, url]))?.blob;
}

/** Every stored image of an article, outside a write (sync pushes them). */
export async function listImages(db: LibraryDb, articleId: string): Promise<ImageRow[]> {
  return db.getAll('images', rangeOf(articleId));
}

/** Every stored image of an article (for a delete snapshot or an export). */
export async function readImages(tx: WriteTx, articleId: string): Promise<ImageRow[]> {
  return tx.objectStore('images').getAll(rangeOf(articleId));
}

/** Drops every image of an article in one request (a delete, or a restore that brings its own). */
export async function deleteImages(tx: WriteTx, articleId: string): Promise<void> {
  await tx.objectStore('images').delete(rangeOf(articleId));
}

/**
 * Drops an article's images except `keep`, and re-keys the kept ones to `toId` when the article
 * changes id (a URL-derived id replaced by its infoCode id).
 */
export async function pruneImages(
  tx: WriteTx,
  articleId: string,
  keep: ReadonlySet<string>,
  toId = articleId,
): Promise<void> {
  const store = tx.objectStore('images');
  for (const row of await store.getAll(rangeOf(articleId))) {
    if (keep.has(row.url) && toId === articleId) continue;
    await store.delete([articleId, row.url]);
    if (keep.has(row.url)) await store.put({ ...row, articleId: toId });
  }
}
