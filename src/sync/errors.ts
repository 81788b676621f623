/**
 * Any failure of a sync run, as the code the UI words (config.ts SyncErrorCode). Never carries a
 * credential.
 */
import { StoreError } from '../store/index.ts';
import type { SyncErrorCode } from './config.ts';

/** A failure already known by its code (a server check, a refused document). */
export class SyncFailure extends Error {
  override readonly name = 'SyncFailure';
  constructor(readonly code: SyncErrorCode) {
    super(`sync failed: ${code}`);
  }
}

const BY_STATUS: Record<number, SyncErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'no-database',
  413: 'too-large',
};

export function syncErrorOf(error: unknown): SyncErrorCode {
  if (error instanceof SyncFailure) return error.code;
  if (error instanceof StoreError && error.code === 'quota-exceeded') return 'quota';
  const { name, status, reason } = (error ?? {}) as { name?: unknown; status?: unknown; reason?: unknown };
  // PouchDB's IndexedDB adapter reports a full disk as a 500 whose reason names the DOMException.
  if (name === 'QuotaExceededError' || reason === 'QuotaExceededError') return 'quota';
  if (typeof status === 'number' && BY_STATUS[status]) return BY_STATUS[status];
  // No answer, a reset connection, a proxy's 5xx: the server is not there for us.
  return 'unreachable';
}
