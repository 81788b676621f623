import type { ExtractFailureReason } from './article.ts';
import { t, type MessageKey } from './i18n.ts';

/** Every way a save can fail, as data that crosses the message boundary. */
export type FailureCode =
  | ExtractFailureReason
  | 'not-a-web-page'
  | 'no-access'
  | 'quota-exceeded'
  | 'write-failed'
  /** The background worker stopped (restarted, killed) before it answered: nothing half-saved is kept. */
  | 'interrupted'
  | 'unexpected';

/** A failure as data; `C` narrows the codes where fewer can occur (extraction: ExtractFailureReason). */
export interface Failure<C extends FailureCode = FailureCode> {
  code: C;
  /** Technical detail for logs and the CLI; never shown as the main message. */
  detail?: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Failure };

const REASON_KEYS: Record<FailureCode, MessageKey> = {
  'no-article': 'reason_no_article',
  'not-html': 'reason_not_html',
  'too-large': 'reason_too_large',
  timeout: 'reason_timeout',
  'invalid-info-code': 'reason_invalid_info_code',
  'page-error': 'reason_page_error',
  'not-a-web-page': 'reason_not_a_web_page',
  'no-access': 'reason_no_access',
  'quota-exceeded': 'reason_quota_exceeded',
  'write-failed': 'reason_write_failed',
  interrupted: 'reason_interrupted',
  unexpected: 'reason_unexpected',
};

/** The plain-words reason, in the UI language. */
export function describeFailure(failure: Failure): string {
  return t(REASON_KEYS[failure.code] ?? 'reason_unexpected');
}

export function isFailureCode(value: unknown): value is FailureCode {
  return typeof value === 'string' && Object.hasOwn(REASON_KEYS, value);
}

/** Turns anything thrown (a StoreError, a DOMException, a browser API error) into a Failure. */
export function failureFromError(error: unknown): Failure {
  const code = (error as { code?: unknown } | null)?.code;
  if (isFailureCode(code)) return { code, detail: String((error as Error).message ?? error) };
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return { code: 'quota-exceeded', detail: error.message };
  }
  return { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
}
