/**
 * A reason a person reads, kept as data: pure code (validation, import) says what is wrong without
 * wording it, and the page that shows it words it in the browser's language with `describeReason`.
 */
import { t, type MessageKey } from './i18n.ts';

export interface Reason<K extends MessageKey = MessageKey> {
  key: K;
  /** Placeholder values in order: names and numbers as they appear in the file, or a nested reason. */
  params: ReadonlyArray<string | Reason>;
}

export const reason = <K extends MessageKey>(key: K, ...params: Array<string | Reason>): Reason<K> => ({
  key,
  params,
});

/** The reason in the UI language; a nested reason is worded first, in the same language. */
export function describeReason(r: Reason): string {
  return t(
    r.key,
    r.params.map((p) => (typeof p === 'string' ? p : describeReason(p))),
  );
}
