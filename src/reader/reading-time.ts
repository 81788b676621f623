/** Estimated reading time from the body's plain text. */

export const READING_SPEED = {
  /**
   * Chinese is read by character: studies of adult readers of simplified Chinese put silent reading
   * at 250–500 characters a minute; news prose with numbers and names sits near 400.
   */
  cjkCharsPerMinute: 400,
  /**
   * The usual figure for adult silent reading of English non-fiction
   * (Brysbaert 2019: 238 wpm, rounded down for news with figures).
   */
  latinWordsPerMinute: 200,
} as const;

/** Han ideographs, kana and hangul: each counts as one "character read". */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Runs of Latin letters or digits (with inner apostrophes, dots and commas, as in 3.5 or don't). */
const WORD = /[\p{Script=Latin}\d]+(?:['’.,][\p{Script=Latin}\d]+)*/gu;

/** Whole minutes to read `text`, at least 1 for any text with something to read, 0 for empty. */
export function readingMinutes(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.match(WORD)?.length ?? 0;
  if (cjk === 0 && words === 0) return 0;
  const minutes = cjk / READING_SPEED.cjkCharsPerMinute + words / READING_SPEED.latinWordsPerMinute;
  return Math.max(1, Math.round(minutes));
}
