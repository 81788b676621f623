/**
 * Export and import against the store: reads every record (and its offline images) for an export,
 * and applies a checked file with merge-by-id. Runs wherever IndexedDB does (options page, tests).
 */
import type { Article } from '../shared/article.ts';
import {
  deleteArticle, getArticle, getImage, listSummaries, restoreArticle,
  type ArticleSnapshot, type LibraryDb,
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
async function readImages(db: LibraryDb, articles: Article[]): Promise<{ articles: Article[]; images: ImageBytes[] }> {
  const images: ImageBytes[] = [];
  const out: Article[] = [];
  for (const article of articles) {
    const held = new Set<string>();
    for (const url of article.imagesStored ?? []) {
      const blob = await getImage(db, article.id, url);
      if (!blob) continue;
      images.push({ articleId: article.id, url, type: blob.type, bytes: new Uint8Array(await blob.arrayBuffer()) });
      held.add(url);
    }
    out.push(withHeldImages(article, held));
  }
  return { articles: out, images };
}

export async function exportLibraryJson(db: LibraryDb, options: { images: boolean; now?: Date }): Promise<{ text: string; count: number }> {
  const articles = await readAllArticles(db);
  const now = options.now ?? new Date();
  if (!options.images) return { text: libraryToJson(articles, undefined, now), count: articles.length };
  const withImages = await readImages(db, articles);
  return { text: libraryToJson(withImages.articles, withImages.images, now), count: articles.length };
}

/**
 * Cleans an imported body with the extractor's sanitizer (a DOMPurify policy needs a window, which the
 * caller has: the options page, or jsdom in tests). A library file is as untrusted as a web page.
 */
export type SanitizeBody = (html: string, url: string) => string;

/** The two store calls an import makes; tests pass a failing one to check the roll-back. */
export interface ImportWriter {
  deleteArticle(db: LibraryDb, id: string): Promise<ArticleSnapshot | undefined>;
  restoreArticle(db: LibraryDb, snapshot: ArticleSnapshot): Promise<void>;
}

export type ImportResult =
  | { ok: true; counts: Record<ImportAction, number> }
  | { ok: false; problem: ImportProblem }
  | { ok: false; writeError: unknown };

/**
 * Imports a JSON library file. A file with any bad part is rejected before anything is written.
 * Every body is sanitized before it is stored, as an extracted one is: the file may have been edited.
 * Each record is written in its own store transaction; if one write fails (e.g. the disk is full),
 * the ones already written are undone in reverse, so the library ends as it was.
 */
export async function importLibraryJson(
  db: LibraryDb,
  text: string,
  sanitize: SanitizeBody,
  writer: ImportWriter = { deleteArticle, restoreArticle },
): Promise<ImportResult> {
  const parsed = parseLibraryJson(text);
  if (!parsed.ok) return parsed;
  const local = new Map<string, Article | undefined>();
  for (const { id } of parsed.articles) local.set(id, await getArticle(db, id));
  const plan = planImport(parsed.articles, local);
  const counts: Record<ImportAction, number> = { add: 0, replace: 0, keep: 0 };
  const undo: Array<() => Promise<unknown>> = [];
  try {
    for (const { article, action } of plan) {
      counts[action]++;
      if (action === 'keep') continue;
      const images = parsed.images.filter((i) => i.articleId === article.id);
      const record = withHeldImages({ ...article, contentHtml: sanitize(article.contentHtml, article.url) }, new Set(images.map((i) => i.url)));
      const previous = action === 'replace' ? await writer.deleteArticle(db, article.id) : undefined;
      if (previous) undo.push(() => writer.restoreArticle(db, previous));
      const snapshot: ArticleSnapshot = { ...record };
      if (images.length) snapshot.images = images.map(({ url, type, bytes }) => ({ url, blob: new Blob([bytes as BlobPart], { type }) }));
      await writer.restoreArticle(db, snapshot);
      undo.push(() => writer.deleteArticle(db, article.id));
    }
  } catch (writeError) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    return { ok: false, writeError };
  }
  return { ok: true, counts };
}
