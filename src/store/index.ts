/** The store's public API: the only way the rest of Jianbao touches IndexedDB. */
export { openLibrary, sharedLibrary } from './open.ts';
export {
  DB_NAME,
  DB_VERSION,
  type JianbaoSchema,
  type LibraryDb,
  type OutboxField,
  type OutboxRow,
  type SyncState,
} from './schema.ts';
export { StoreError, type StoreErrorCode } from './errors.ts';
export {
  saveArticle,
  getArticle,
  deleteArticle,
  restoreArticle,
  updateArticle,
  deleteAll,
  countArticles,
  type ArticleSnapshot,
  type SaveResult,
} from './articles.ts';
export { saveArticles, restoreArticles } from './bulk.ts';
export { addHighlight, editHighlight, removeHighlight } from './highlight-writes.ts';
export { listHighlights, type HighlightGroup } from './highlight-list.ts';
export { listTags, renameTag, type TagCount } from './tags.ts';
export { failFetch, listPendingFetches, retryFetch } from './fetch-queue.ts';
export { importItems, type ImportCounts, type ImportWritten } from './import-items.ts';
export { foldLink, savedElsewhere } from './fold-link.ts';
export { SEGMENT_DOCS } from './postings.ts';
export {
  categoryCount,
  countCategories,
  listSummaries,
  listCategories,
  type CategoryCount,
} from './summaries.ts';
export { findSavedId } from './lookup.ts';
export { searchArticles } from './search.ts';
export { scanSearch } from './scan-search.ts';
export { tokenize } from './tokenize.ts';
export { putImages, getImage, listImages, IMAGE_LIMITS } from './images.ts';
export { setSyncEnabled, getSyncState, readOutbox, countOutbox, clearOutbox } from './outbox.ts';
export {
  applySynced,
  appliedSeq,
  markApplied,
  type ApplyResult,
  type SyncedChange,
  type SyncedImage,
  type SyncedItem,
} from './synced.ts';
export type { ArticleSummary, ArticlePatch, SearchHit, SearchOptions, Range } from './types.ts';
