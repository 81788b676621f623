import type { Range } from '../src/store/index.ts';

/**
 * Where the query's words occur in `text` (case-insensitive), sorted and merged: the marks of a
 * highlight shown as a search result, which the store returns without ranges.
 * @param words the query's words, filters left out (parseSearch().words split at spaces).
 */
export function matchRanges(text: string, words: readonly string[]): Range[] {
  const haystack = text.toLowerCase();
  // Offsets into the lower-cased text hold for the original only while lower-casing keeps every length.
  if (haystack.length !== text.length) return [];
  const found: Range[] = [];
  for (const word of words) {
    const needle = word.toLowerCase();
    if (!needle || needle.length !== word.length) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length))
      found.push([at, at + needle.length]);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
