/**
 * The sync outbox: which articles changed since sync last pushed them. Every write records its ids
 * here in its own transaction while sync is on, so a change made by any page (popup, reader, options)
 * reaches the sync engine even when nobody tells it; with sync off it costs one read of `sync`.
 */
import type { LibraryDb, OutboxField, OutboxRow, SyncState, WriteTx } from './schema.ts';
import { runWrite } from './tx.ts';

/** The stores a write must open to record its changes. */
export const OUTBOX_STORES = ['outbox', 'sync'] as const;

/** A write's changes: each article id with what changed about it. */
export type Changes = ReadonlyArray<readonly [id: string, fields: readonly OutboxField[]]>;

/**
 * Records `changes` in the outbox when sync is on (nothing otherwise), merging with rows not yet pushed.
 * @param at epoch ms of the write.
 */
export async function recordChanges(tx: WriteTx, changes: Changes, at = Date.now()): Promise<void> {
  if (!changes.length || !(await tx.objectStore('sync').get('state'))?.enabled) return;
  const outbox = tx.objectStore('outbox');
  // One row per id, however often the write names it; then all reads and all writes without an await
  // per row (requests in one transaction run in order): an import of 10,000 records waits twice, not
  // 20,000 times.
  const byId = new Map<string, Set<OutboxField>>();
  for (const [id, fields] of changes) {
    if (!fields.length) continue;
    const union = byId.get(id) ?? new Set<OutboxField>();
    fields.forEach((field) => union.add(field));
    byId.set(id, union);
  }
  const ids = [...byId.keys()];
  const queued = await Promise.all(ids.map((id) => outbox.get(id)));
  await Promise.all(
    ids.map((id, i) => {
      const union = new Set([...(queued[i]?.fields ?? []), ...byId.get(id)!]);
      return outbox.put({ id, at: Math.max(at, queued[i]?.at ?? 0), fields: [...union].sort() });
    }),
  );
}

export async function getSyncState(db: LibraryDb): Promise<SyncState | undefined> {
  return db.get('sync', 'state');
}

/**
 * Turns recording on (and queues every article, so the whole library is pushed once), or off (and
 * forgets the queue and the applied checkpoint: a later start begins from an empty buffer).
 * @param at epoch ms given to the queued articles' fields.
 */
export async function setSyncEnabled(db: LibraryDb, enabled: boolean, at = Date.now()): Promise<void> {
  await runWrite(
    db,
    ['articles', ...OUTBOX_STORES],
    enabled ? 'turn sync on' : 'turn sync off',
    async (tx) => {
      const outbox = tx.objectStore('outbox');
      await outbox.clear();
      if (!enabled) {
        await tx.objectStore('sync').delete('state');
        return;
      }
      await tx.objectStore('sync').put({ enabled: true }, 'state');
      for (const id of await tx.objectStore('articles').getAllKeys())
        await outbox.put({ id, at, fields: ['all'] });
    },
  );
}

/**
 * Up to `limit` rows waiting to be pushed, in id order.
 * @param after read only rows with a greater id (the next page).
 */
export async function readOutbox(db: LibraryDb, limit?: number, after?: string): Promise<OutboxRow[]> {
  return db.getAll('outbox', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), limit);
}

export async function countOutbox(db: LibraryDb): Promise<number> {
  return db.count('outbox');
}

/**
 * Removes pushed rows, except those written again since they were read (a newer `at` or more
 * fields): those changes are not pushed yet.
 */
export async function clearOutbox(db: LibraryDb, pushed: readonly OutboxRow[]): Promise<void> {
  await runWrite(db, ['outbox'], 'clear the sync outbox', async (tx) => {
    const outbox = tx.objectStore('outbox');
    for (const row of pushed) {
      const now = await outbox.get(row.id);
      if (now && now.at === row.at && now.fields.length === row.fields.length) await outbox.delete(row.id);
    }
  });
}
