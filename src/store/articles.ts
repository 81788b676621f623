/** Article records: save (with dedupe and merge), read, edit, delete and undo. */
import type { Article, ExtractedArticle } from '../shared/article.ts';
import { toIsoWithOffset } from '../shared/iso-date.ts';
import { StoreError, toStoreError } from './errors.ts';
import { mergeArticle, newArticle, pickSurvivorId } from './merge.ts';
import type { LibraryDb } from './schema.ts';
import type { ArticlePatch, ArticleSummary } from './types.ts';
import { urlKeysOf } from './url-key.ts';

/** Runs a write and turns every failure into a StoreError; the aborted transaction leaves the old state. */
async function write<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toStoreError(error, what);
  }
}

/**
 * Saves an extracted article, or updates the stored one with the same id or URL.
 * @param now the save time (tests pass a fixed one).
 */
export async function saveArticle(db: LibraryDb, extracted: ExtractedArticle, now = new Date()): Promise<{ article: Article; created: boolean }> {
  return write(`save ${extracted.id}`, async () => {
    const tx = db.transaction('articles', 'readwrite');
    const store = tx.store;
    let stored = await store.get(extracted.id);
    if (!stored) {
      // v1 has no URL index: scan. Replaced by the byUrl index in later versions.
      const keys = new Set(urlKeysOf(extracted));
      for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
        if (urlKeysOf(cursor.value).some((k) => keys.has(k))) { stored = cursor.value; break; }
      }
    }
    let article: Article;
    if (stored) {
      article = mergeArticle(stored, extracted, now, pickSurvivorId(stored, extracted));
      if (article.id !== stored.id) await store.delete(stored.id);
    } else {
      article = newArticle(extracted, now);
    }
    await store.put(article);
    await tx.done;
    return { article, created: !stored };
  });
}

export async function getArticle(db: LibraryDb, id: string): Promise<Article | undefined> {
  return db.get('articles', id);
}

/** Deletes an article; returns what was deleted so the caller can undo with restoreArticle. */
export async function deleteArticle(db: LibraryDb, id: string): Promise<Article | undefined> {
  return write(`delete ${id}`, async () => {
    const tx = db.transaction('articles', 'readwrite');
    const stored = await tx.store.get(id);
    if (stored) await tx.store.delete(id);
    await tx.done;
    return stored;
  });
}

/** Puts back a snapshot returned by deleteArticle (undo). */
export async function restoreArticle(db: LibraryDb, snapshot: Article): Promise<void> {
  await write(`restore ${snapshot.id}`, async () => {
    const tx = db.transaction('articles', 'readwrite');
    await tx.store.put(snapshot);
    await tx.done;
  });
}

/** Applies the user's own edits; category/tags edits are remembered in `editedFields`. */
export async function updateArticle(db: LibraryDb, id: string, patch: ArticlePatch, now = new Date()): Promise<Article> {
  return write(`update ${id}`, async () => {
    const tx = db.transaction('articles', 'readwrite');
    const stored = await tx.store.get(id);
    if (!stored) throw new StoreError('not-found', `No article ${id}`);
    const next: Article = { ...stored, updatedAt: toIsoWithOffset(now) };
    const edited = new Set(stored.editedFields ?? []);
    if (patch.category !== undefined) { next.category = patch.category; edited.add('category'); }
    if (patch.tags !== undefined) { next.tags = [...patch.tags]; edited.add('tags'); }
    if (patch.read !== undefined) next.read = patch.read;
    if (patch.readingPosition !== undefined) next.readingPosition = Math.min(1, Math.max(0, patch.readingPosition));
    if (edited.size) next.editedFields = [...edited];
    await tx.store.put(next);
    await tx.done;
    return next;
  });
}

export async function deleteAll(db: LibraryDb): Promise<void> {
  await write('delete all', () => db.clear('articles'));
}

export async function countArticles(db: LibraryDb): Promise<number> {
  return db.count('articles');
}

export function toSummary(a: Article): ArticleSummary {
  const s: ArticleSummary = { id: a.id, title: a.title, category: a.category, savedAt: a.savedAt };
  if (a.source !== undefined) s.source = a.source;
  if (a.publishedAt !== undefined) s.publishedAt = a.publishedAt;
  if (a.read !== undefined) s.read = a.read;
  if (a.excerpt) s.excerpt = a.excerpt;
  return s;
}

/** Newest first. v1: reads full records; later versions read the light summaries store. */
export async function listSummaries(db: LibraryDb): Promise<ArticleSummary[]> {
  const all = await db.getAll('articles');
  return all.map(toSummary).sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
}

export async function listCategories(db: LibraryDb): Promise<Array<{ category: string; count: number }>> {
  const counts = new Map<string, number>();
  for (const s of await listSummaries(db)) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
  return [...counts].map(([category, count]) => ({ category, count }));
}
