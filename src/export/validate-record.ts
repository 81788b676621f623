/** Checks a stored record from a file: the extracted fields (validate-article.ts) plus the library's own. */
import { parseIsoWithOffset } from '../shared/iso-date.ts';
import { reason, type Reason } from '../shared/reason.ts';
import { explainInvalidArticle } from '../shared/validate-article.ts';
import { explainInvalidReaderFields } from './validate-reader-fields.ts';

/** The fields a user can edit locally; the import keeps local edits of these. */
const EDITABLE = ['category', 'tags'] as const;

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');
const isIsoDate = (value: unknown): boolean => typeof value === 'string' && !!parseIsoWithOffset(value);
const isFailedImage = (f: unknown): boolean =>
  typeof (f as { url?: unknown } | null)?.url === 'string' &&
  typeof (f as { reason?: unknown } | null)?.reason === 'string';

/** Why `value` is not an Article record (a message key naming the field), or undefined when it is one. */
export function explainInvalidRecord(value: unknown): Reason | undefined {
  const basic = explainInvalidArticle(value);
  if (basic) return basic;
  const r = value as Record<string, unknown>;
  if (!isIsoDate(r.savedAt)) return reason('invalidNotIsoDate', 'savedAt');
  if (r.updatedAt !== undefined && !isIsoDate(r.updatedAt)) return reason('invalidNotIsoDate', 'updatedAt');
  if (r.read !== undefined && typeof r.read !== 'boolean') return reason('invalidNotBoolean', 'read');
  if (
    r.readingPosition !== undefined &&
    !(typeof r.readingPosition === 'number' && r.readingPosition >= 0 && r.readingPosition <= 1)
  ) {
    return reason('invalidNotFraction', 'readingPosition');
  }
  const edited = r.editedFields;
  if (
    edited !== undefined &&
    !(isStringList(edited) && edited.every((f) => (EDITABLE as readonly string[]).includes(f)))
  ) {
    return reason('invalidNotListOf', 'editedFields', EDITABLE.map((f) => `"${f}"`).join(', '));
  }
  if (r.imagesStored !== undefined && !isStringList(r.imagesStored))
    return reason('invalidNotStringList', 'imagesStored');
  const failed = r.imagesFailed;
  if (failed !== undefined && !(Array.isArray(failed) && failed.every(isFailedImage))) {
    return reason('invalidNotObjectList', 'imagesFailed', 'url, reason');
  }
  return explainInvalidReaderFields(r);
}
