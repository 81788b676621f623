import type { Article } from '../shared/article.ts';
import type { LibraryDb } from '../store/index.ts';

/** Work that follows a save without holding it up (offline images, badge); never throws. */
export function afterSave(_db: LibraryDb, _article: Article): void {
  // Filled in by the offline-images feature.
}
