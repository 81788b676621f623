/**
 * Export and import against the store: reads every record (and its offline images) for an export,
 * and applies a checked file with merge-by-id. Runs wherever IndexedDB does (options page, tests).
 */
import type { Article } from '../shared/article.ts';
import {
  getArticle,
  getImage,
  listSummaries,
  restoreArticles,
  type ArticleSnapshot,
  type LibraryDb,
} from '../store/index.ts';
import type { ImportProblem } from './format.ts';
import { planImport, withHeldImages, type ImportAction } from './import-plan.ts';
import { libraryToJson, parseLibraryJson, type ImageBytes } from './library-json.ts';

/** Every full record, newest saved first (the popup's order). */
export async function readAllArticles(db: LibraryDb): Promise<Article[]> {
  const articles: Article[] = [];
  for (const { id } of await listSummaries(db)) {
    const article = await getArticle(db, id);
    if (article) articles.push(article);
  }
  return articles;
}

/** The offline images of `articles`; a listed image whose copy is gone is dropped from its record. */
async function readImages(
  db: LibraryDb,
  articles: Article[],
): Promise<{ articles: Article[]; images: ImageBytes[] }> {
  const images: ImageBytes[] = [];
  const out: Article[] = [];
  for (const article of articles) {
    const held = new Set<string>();
    for (const url of article.imagesStored ?? []) {
      const blob = await getImage(db, article.id, url);
      if (!blob) continue;
      images.push({
        articleId: article.id,
        url,
        type: blob.type,
        bytes: new Uint8Array(await blob.arrayBuffer()),
      });
      held.add(url);
    }
    out.push(withHeldImages(article, held));
  }
  return { articles: out, images };
}

export async function exportLibraryJson(
  db: LibraryDb,
  options: { images: boolean; now?: Date },
): Promise<{ text: string; count: number }> {
  const articles = await readAllArticles(db);
  const now = options.now ?? new Date();
  if (!options.images) return { text: libraryToJson(articles, undefined, now), count: articles.length };
  const withImages = await readImages(db, articles);
  return { text: libraryToJson(withImages.articles, withImages.images, now), count: articles.length };
}

/**
 * A local record as a snapshot to write back, with the offline images it holds (a restore replaces the
 * images stored under its id).
 */
async function withStoredImages(db: LibraryDb, article: Article): Promise<ArticleSnapshot> {
  const images: NonNullable<ArticleSnapshot['images']> = [];
  for (const url of article.imagesStored ?? []) {
    const blob = await getImage(db, article.id, url);
    if (blob) images.push({ url, blob });
  }
  const snapshot: ArticleSnapshot = withHeldImages(article, new Set(images.map((i) => i.url)));
  if (images.length) snapshot.images = images;
  return snapshot;
}

/**
 * Cleans an imported body with the extractor's sanitizer (a DOMPurify policy needs a window, which the
 * caller has: the options page, or jsdom in tests). A library file is as untrusted as a web page.
 */
export type SanitizeBody = (html: string, url: string) => string;

export type ImportResult =
  | { ok: true; counts: Record<ImportAction, number> }
  | { ok: false; problem: ImportProblem }
  | { ok: false; writeError: unknown };

/**
 * Imports a JSON library file. A file with any bad part is rejected before anything is written.
 * Every body is sanitized before it is stored, as an extracted one is: the file may have been edited.
 * The records are written in one transaction (restoreArticles), all or nothing: if a write fails
 * (e.g. the disk is full), nothing of the file is kept, so the library ends as it was.
 */
export async function importLibraryJson(
  db: LibraryDb,
  text: string,
  sanitize: SanitizeBody,
): Promise<ImportResult> {
  const parsed = parseLibraryJson(text);
  if (!parsed.ok) return parsed;
  const local = new Map<string, Article | undefined>();
  for (const { id } of parsed.articles) local.set(id, await getArticle(db, id));
  const plan = planImport(parsed.articles, local);
  const counts: Record<ImportAction, number> = { add: 0, replace: 0, keep: 0 };
  const imagesOf = new Map<string, ImageBytes[]>();
  for (const image of parsed.images) {
    const held = imagesOf.get(image.articleId);
    if (held) held.push(image);
    else imagesOf.set(image.articleId, [image]);
  }
  const snapshots: ArticleSnapshot[] = [];
  for (const { article, action, local: fromLocal } of plan) {
    counts[action]++;
    if (action === 'keep') continue;
    if (fromLocal) {
      snapshots.push(await withStoredImages(db, article));
      continue;
    }
    const images = imagesOf.get(article.id) ?? [];
    const snapshot: ArticleSnapshot = withHeldImages(
      { ...article, contentHtml: sanitize(article.contentHtml, article.url) },
      new Set(images.map((i) => i.url)),
    );
    if (images.length)
      snapshot.images = images.map(({ url, type, bytes }) => ({
        url,
        blob: new Blob([bytes as BlobPart], { type }),
      }));
    snapshots.push(snapshot);
  }
  // Oldest save first: doc numbers then follow savedAt, and search breaks score ties by doc number.
  snapshots.sort((a, b) => (Date.parse(a.savedAt) || 0) - (Date.parse(b.savedAt) || 0));
  try {
    await restoreArticles(db, snapshots);
  } catch (writeError) {
    return { ok: false, writeError };
  }
  return { ok: true, counts };
}
