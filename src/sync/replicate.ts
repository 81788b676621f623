/** One replication round trip between the local buffer and the server, one-shot (never `live`). */
import { IMAGE_TYPE } from './doc-types.ts';
import { SyncFailure, syncErrorOf } from './errors.ts';
import { guardInfo, type PouchDatabase } from './pouch.ts';

const REPLICATION_TUNING = {
  /** Documents per request; PouchDB writes its checkpoint after each batch, so a stop loses one at most. */
  batchSize: 100,
} as const;

const isNotImage = (doc: { type?: unknown }): boolean => doc.type !== IMAGE_TYPE;

/**
 * Replicates both ways once; rejects on the first failure (401, 404, a lost connection…) or a
 * document the server refused. Closes `remote` at the end.
 * @param track is told each running replication, so the caller can cancel it.
 * @param pulled is told how many documents each batch from the server brought into `local`.
 */
export async function replicateOnce(
  local: PouchDatabase,
  remote: PouchDatabase,
  textOnly: boolean,
  track: (running: { cancel(): void } | undefined) => void,
  pulled: (count: number) => void = () => undefined,
): Promise<void> {
  guardInfo(remote);
  // A text-only device neither fetches nor keeps images (it never writes image documents either).
  // A filter function runs here on the change list, which holds attachment stubs, not the blobs;
  // then only the documents it passes are fetched. (A `selector` would filter on the server, but
  // PouchDB Server fails on it.)
  const pull = { batch_size: REPLICATION_TUNING.batchSize, ...(textOnly ? { filter: isNotImage } : {}) };
  let arrived = 0;
  const count = (docs: number): void => {
    arrived += docs;
    pulled(docs);
  };
  try {
    const sync = local.sync(remote, { batch_size: REPLICATION_TUNING.batchSize, pull });
    track(sync);
    sync.on('change', ({ direction, change }) => {
      if (direction === 'pull') count(change.docs.length);
    });
    let denied: unknown;
    sync.on('denied', (error) => {
      denied ??= error;
    });
    const outcome = await sync;
    if (denied) throw new SyncFailure(syncErrorOf(denied) === 'too-large' ? 'too-large' : 'forbidden');
    // A server's change list read while this push was being written can skip the documents it
    // rewrote (PouchDB Server does: their old entries are gone, the new ones not yet listed); one
    // more pull from the same checkpoint picks them up before the round ends.
    if (outcome.push?.docs_written) {
      const again = local.replicate.from(remote, pull);
      track(again);
      again.on('change', (batch) => count(batch.docs.length));
      await again;
    }
    // What the pull wrote enters the local change list after the push has read it, so the next round's
    // push would compare each of those documents with the server: a `_revs_diff` and a checkpoint per
    // batch, 300 requests after a first sync of 10,000, while a popup waits for another device's change.
    // After a batch or more, the push catches up now instead; a few documents wait for the next round.
    if (arrived >= REPLICATION_TUNING.batchSize) {
      const push = local.replicate.to(remote, { batch_size: REPLICATION_TUNING.batchSize });
      track(push);
      await push;
    }
  } finally {
    track(undefined);
    await remote.close().catch(() => undefined);
  }
}
