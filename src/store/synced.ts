/**
 * Applies changes that arrived through sync: the records the replicated documents describe, with
 * their images. Nothing here goes to the outbox (these changes came from the server; recording them
 * would push them straight back), and an article with an unpushed local change is skipped: the next
 * push merges it with the document, and the merged result comes back through here.
 */
import type { Article } from '../shared/article.ts';
import { canonicalJson } from '../shared/canonical-json.ts';
import { putIndexed, removeIndexed } from './articles.ts';
import { bulkTake } from './bulk.ts';
import { deleteImages, IMAGE_LIMITS, pruneImages, readImages } from './images.ts';
import { imageUrlsOf } from './merge.ts';
import { notesText } from './notes-text.ts';
import { reanchorHighlights } from './reanchor.ts';
import type { LibraryDb, LibraryStats, WriteTx } from './schema.ts';
import { countArticle, IndexBatch, readStats, writeStats } from './search-index.ts';
import { toSummaryRow } from './summaries.ts';
import { sameTags } from './tag-token.ts';
import { runWrite } from './tx.ts';

export interface SyncedImage {
  url: string;
  blob: Blob;
}

export type SyncedChange =
  /** The article as its document describes it; `article` undefined: it is deleted. */
  | { kind: 'article'; id: string; article?: Article; images?: SyncedImage[] }
  /** One offline image of an article. */
  | { kind: 'image'; id: string; image: SyncedImage };

export interface SyncedItem {
  /**
   * The replication buffer's sequence of this change: the checkpoint once it is applied. Absent for
   * a document re-applied after a push, which moves no checkpoint.
   */
  seq?: number | string;
  change: SyncedChange;
}

export interface ApplyResult {
  /** How many of the items this call handled (the rest: call again). */
  done: number;
  /** Articles whose record changed (for pages to refresh). */
  changed: string[];
  /** Articles skipped for their unpushed local change. */
  skipped: string[];
  /** Sync was off: nothing was applied. */
  off?: boolean;
}

const ALL_SYNCED = ['articles', 'summaries', 'postings', 'images', 'meta', 'outbox', 'sync'] as const;

/**
 * Applies the first items of `items` in one transaction (as many as fit in the current postings
 * segment, see bulk.ts) and records the last one's `seq` as applied in the same transaction, so an
 * interrupted run resumes after what committed.
 */
export async function applySynced(db: LibraryDb, items: readonly SyncedItem[]): Promise<ApplyResult> {
  return runWrite(db, ALL_SYNCED, `apply ${items.length} synced changes`, async (tx) => {
    const state = await tx.objectStore('sync').get('state');
    if (!state?.enabled) return { done: 0, changed: [], skipped: [], off: true };
    const stats = await readStats(tx);
    const freshFrom = stats.nextDoc;
    const batch = new IndexBatch();
    const result: ApplyResult = { done: 0, changed: [], skipped: [] };
    const budget = bulkTake(stats.nextDoc);
    for (const { change } of items) {
      if (stats.nextDoc - freshFrom >= budget) break;
      result.done++;
      if (await tx.objectStore('outbox').get(change.id)) {
        result.skipped.push(change.id);
        continue;
      }
      const changed =
        change.kind === 'image'
          ? await addImage(tx, change.id, change.image)
          : await applyArticle(tx, change.id, change.article, change.images ?? [], stats, batch);
      if (changed && !result.changed.includes(change.id)) result.changed.push(change.id);
    }
    await batch.apply(tx, freshFrom);
    await writeStats(tx, stats);
    const seq = items
      .slice(0, result.done)
      .map((item) => item.seq)
      .findLast((s) => s !== undefined);
    if (seq !== undefined) await tx.objectStore('sync').put({ ...state, appliedSeq: seq }, 'state');
    return result;
  });
}

/** Puts the record a document describes in place of the stored one; returns whether anything changed. */
async function applyArticle(
  tx: WriteTx,
  id: string,
  incoming: Article | undefined,
  images: readonly SyncedImage[],
  stats: LibraryStats,
  batch: IndexBatch,
): Promise<boolean> {
  const current = await tx.objectStore('articles').get(id);
  if (!incoming) {
    if (!current) return false;
    await removeIndexed(tx, current, stats, batch);
    await deleteImages(tx, id);
    stats.docCount = Math.max(0, stats.docCount - 1);
    return true;
  }
  const next = withLocalFields(incoming, current);
  // The sending device placed them in its body; placed here again only when this body differs. Their
  // updatedAt stays: this is the document's version, not a new edit to push.
  if (next.highlights?.length && next.textContent !== current?.textContent)
    next.highlights = [...reanchorHighlights(next.highlights, next.textContent)];
  if (current && canonicalJson(current) === canonicalJson(next) && !images.length) return false;
  if (!current) {
    await putIndexed(tx, next, stats, batch);
    stats.docCount++;
  } else if (sameIndexedText(current, next)) {
    // Only user fields changed: the doc number stays; only the notes' and tags' postings change.
    const row = await tx.objectStore('summaries').get(id);
    countArticle(stats, current, -1);
    countArticle(stats, next, 1);
    if (row && (notesText(current) !== notesText(next) || !sameTags(current, next)))
      batch.change(row.doc, current, next);
    await tx.objectStore('articles').put(next);
    if (row) await tx.objectStore('summaries').put(toSummaryRow(next, row.doc));
  } else {
    await removeIndexed(tx, current, stats, batch);
    await pruneImages(tx, id, new Set(next.imagesStored));
    await putIndexed(tx, next, stats, batch);
  }
  for (const image of images) await addImage(tx, id, image);
  return true;
}

/** What only this device knows stays: its offline images still shown, and when it last changed the record. */
function withLocalFields(incoming: Article, current: Article | undefined): Article {
  const next: Article = { ...incoming };
  delete next.imagesStored;
  delete next.imagesFailed;
  delete next.updatedAt;
  if (!current) return next;
  const shown = imageUrlsOf(next);
  const stored = current.imagesStored?.filter((url) => shown.has(url));
  if (stored?.length) next.imagesStored = stored;
  const failed = current.imagesFailed?.filter((f) => shown.has(f.url));
  if (failed?.length) next.imagesFailed = failed;
  if (current.updatedAt) next.updatedAt = current.updatedAt;
  return next;
}

function sameIndexedText(a: Article, b: Article): boolean {
  return a.title === b.title && a.source === b.source && a.textContent === b.textContent;
}

/**
 * Stores one image of a stored article within IMAGE_LIMITS and lists it in `imagesStored`; returns
 * whether it was added (not when the article is absent, already has it, or it is over a cap).
 */
async function addImage(tx: WriteTx, articleId: string, { url, blob }: SyncedImage): Promise<boolean> {
  const article = await tx.objectStore('articles').get(articleId);
  if (!article || article.imagesStored?.includes(url)) return false;
  if (!imageUrlsOf(article).has(url)) return false;
  const used = (await readImages(tx, articleId)).reduce((sum, row) => sum + row.blob.size, 0);
  if (blob.size > IMAGE_LIMITS.maxImageBytes || used + blob.size > IMAGE_LIMITS.maxArticleBytes) return false;
  await tx.objectStore('images').put({ articleId, url, blob });
  const next: Article = { ...article, imagesStored: [...(article.imagesStored ?? []), url] };
  const failed = article.imagesFailed?.filter((f) => f.url !== url);
  if (failed?.length) next.imagesFailed = failed;
  else delete next.imagesFailed;
  await tx.objectStore('articles').put(next);
  return true;
}

/**
 * Moves the applied checkpoint past changes that needed nothing here (other types' documents), while
 * sync is on.
 */
export async function markApplied(db: LibraryDb, seq: number | string): Promise<void> {
  await runWrite(db, ['sync'], 'record the applied sync checkpoint', async (tx) => {
    const state = await tx.objectStore('sync').get('state');
    if (state?.enabled) await tx.objectStore('sync').put({ ...state, appliedSeq: seq }, 'state');
  });
}

/** The applied checkpoint: where the next run reads the replication buffer's changes from. */
export async function appliedSeq(db: LibraryDb): Promise<number | string | undefined> {
  return (await db.get('sync', 'state'))?.appliedSeq;
}
