/**
 * The text that anchoring compares: two renderings of the same words compare equal even when their
 * whitespace or their full-width/half-width punctuation differ, and every compared character still knows
 * where it came from in the original text.
 *
 * - Full-width forms U+FF01–U+FF5E fold to their ASCII twins (，→ , ；→ ; ：→ : （→ ( ！→ ! ？→ ?, and
 *   full-width letters and digits), one code unit for one, so offsets map back exactly.
 * - A run of whitespace (U+3000 and NBSP included) becomes one space between two letters or digits of
 *   an alphabetic script, where it separates words, and disappears anywhere else: between Han characters
 *   or next to punctuation a re-save may add, drop or double it (paragraph joins, text node splits).
 */

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** For each character of `text`, the offset in the original where it starts. */
  starts: Uint32Array;
  /** For each character of `text`, the offset in the original just after it (a collapsed run's end). */
  ends: Uint32Array;
}

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_TO_HALF = 0xfee0;

/** Exactly the characters of `\s` in a regular expression, tested by code so that a long body stays fast. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Letters and digits of scripts that separate words with spaces. */
const SPACED_WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]/u;

/** Whether a whitespace run between these two (folded) code units keeps a space: between two words. */
function separatesWords(before: number, after: number): boolean {
  return (
    SPACED_WORD_CHAR.test(String.fromCharCode(before)) && SPACED_WORD_CHAR.test(String.fromCharCode(after))
  );
}

/** Folds one UTF-16 code unit (surrogates pass through unchanged). */
function foldCode(code: number): number {
  return code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST ? code - FULL_TO_HALF : code;
}

export function normalizeForMatching(original: string): NormalizedText {
  const length = original.length;
  // Typed arrays of the original's length: the normalized text is never longer, and a body of 100,000
  // characters fills them without the cost of growing arrays.
  const codes = new Uint16Array(length);
  const starts = new Uint32Array(length);
  const ends = new Uint32Array(length);
  let n = 0;
  let i = 0;
  while (i < length) {
    const code = original.charCodeAt(i);
    if (!isWhitespaceCode(code)) {
      codes[n] = foldCode(code);
      starts[n] = i;
      ends[n] = i + 1;
      n += 1;
      i += 1;
      continue;
    }
    let runEnd = i + 1;
    while (runEnd < length && isWhitespaceCode(original.charCodeAt(runEnd))) runEnd += 1;
    if (
      n > 0 &&
      runEnd < length &&
      separatesWords(codes[n - 1] ?? 0, foldCode(original.charCodeAt(runEnd)))
    ) {
      codes[n] = 0x20;
      starts[n] = i;
      ends[n] = runEnd;
      n += 1;
    }
    i = runEnd;
  }
  let text = '';
  // String.fromCharCode takes its arguments on the stack: build the text in slices.
  for (let at = 0; at < n; at += 8192) {
    text += String.fromCharCode(...codes.subarray(at, Math.min(n, at + 8192)));
  }
  return { text, starts: starts.slice(0, n), ends: ends.slice(0, n) };
}

/**
 * The original range behind the normalized range `[start, end)` (which must hold at least one character),
 * without whitespace at either end.
 */
export function toOriginalRange(
  normalized: NormalizedText,
  original: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let from = normalized.starts[start] ?? original.length;
  let to = normalized.ends[end - 1] ?? from;
  while (from < to && isWhitespaceCode(original.charCodeAt(from))) from += 1;
  while (to > from && isWhitespaceCode(original.charCodeAt(to - 1))) to -= 1;
  return { start: from, end: to };
}
