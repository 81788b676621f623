/** Checks a stored record from a file: the extracted fields (validate-article.ts) plus the library's own. */
import { parseIsoWithOffset } from '../shared/iso-date.ts';
import { explainInvalidArticle } from '../shared/validate-article.ts';

const EDITABLE = new Set(['category', 'tags']);

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Why `value` is not an Article record, or undefined when it is one (field names in the reason). */
export function explainInvalidRecord(value: unknown): string | undefined {
  const basic = explainInvalidArticle(value);
  if (basic) return basic;
  const r = value as Record<string, unknown>;
  if (typeof r.savedAt !== 'string' || !parseIsoWithOffset(r.savedAt)) return 'savedAt is not an ISO date with offset';
  if (r.updatedAt !== undefined && (typeof r.updatedAt !== 'string' || !parseIsoWithOffset(r.updatedAt))) return 'updatedAt is not an ISO date with offset';
  if (r.read !== undefined && typeof r.read !== 'boolean') return 'read is not true or false';
  if (r.readingPosition !== undefined && !(typeof r.readingPosition === 'number' && r.readingPosition >= 0 && r.readingPosition <= 1)) {
    return 'readingPosition is not a number from 0 to 1';
  }
  if (r.editedFields !== undefined && !(isStringList(r.editedFields) && r.editedFields.every((f) => EDITABLE.has(f)))) {
    return 'editedFields is not a list of "category" / "tags"';
  }
  if (r.imagesStored !== undefined && !isStringList(r.imagesStored)) return 'imagesStored is not a list of strings';
  const failed = r.imagesFailed;
  if (failed !== undefined && !(Array.isArray(failed) && failed.every((f) => typeof f?.url === 'string' && typeof f?.reason === 'string'))) {
    return 'imagesFailed is not a list of { url, reason }';
  }
  return undefined;
}
