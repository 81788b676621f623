/** Everything the reader shows for one id, read from the store and made safe to insert. */
import type { Article } from '../shared/article.ts';
import { sanitizeHtml } from '../extract/sanitize.ts';
import { getArticle, getImage, listSummaries, type LibraryDb } from '../store/index.ts';
import { neighboursOf, type Neighbours } from './neighbours.ts';
import { withOfflineImages } from './offline-images.ts';

export interface LoadedArticle {
  article: Article;
  /** Sanitized body with stored images swapped in. */
  html: string;
  /** Object URLs in `html`, to revoke when the article is left. */
  objectUrls: string[];
  neighbours: Neighbours;
}

export async function loadArticle(db: LibraryDb, id: string): Promise<LoadedArticle | undefined> {
  const article = await getArticle(db, id);
  if (!article) return undefined;
  // The stored body is untrusted page content: sanitized again here, right before it is shown.
  const safeHtml = sanitizeHtml(article.contentHtml, window, article.url);
  const [{ html, objectUrls }, summaries] = await Promise.all([
    withOfflineImages(safeHtml, document, (url) => getImage(db, article.id, url)),
    // The category index reads only this category's summaries, not the whole library.
    listSummaries(db, { category: article.category }),
  ]);
  return { article, html, objectUrls, neighbours: neighboursOf(summaries, article) };
}
