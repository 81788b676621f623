import { isExtractedArticle } from '../shared/validate-article.ts';
import type { BackgroundRequest } from '../shared/messages.ts';
import { importImages } from './handlers/import-images.ts';
import { libraryWritten } from './handlers/library-written.ts';
import { openReader } from './handlers/open-reader.ts';
import { saveExtracted } from './handlers/save-extracted.ts';
import { saveLinkHandler } from './handlers/save-link.ts';
import { saveTab } from './handlers/save-tab.ts';
import { syncDisable, syncEnable, syncNow, syncStatus } from './handlers/sync.ts';
import { queueCancel, queuePause, queueResume, queueRetry, queueStatus } from './fetch-queue/handlers.ts';
import { isFetchFailure } from '../shared/fetch-queue-view.ts';
import type { Routes } from './route.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isShortString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

const isEmpty = (p: unknown): p is Record<string, never> => isObject(p) && Object.keys(p).length === 0;

/** The registry of background messages: one line per message, checked against `BackgroundMessages`. */
export const routes: Routes = {
  saveExtracted: {
    from: ['content'],
    isValid: (p): p is BackgroundRequest<'saveExtracted'> => isObject(p) && isExtractedArticle(p.article),
    handle: saveExtracted,
  },
  saveTab: {
    from: ['extension'],
    isValid: (p): p is BackgroundRequest<'saveTab'> =>
      isObject(p) && Number.isInteger(p.tabId) && (p.tabId as number) >= 0,
    handle: saveTab,
  },
  saveLink: {
    from: ['extension'],
    isValid: (p): p is BackgroundRequest<'saveLink'> =>
      isObject(p) &&
      typeof p.url === 'string' &&
      p.url.length < 8192 &&
      (p.openInReader === undefined || typeof p.openInReader === 'boolean'),
    handle: saveLinkHandler,
  },
  openReader: {
    from: ['content', 'extension'],
    isValid: (p): p is BackgroundRequest<'openReader'> =>
      isObject(p) &&
      typeof p.id === 'string' &&
      p.id.length > 0 &&
      p.id.length < 2048 &&
      (p.inPlace === undefined || typeof p.inPlace === 'boolean'),
    handle: openReader,
  },
  syncEnable: {
    from: ['extension'],
    isValid: (p): p is BackgroundRequest<'syncEnable'> =>
      isObject(p) &&
      isShortString(p.serverUrl, 2048) &&
      isShortString(p.database, 256) &&
      isShortString(p.username, 256) &&
      isShortString(p.password, 1024) &&
      typeof p.textOnly === 'boolean',
    handle: syncEnable,
  },
  syncNow: { from: ['extension'], isValid: isEmpty, handle: syncNow },
  syncDisable: { from: ['extension'], isValid: isEmpty, handle: syncDisable },
  syncStatus: {
    from: ['extension'],
    isValid: (p): p is BackgroundRequest<'syncStatus'> =>
      isObject(p) && (p.refresh === undefined || typeof p.refresh === 'boolean'),
    handle: syncStatus,
  },
  queueStatus: {
    from: ['extension'],
    isValid: (p): p is BackgroundRequest<'queueStatus'> =>
      isObject(p) && (p.failures === undefined || typeof p.failures === 'boolean'),
    handle: queueStatus,
  },
  libraryWritten: { from: ['extension'], isValid: isEmpty, handle: libraryWritten },
  queuePause: { from: ['extension'], isValid: isEmpty, handle: queuePause },
  queueResume: { from: ['extension'], isValid: isEmpty, handle: queueResume },
  queueCancel: { from: ['extension'], isValid: isEmpty, handle: queueCancel },
  queueRetry: {
    from: ['extension'],
    isValid: (p): p is BackgroundRequest<'queueRetry'> =>
      isObject(p) &&
      (p.ids === undefined ||
        (Array.isArray(p.ids) &&
          p.ids.length <= 100_000 &&
          p.ids.every((id) => isShortString(id, 2048) && id.length > 0))) &&
      (p.reason === undefined || isFetchFailure(p.reason)),
    handle: queueRetry,
  },
  importImages: {
    from: ['extension'],
    isValid: (p): p is BackgroundRequest<'importImages'> =>
      isObject(p) &&
      Array.isArray(p.ids) &&
      p.ids.length <= 100_000 &&
      p.ids.every((id) => isShortString(id, 2048) && id.length > 0),
    handle: importImages,
  },
};
