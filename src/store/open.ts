import { wrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { StoreError } from './errors.ts';
import { runMigrations } from './migrations.ts';
import { DB_NAME, DB_VERSION, type JianbaoSchema, type LibraryDb } from './schema.ts';

type UpgradeTx = IDBPTransaction<JianbaoSchema, StoreNames<JianbaoSchema>[], 'versionchange'>;

/**
 * Opens (creating or upgrading) the library database.
 * Mirrors idb's `openDB`, which always uses the global `indexedDB`, so that a factory can be injected.
 * @param factory the IndexedDB to use; tests pass a fresh fake-indexeddb `IDBFactory`.
 */
export async function openLibrary(factory: IDBFactory = globalThis.indexedDB): Promise<LibraryDb> {
  if (!factory) throw new StoreError('open-failed', 'IndexedDB is not available in this context');
  const request = factory.open(DB_NAME, DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as IDBPDatabase<JianbaoSchema>;
    const tx = wrap(request.transaction!) as unknown as UpgradeTx;
    // A failed block aborts the versionchange transaction: the database keeps its old version and data.
    runMigrations(db, tx, event.oldVersion, event.newVersion ?? DB_VERSION).catch((error: unknown) => {
      console.error('[jianbao/store] migration failed', error);
      try {
        request.transaction?.abort();
      } catch {
        /* already finished */
      }
    });
  });
  // 'blocked' needs no handler:
  // older connections close themselves on 'versionchange' (below), then the open proceeds.
  try {
    const db = (await wrap(request)) as LibraryDb;
    // A newer version wants to upgrade (an updated worker, another page):
    // let it rather than block it forever.
    db.addEventListener('versionchange', () => db.close());
    return db;
  } catch (error) {
    throw new StoreError(
      'open-failed',
      `Cannot open ${DB_NAME} v${DB_VERSION}: ${String((error as Error)?.message ?? error)}`,
      { cause: error },
    );
  }
}

const shared = new WeakMap<IDBFactory, Promise<LibraryDb>>();

/**
 * One connection per context (service worker, popup, reader), opened on first use and reopened
 * after it was closed (by a newer version's upgrade, or by the browser). Glue calls this per message.
 */
export function sharedLibrary(factory: IDBFactory = globalThis.indexedDB): Promise<LibraryDb> {
  let pending = shared.get(factory);
  if (!pending) {
    pending = openLibrary(factory).then((db) => {
      const forget = () => shared.delete(factory);
      db.addEventListener('close', forget);
      db.addEventListener('versionchange', forget);
      return db;
    });
    // A failed open is not cached: the next call tries again.
    pending.catch(() => shared.delete(factory));
    shared.set(factory, pending);
  }
  return pending;
}
