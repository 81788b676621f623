import { getArticle, StoreError, updateArticle, type LibraryDb } from '../src/store/index.ts';
import { withTags } from './tag-input.ts';

/**
 * Adds `tags` to a saved article's tags (the page's own and the user's stay); returns its whole list.
 * @param id the article the popup has just saved.
 */
export async function addTagsTo(db: LibraryDb, id: string, tags: readonly string[]): Promise<string[]> {
  const article = await getArticle(db, id);
  if (!article) throw new StoreError('not-found', `no article ${id}`);
  const next = withTags(article.tags, tags);
  await updateArticle(db, id, { tags: next });
  return next;
}
