/**
 * Tokens for Chinese full-text search (issue #4 §3): Intl.Segmenter words plus character bigrams, so
 * any 2-character query finds its article even where the segmenter cut elsewhere; Latin words are
 * case- and width-folded (全角/半角) by NFKC + lower-casing.
 */

/** Han ideographs (incl. extension A and compatibility ideographs); bigrams are built over runs of these. */
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
/** A Latin/digit word worth indexing: letters or digits of any script except Han. */
const ALNUM = /^[\p{L}\p{N}_]+$/u;

const TOKEN_RULES = {
  /** Words of 2 Han characters are already bigrams; longer ones add a precise whole-word token. */
  minHanWord: 3,
  /** Single Latin letters/digits match too much to be worth a posting list. */
  minLatinWord: 2,
  /** Pathological "words" (hashes, base64) only bloat the index. */
  maxWordLength: 32,
} as const;

let segmenter: Intl.Segmenter | undefined;
function getSegmenter(): Intl.Segmenter | undefined {
  if (segmenter === undefined && typeof Intl.Segmenter === 'function')
    segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/** Width- and case-folds text: 全角 ＡＢＣ１２３ → abc123, ideographic space → space. Length may change. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Folds one character at a time; same length as the input, so match offsets map back for highlighting. */
export function foldPerChar(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path, most of a Chinese article: ASCII other than A–Z and the CJK Unified Ideographs block
    // are unchanged by NFKC and lower-casing; normalize() per character costs ~1 µs.
    if ((code < 0x80 && (code < 0x41 || code > 0x5a)) || (code >= 0x4e00 && code <= 0x9fff)) {
      out += text[i];
      continue;
    }
    const f = text[i]!.normalize('NFKC').toLowerCase();
    out += f.length === 1 ? f : text[i]!;
  }
  return out;
}

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** Adjacent-character pairs of every Han run. */
export function hanBigrams(folded: string, into: string[] = []): string[] {
  for (const m of folded.matchAll(HAN_RUN)) {
    const run = [...m[0]];
    for (let i = 0; i + 1 < run.length; i++) into.push(run[i]! + run[i + 1]!);
  }
  return into;
}

/** Word tokens: segmenter words of ≥3 Han characters and Latin/digit words of ≥2 characters. */
export function words(folded: string, into: string[] = []): string[] {
  const seg = getSegmenter();
  const pieces = seg
    ? Array.from(seg.segment(folded), (s) => (s.isWordLike ? s.segment : ''))
    : folded.split(/[^\p{L}\p{N}_]+/u);
  for (const w of pieces) {
    if (!w || w.length > TOKEN_RULES.maxWordLength) continue;
    if (isHan(w[0]!)) {
      if ([...w].length >= TOKEN_RULES.minHanWord && [...w].every(isHan)) into.push(w);
    } else if (w.length >= TOKEN_RULES.minLatinWord && ALNUM.test(w)) {
      into.push(w);
    }
  }
  return into;
}

/** Every token of `text`, in order, with repeats (repeats give term frequency). */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  return words(folded, hanBigrams(folded));
}

/** Distinct tokens with their counts. */
export function countTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokenize(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
