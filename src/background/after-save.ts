import type { Article } from '../shared/article.ts';
import type { LibraryDb } from '../store/index.ts';
import { setSavedBadge } from './badge.ts';
import { cacheImages } from './cache-images.ts';

/** Work that follows a save without holding it up: offline images and the tab's badge. Never throws. */
export function afterSave(db: LibraryDb, article: Article, tabId?: number): void {
  if (tabId !== undefined) void setSavedBadge(tabId, true).catch(() => undefined);
  void cacheImages(db, article);
}
