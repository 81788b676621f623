/**
 * The keys of the summaries' byTagKey index (multiEntry, since v7): one string per tag of an article,
 * `tag`, a separator, then the save time and the doc number encoded so that ascending key order is
 * newest first. `getAll(range, count)` then reads a tag's newest rows in one request (search-filters.ts);
 * the doc keeps two rows saved in the same millisecond apart.
 *
 * Strings rather than `[tag, time, doc]` arrays: a multiEntry index whose entries are arrays is what
 * the spec allows but not what every engine (nor fake-indexeddb) has been tested on, and the
 * strings sort the same way everywhere.
 */

/**
 * Widths of the two numbers. A time value is within ±8.64e15 ms (ECMAScript's Date range), so
 * 8.64e15 − savedMs is in 0 … 1.728e16: 17 digits. Doc numbers grow by one per save and are never
 * reused: 10 digits outlast any library.
 */
const TIME_LIMIT = 8_640_000_000_000_000n;
const TIME_DIGITS = 17;
const DOC_LIMIT = 9_999_999_999;
const DOC_DIGITS = 10;

/**
 * A NUL inside a tag becomes NUL U+0001 and the separator is two NULs, so no tag's prefix plus the
 * separator begins another tag's keys (validateTag lets control characters through).
 */
function tagPrefix(tag: string): string {
  return `${tag.replaceAll('\u0000', '\u0000\u0001')}\u0000\u0000`;
}

/** The index key of one tag of the row saved at `savedMs` under `doc`. */
export function tagKey(tag: string, savedMs: number, doc: number): string {
  // BigInt: 8.64e15 + 8.64e15 exceeds 2^53, where a Number would round two times to one key. A
  // time outside the Date range (no writer makes one) counts as 0 rather than throwing in a migration.
  const ms = Math.abs(savedMs) <= Number(TIME_LIMIT) ? Math.trunc(savedMs) : 0;
  const time = (TIME_LIMIT - BigInt(ms)).toString().padStart(TIME_DIGITS, '0');
  const number = String(DOC_LIMIT - doc).padStart(DOC_DIGITS, '0');
  return `${tagPrefix(tag)}${time}${number}`;
}

/** The keys of a row's tags (a tag listed twice gives one key). */
export function tagKeysOf(tags: readonly string[], savedMs: number, doc: number): string[] {
  return [...new Set(tags)].map((tag) => tagKey(tag, savedMs, doc));
}

/**
 * Every key of `tag`, newest first; `after` (a key of the same tag) starts past it, for the next page.
 */
export function tagRange(tag: string, after?: string): IDBKeyRange {
  const prefix = tagPrefix(tag);
  // Digits follow the prefix, all below U+FFFF.
  return IDBKeyRange.bound(after ?? prefix, `${prefix}\uffff`, after !== undefined, false);
}
