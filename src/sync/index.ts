/**
 * The sync engine as the service worker uses it: PouchDB (IndexedDB locally, fetch to the server),
 * storage.local for the config and status, the library channel to tell pages. One per worker.
 */
import PouchDB from 'pouchdb-browser';
import browser from 'webextension-polyfill';
import { postLibraryMessage } from '../shared/library-channel.ts';
import { sharedLibrary } from '../store/index.ts';
import { SyncEngine, type KeyValueStore } from './engine.ts';
import type { PouchDatabase } from './pouch.ts';

export { SyncEngine, SYNC_KEYS, LOCAL_DB_NAME } from './engine.ts';
export type { SyncConfig, SyncErrorCode, SyncState, SyncStatus } from './config.ts';
export { validateSyncConfig } from './config.ts';

const extensionStorage: KeyValueStore = {
  async get<T>(key: string) {
    return (await browser.storage.local.get(key))[key] as T | undefined;
  },
  set: (key, value) => browser.storage.local.set({ [key]: value }),
  remove: (key) => browser.storage.local.remove(key),
};

let engine: SyncEngine | undefined;

export function getSyncEngine(): SyncEngine {
  engine ??= new SyncEngine({
    library: () => sharedLibrary(),
    pouch: {
      local: (name, options) => new PouchDB(name, options) as PouchDatabase,
      remote: (url, auth) =>
        new PouchDB(url, { skip_setup: true, ...(auth ? { auth } : {}) }) as PouchDatabase,
    },
    fetch: (url, init) => fetch(url, init),
    storage: extensionStorage,
    notify: (ids) => postLibraryMessage({ type: 'library-changed', ids }),
  });
  return engine;
}
