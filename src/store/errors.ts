/**
 * Typed store failures, so callers (and the message router) can branch on `code` and show the right message.
 */

export type StoreErrorCode = 'quota-exceeded' | 'write-failed' | 'not-found' | 'open-failed' | 'blocked';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True for a DOMException (or fake-indexeddb's equivalent) named QuotaExceededError. */
function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError';
}

/** Wraps any failure of a write transaction as a StoreError; StoreErrors pass through unchanged. */
export function toStoreError(error: unknown, what: string): StoreError {
  if (error instanceof StoreError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (isQuotaError(error))
    return new StoreError('quota-exceeded', `${what}: storage quota exceeded (${detail})`, { cause: error });
  return new StoreError('write-failed', `${what}: ${detail}`, { cause: error });
}
