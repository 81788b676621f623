import { wrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { StoreError } from './errors.ts';
import { runMigrations } from './migrations.ts';
import { DB_NAME, DB_VERSION, type JianbaoSchema, type LibraryDb } from './schema.ts';

type UpgradeTx = IDBPTransaction<JianbaoSchema, StoreNames<JianbaoSchema>[], 'versionchange'>;

/**
 * Opens (creating or upgrading) the library database.
 * Mirrors idb's `openDB`, which always uses the global `indexedDB`, so that a factory can be injected.
 * @param factory the IndexedDB to use; tests pass a fresh fake-indexeddb `IDBFactory`.
 * @param version the schema version to open; only migration tests pass an older one.
 */
export async function openLibrary(factory: IDBFactory = globalThis.indexedDB, version = DB_VERSION): Promise<LibraryDb> {
  if (!factory) throw new StoreError('open-failed', 'IndexedDB is not available in this context');
  const request = factory.open(DB_NAME, version);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as IDBPDatabase<JianbaoSchema>;
    const tx = wrap(request.transaction!) as unknown as UpgradeTx;
    // A failed block aborts the versionchange transaction, so the database stays at its old version with its old data.
    runMigrations(db, tx, event.oldVersion, event.newVersion ?? version).catch((error: unknown) => {
      console.error('[jianbao/store] migration failed', error);
      try { request.transaction?.abort(); } catch { /* already finished */ }
    });
  });
  try {
    const db = (await wrap(request)) as LibraryDb;
    // Another tab (or an updated worker) wants a newer version: let it, rather than blocking it forever.
    db.addEventListener('versionchange', () => db.close());
    return db;
  } catch (error) {
    throw new StoreError('open-failed', `Cannot open ${DB_NAME} v${version}: ${String((error as Error)?.message ?? error)}`, { cause: error });
  }
}
