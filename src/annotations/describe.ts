/**
 * Turns a selection, already mapped by the reader to offsets in the body's plain text, into the two
 * selectors a highlight keeps.
 */
import type { HighlightSelectors } from './types.ts';

/** Characters of context on each side of the quote: Hypothesis's convention for `prefix` and `suffix`. */
export const QUOTE_CONTEXT_CHARS = 32;

const WHITESPACE = /\s/;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Moves `offset` back by one when it would split a surrogate pair, so no selector holds half a character. */
function snapBack(text: string, offset: number): number {
  return offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) ? offset - 1 : offset;
}

/** Moves `offset` forward by one when it would split a surrogate pair. */
function snapForward(text: string, offset: number): number {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1))
    ? offset + 1
    : offset;
}

/**
 * The selectors of `text.slice(start, end)`, with whitespace at either end of the selection left out
 * (a drag often takes the line break after a paragraph). Undefined when there is nothing to highlight:
 * offsets outside the text, an empty range, or a range of nothing but whitespace.
 */
export function describeRange(text: string, start: number, end: number): HighlightSelectors | undefined {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  if (start < 0 || end > text.length || start >= end) return undefined;
  let from = snapBack(text, start);
  let to = snapForward(text, end);
  while (from < to && WHITESPACE.test(text.charAt(from))) from += 1;
  while (to > from && WHITESPACE.test(text.charAt(to - 1))) to -= 1;
  if (from === to) return undefined;
  const prefixStart = snapForward(text, Math.max(0, from - QUOTE_CONTEXT_CHARS));
  const suffixEnd = snapBack(text, Math.min(text.length, to + QUOTE_CONTEXT_CHARS));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(prefixStart, from),
      suffix: text.slice(to, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}
