/** Where query terms occur in a title or passage, for highlighting in the popup. Pure string work. */
import { foldPerChar } from './tokenize.ts';
import type { Range } from './types.ts';

const SNIPPET = {
  /** Characters of context before the first match: enough for a clause of Chinese. */
  before: 20,
  /** Total snippet length: about two lines of the popup. */
  length: 80,
  /**
   * A body is folded this many characters at a time until a match:
   * most match early, folding all 2,500 is waste.
   */
  scanWindow: 512,
} as const;

/** Offset of the earliest occurrence of any term in `text`, folding it a window at a time. */
function firstMatch(text: string, terms: readonly string[]): number | undefined {
  if (!terms.length) return undefined;
  const overlap = Math.max(...terms.map((t) => t.length)) - 1;
  for (let at = 0; at < text.length; at += SNIPPET.scanWindow) {
    // The overlap lets a match that starts in this window end in the next.
    const hay = foldPerChar(text.slice(at, at + SNIPPET.scanWindow + overlap));
    let best = -1;
    for (const term of terms) {
      const i = hay.indexOf(term);
      if (i !== -1 && (best === -1 || i < best)) best = i;
    }
    if (best !== -1) return at + best;
  }
  return undefined;
}

/** Sorted, merged ranges of every occurrence of any term in `text`. */
export function findRanges(text: string, terms: string[]): Range[] {
  const hay = foldPerChar(text);
  const ranges: Range[] = [];
  for (const term of terms) {
    for (let at = hay.indexOf(term); at !== -1; at = hay.indexOf(term, at + term.length))
      ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** A passage around the first match with ranges relative to it; undefined when nothing matches. */
export function makeSnippet(
  text: string,
  terms: string[],
): { snippet: string; snippetRanges: Range[] } | undefined {
  const first = firstMatch(text, terms);
  if (first === undefined) return undefined;
  const start = Math.max(0, first - SNIPPET.before);
  const end = Math.min(text.length, start + SNIPPET.length);
  const prefix = start > 0 ? '…' : '';
  const snippet = prefix + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length ? '…' : '');
  // Whitespace collapsing can shift offsets; recompute on the final string rather than map.
  return { snippet, snippetRanges: findRanges(snippet, terms) };
}
