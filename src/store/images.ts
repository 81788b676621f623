/** Offline image copies. v1 has no `images` store yet; see later schema versions. */
import type { LibraryDb } from './schema.ts';
import { StoreError } from './errors.ts';

export async function putImages(
  _db: LibraryDb,
  articleId: string,
  _images: Array<{ url: string; blob: Blob }>,
  _failed: Array<{ url: string; reason: string }>,
): Promise<void> {
  throw new StoreError('write-failed', `images store not available yet (article ${articleId})`);
}

export async function getImage(_db: LibraryDb, _articleId: string, _url: string): Promise<Blob | undefined> {
  return undefined;
}
