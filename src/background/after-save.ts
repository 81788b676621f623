import type { Article } from '../shared/article.ts';
import type { LibraryDb } from '../store/index.ts';
import { setSavedBadge } from './badge.ts';
import { cacheImages } from './cache-images.ts';
import { syncSoon } from './sync-schedule.ts';

/**
 * Work that follows a save without holding it up: offline images, the tab's badge, and a sync run soon
 * (again once the images are stored, so they follow the text). Never throws.
 */
export function afterSave(db: LibraryDb, article: Article, tabId?: number): void {
  if (tabId !== undefined) void setSavedBadge(tabId, true).catch(() => undefined);
  const pushSoon = (): Promise<void> => syncSoon().catch(() => undefined);
  void pushSoon();
  void cacheImages(db, article).then(pushSoon);
}
