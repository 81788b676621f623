/** How the reader's own layer writes: one store call, the record it returns shown, other pages told. */
import type { Article } from '../shared/article.ts';
import { announceLibraryWrite } from '../shared/announce-write.ts';
import type { LibraryDb } from '../store/index.ts';

/**
 * Runs one change of the open article in the store.
 * @returns undefined when it was saved, else the reason in the store's words (the caller shows it).
 */
export type ArticleWriter = (
  change: (db: LibraryDb, id: string) => Promise<Article>,
) => Promise<string | undefined>;

export function articleWriter(db: LibraryDb, id: string, show: (article: Article) => void): ArticleWriter {
  return async (change) => {
    try {
      show(await change(db, id));
      announceLibraryWrite();
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };
}
