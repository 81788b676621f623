/**
 * One upgrade block per schema version, run in order inside the versionchange transaction.
 * Never edit an old block: databases in the wild were built by it. Add a new one instead.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { JianbaoSchema } from './schema.ts';

type UpgradeDb = IDBPDatabase<JianbaoSchema>;
type UpgradeTx = IDBPTransaction<JianbaoSchema, StoreNames<JianbaoSchema>[], 'versionchange'>;
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

/** MIGRATIONS[v - 1] upgrades a database from version v - 1 to v. */
export const MIGRATIONS: readonly Migration[] = [
  // v1: the contract of issue #2 — `articles`, keyPath `id`, nothing else.
  (db) => {
    db.createObjectStore('articles', { keyPath: 'id' });
  },
];

/** Runs every block after `oldVersion` up to `newVersion`. */
export async function runMigrations(db: UpgradeDb, tx: UpgradeTx, oldVersion: number, newVersion: number): Promise<void> {
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const step = MIGRATIONS[v - 1];
    if (!step) throw new Error(`No migration to schema version ${v}`);
    await step(db, tx);
  }
}
