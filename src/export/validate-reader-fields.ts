/**
 * Checks the reader's fields of a record from a file (favourite, archived, note, highlights and their
 * tombstones, the fetch state, hand-edited tags): the file may have been edited, and a highlight that
 * points nowhere or a colour the reader cannot draw is refused with the field named, before anything is
 * written.
 */
import {
  HIGHLIGHT_COLORS,
  isHighlightColor,
  NOTE_MAX_CHARS,
  TAG_MAX_CHARS,
  validateTag,
} from '../annotations/limits.ts';
import type { FetchFailure } from '../shared/article.ts';
import { parseIsoWithOffset } from '../shared/iso-date.ts';
import { reason, type Reason } from '../shared/reason.ts';

const FETCH_STATES = ['pending', 'failed'] as const;
const FETCH_FAILURES = [
  'gone',
  'not-article',
  'timeout',
  'sign-in',
  'no-access',
  'network',
] as const satisfies readonly FetchFailure[];

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIsoDate = (value: unknown): boolean => typeof value === 'string' && !!parseIsoWithOffset(value);
const isOffset = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const listed = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');
const notOneOf = (field: string, values: readonly string[]): Reason =>
  reason('export_invalidNotOneOf', field, listed(values));
const codePoints = (text: string): number => [...text].length;

/** A note (the article's or a highlight's): text within the length a note may have. */
function explainNote(value: unknown, field: string): Reason | undefined {
  if (typeof value !== 'string') return reason('invalidNotString', field);
  if (codePoints(value) > NOTE_MAX_CHARS) return reason('invalidTooLong', field, String(NOTE_MAX_CHARS));
  return undefined;
}

function explainQuote(value: unknown, field: string): Reason | undefined {
  if (!isObject(value)) return reason('export_invalidNotObjectField', field);
  if (value.type !== 'TextQuoteSelector') return notOneOf(`${field}.type`, ['TextQuoteSelector']);
  for (const key of ['exact', 'prefix', 'suffix'] as const)
    if (typeof value[key] !== 'string') return reason('invalidNotString', `${field}.${key}`);
  if ((value.exact as string).trim() === '') return reason('invalidEmpty', `${field}.exact`);
  return undefined;
}

function explainPosition(value: unknown, field: string): Reason | undefined {
  if (!isObject(value)) return reason('export_invalidNotObjectField', field);
  if (value.type !== 'TextPositionSelector') return notOneOf(`${field}.type`, ['TextPositionSelector']);
  for (const key of ['start', 'end'] as const)
    if (!isOffset(value[key])) return reason('export_invalidNotOffset', `${field}.${key}`);
  if ((value.end as number) < (value.start as number)) return reason('export_invalidRangeEnd', field);
  return undefined;
}

function explainHighlight(value: unknown, field: string): Reason | undefined {
  if (!isObject(value)) return reason('export_invalidNotObjectField', field);
  if (typeof value.id !== 'string') return reason('invalidNotString', `${field}.id`);
  if (value.id === '') return reason('invalidEmpty', `${field}.id`);
  if (!isHighlightColor(value.color)) return notOneOf(`${field}.color`, HIGHLIGHT_COLORS);
  if (value.note !== undefined) {
    const bad = explainNote(value.note, `${field}.note`);
    if (bad) return bad;
  }
  const bad =
    explainQuote(value.quote, `${field}.quote`) ?? explainPosition(value.position, `${field}.position`);
  if (bad) return bad;
  for (const key of ['createdAt', 'updatedAt'] as const)
    if (!isIsoDate(value[key])) return reason('invalidNotIsoDate', `${field}.${key}`);
  if (value.detached !== undefined && value.detached !== true) return notOneOf(`${field}.detached`, ['true']);
  return undefined;
}

/**
 * Each entry checked by `explain`; an id listed twice is refused too (the reader could not tell them
 * apart).
 */
function explainIdList(
  value: unknown,
  field: string,
  explain: (entry: unknown, field: string) => Reason | undefined,
): Reason | undefined {
  if (!Array.isArray(value)) return reason('export_invalidNotList', field);
  const ids = new Set<string>();
  for (const [index, entry] of value.entries()) {
    const bad = explain(entry, `${field}[${index}]`);
    if (bad) return bad;
    const id = (entry as { id: string }).id;
    if (ids.has(id)) return reason('export_invalidDuplicateHighlight', field, id);
    ids.add(id);
  }
  return undefined;
}

function explainTombstone(value: unknown, field: string): Reason | undefined {
  if (!isObject(value)) return reason('export_invalidNotObjectField', field);
  if (typeof value.id !== 'string') return reason('invalidNotString', `${field}.id`);
  if (value.id === '') return reason('invalidEmpty', `${field}.id`);
  if (!isIsoDate(value.deletedAt)) return reason('invalidNotIsoDate', `${field}.deletedAt`);
  return undefined;
}

function explainFetch(value: unknown): Reason | undefined {
  if (!isObject(value)) return reason('export_invalidNotObjectField', 'fetch');
  if (!(FETCH_STATES as readonly unknown[]).includes(value.state))
    return notOneOf('fetch.state', FETCH_STATES);
  if (value.reason !== undefined && !(FETCH_FAILURES as readonly unknown[]).includes(value.reason))
    return notOneOf('fetch.reason', FETCH_FAILURES);
  if (value.triedAt !== undefined && !isIsoDate(value.triedAt))
    return reason('invalidNotIsoDate', 'fetch.triedAt');
  return undefined;
}

/** Hand-edited tags are the user's own: each one a tag the tag editor accepts (not blank, not too long). */
function explainUserTags(tags: readonly string[]): Reason | undefined {
  for (const [index, tag] of tags.entries()) {
    if (!validateTag(tag).ok) return reason('export_invalidBadTag', `tags[${index}]`, String(TAG_MAX_CHARS));
  }
  return undefined;
}

/**
 * Why the reader's fields of `record` are not valid, or undefined. `record` has passed the checks of the
 * extracted fields and `editedFields` already (validate-record.ts).
 */
export function explainInvalidReaderFields(record: Fields): Reason | undefined {
  for (const key of ['favourite', 'archived'] as const)
    if (record[key] !== undefined && typeof record[key] !== 'boolean')
      return reason('invalidNotBoolean', key);
  if (record.note !== undefined) {
    const bad = explainNote(record.note, 'note');
    if (bad) return bad;
  }
  if (record.highlights !== undefined) {
    const bad = explainIdList(record.highlights, 'highlights', explainHighlight);
    if (bad) return bad;
  }
  if (record.highlightTombstones !== undefined) {
    const bad = explainIdList(record.highlightTombstones, 'highlightTombstones', explainTombstone);
    if (bad) return bad;
  }
  if (record.fetch !== undefined) {
    const bad = explainFetch(record.fetch);
    if (bad) return bad;
  }
  if ((record.editedFields as string[] | undefined)?.includes('tags'))
    return explainUserTags(record.tags as string[]);
  return undefined;
}
