import { describeFailure, failureFromError } from '../src/shared/failure.ts';

/**
 * The reason a popup action failed, in the UI language (technical detail goes to the console).
 * Store codes with their own plain-words reason (quota, write) keep it; the rest read as "unexpected".
 */
export function describeActionError(error: unknown): string {
  console.error('[jianbao/popup]', error);
  return describeFailure(failureFromError(error));
}

/**
 * A short technical name for an error, for messages where nothing better exists (IndexedDB open failures).
 */
export function errorName(error: unknown): string {
  const cause = (error as { cause?: { name?: unknown } } | null)?.cause;
  const name = typeof cause?.name === 'string' && cause.name !== 'Error' ? cause.name : undefined;
  return name ?? (error instanceof Error ? error.message : String(error));
}
