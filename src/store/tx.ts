/** One write = one transaction that commits whole or aborts back to the old state. */
import { toStoreError } from './errors.ts';
import type { LibraryDb, StoreName, WriteTx } from './schema.ts';

/**
 * Runs `body` in a readwrite transaction over `stores` and waits for the commit. Any failure (a
 * request error, a throw in `body`, QuotaExceededError at commit) aborts the transaction and
 * rejects with a StoreError.
 * @param what names the operation in the error message.
 */
export async function runWrite<S extends StoreName, T>(
  db: LibraryDb,
  stores: readonly S[],
  what: string,
  body: (tx: WriteTx) => Promise<T>,
): Promise<T> {
  let tx: WriteTx | undefined;
  try {
    tx = db.transaction(stores as S[], 'readwrite') as unknown as WriteTx;
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (error) {
    // A throw in `body` leaves the transaction active: abort it, or the half-done writes would commit.
    try {
      tx?.abort();
    } catch {
      /* already aborted or finished */
    }
    await tx?.done.catch(() => undefined);
    // The transaction's error names the real cause (e.g. QuotaExceededError)
    // where the request's says AbortError.
    const cause = (error as { name?: string })?.name === 'AbortError' && tx?.error ? tx.error : error;
    throw toStoreError(cause, what);
  }
}
