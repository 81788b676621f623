/**
 * Where the popup keeps a copy of its first screen (the extension's localStorage, under one key), and
 * how a page drops it. The popup reads and writes the copy (popup/cached-screen.ts); the options page
 * only drops it when an import or a clear replaces the library, so no open shows what was there before.
 */

/** Versioned: a popup built with another shape of summary ignores the copy instead of misreading it. */
export const CACHED_SCREEN_KEY = 'jianbao:popup-first-screen:v1';

/** Drops the copy, e.g. after an import replaced the library, so no open shows what was there before. */
export function forgetCachedScreen(storage: Pick<Storage, 'removeItem'> | undefined): void {
  try {
    storage?.removeItem(CACHED_SCREEN_KEY);
  } catch {
    /* disabled storage */
  }
}

/** `localStorage` where the page has one; reading the property itself can throw when storage is disabled. */
export function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
