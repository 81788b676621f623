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
  starts: number[];
  /** For each character of `text`, the offset in the original just after it (a collapsed run's end). */
  ends: number[];
}

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_TO_HALF = 0xfee0;

const WHITESPACE = /\s/;
/** Letters and digits of scripts that separate words with spaces. */
const SPACED_WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]/u;

/** Folds one UTF-16 code unit (surrogates pass through unchanged). */
function foldUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) return String.fromCharCode(code - FULL_TO_HALF);
  return unit;
}

export function normalizeForMatching(original: string): NormalizedText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const unit = original.charAt(i);
    if (!WHITESPACE.test(unit)) {
      chars.push(foldUnit(unit));
      starts.push(i);
      ends.push(i + 1);
      i += 1;
      continue;
    }
    let runEnd = i + 1;
    while (runEnd < original.length && WHITESPACE.test(original.charAt(runEnd))) runEnd += 1;
    const before = chars.at(-1);
    const after = runEnd < original.length ? foldUnit(original.charAt(runEnd)) : undefined;
    if (before !== undefined && after !== undefined) {
      if (SPACED_WORD_CHAR.test(before) && SPACED_WORD_CHAR.test(after)) {
        chars.push(' ');
        starts.push(i);
        ends.push(runEnd);
      }
    }
    i = runEnd;
  }
  return { text: chars.join(''), starts, ends };
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
  while (from < to && WHITESPACE.test(original.charAt(from))) from += 1;
  while (to > from && WHITESPACE.test(original.charAt(to - 1))) to -= 1;
  return { start: from, end: to };
}
