import { isFailureCode, type Failure } from '../shared/failure.ts';

/** Turns anything thrown below (a StoreError, a DOMException, a browser API error) into a Failure. */
export function failureFromError(error: unknown): Failure {
  const code = (error as { code?: unknown } | null)?.code;
  if (isFailureCode(code)) return { code, detail: String((error as Error).message ?? error) };
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return { code: 'quota-exceeded', detail: error.message };
  }
  return { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
}
