import { describeFailure, type FailureCode } from '../src/shared/failure.ts';
import { isStoreError } from '../src/store/index.ts';

/** Store codes that have their own plain-words reason; the rest read as "something unexpected". */
const STORE_FAILURES: Partial<Record<string, FailureCode>> = {
  'quota-exceeded': 'quota-exceeded',
  'write-failed': 'write-failed',
};

/** The reason a popup action failed, in the UI language (technical detail goes to the console). */
export function describeActionError(error: unknown): string {
  console.error('[jianbao/popup]', error);
  const code = isStoreError(error) ? STORE_FAILURES[error.code] : undefined;
  return describeFailure({ code: code ?? 'unexpected' });
}

/** A short technical name for an error, for messages where nothing better exists (IndexedDB open failures). */
export function errorName(error: unknown): string {
  const cause = (error as { cause?: { name?: unknown } } | null)?.cause;
  const name = typeof cause?.name === 'string' && cause.name !== 'Error' ? cause.name : undefined;
  return name ?? (error instanceof Error ? error.message : String(error));
}
