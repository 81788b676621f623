/**
 * Places a highlight in a body's plain text again, possibly after the body changed (a re-save, a
 * different text node segmentation). The order, cheapest and surest first:
 *
 * 1. `position`: the stored offsets, when the text there still equals the quote exactly.
 * 2. `exact`: every occurrence of the quote in the normalized text (normalize.ts); with several, the
 *    prefix and suffix decide (how many of their characters agree, outwards from the quote), then
 *    closeness to the stored position.
 * 3. `fuzzy`: the places within `fuzzyErrorBudget` edits of the quote, scored by how well the quote,
 *    its prefix and its suffix match there, then by closeness to the stored position. A place that
 *    needs more than half the budget is taken only when its prefix or suffix is still there.
 *
 * Undefined means the highlight is detached: the caller keeps it (and lists it), never drops it.
 *
 * The fuzzy search is approx-string-match (Myers' bit-parallel algorithm, the library Hypothesis anchors
 * with): it reports the best places within k edits in O(k/32 × n) time, for quotes of any length and with
 * no dependencies. diff-match-patch's `match_main` only takes patterns up to 32 characters, shorter than
 * many highlighted sentences.
 */
import search from 'approx-string-match';

import { normalizeForMatching, toOriginalRange, type NormalizedText } from './normalize.ts';
import type { HighlightSelectors } from './types.ts';

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  how: AnchorMethod;
}

/** A quote may differ from its new place by a quarter of its (normalized) length in edits… */
export const FUZZY_ERRORS_PER_CHAR = 0.25;
/** …and by no more than this, whatever its length. */
export const FUZZY_MAX_ERRORS = 128;

/** How much each kind of evidence weighs when candidates are compared (Hypothesis's proportions). */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/** A fuzzy match that spends more than half its budget needs its prefix or its suffix this similar. */
const CONTEXT_CONFIRMS = 0.5;

interface Candidate {
  /** Normalized offsets. */
  start: number;
  end: number;
  errors: number;
}

interface Context {
  prefix: string;
  suffix: string;
  /** The stored position, in the original text. */
  oldStart: number;
}

export function fuzzyErrorBudget(normalizedQuoteLength: number): number {
  return Math.min(FUZZY_MAX_ERRORS, Math.floor(normalizedQuoteLength * FUZZY_ERRORS_PER_CHAR));
}

/**
 * How much of a context agrees with the text beside an exact occurrence, character by character outwards
 * from the quote: cheap enough for a quote found a thousand times (a lone 的).
 */
function alignedAgreement(context: string, haystack: string, from: number, direction: -1 | 1): number {
  if (context === '') return 0;
  let agree = 0;
  for (let k = 0; k < context.length; k += 1) {
    const contextAt = direction === 1 ? k : context.length - 1 - k;
    const textAt = direction === 1 ? from + k : from - 1 - k;
    if (textAt < 0 || textAt >= haystack.length) break;
    if (context.charCodeAt(contextAt) === haystack.charCodeAt(textAt)) agree += 1;
  }
  return agree / context.length;
}

/**
 * 1 when `pattern` occurs in `window` as is, falling towards 0 with each edit it takes to find it: for the
 * few places of a fuzzy match, whose edges may be a character off.
 */
function similarity(pattern: string, window: string): number {
  if (pattern === '' || window === '') return 0;
  const best = search(window, pattern, pattern.length)[0];
  const errors = best ? best.errors : pattern.length;
  return 1 - errors / pattern.length;
}

function positionAgrees(text: string, selectors: HighlightSelectors): boolean {
  const { start, end } = selectors.position;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return false;
  if (start < 0 || end > text.length || start >= end) return false;
  return text.slice(start, end) === selectors.quote.exact;
}

function exactOccurrences(haystack: string, needle: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push({ start: at, end: at + needle.length, errors: 0 });
  }
  return found;
}

interface Scored {
  candidate: Candidate;
  score: number;
  prefix: number;
  suffix: number;
}

function scoreCandidate(
  normalized: NormalizedText,
  text: string,
  quoteLength: number,
  context: Context,
  candidate: Candidate,
): Scored {
  const haystack = normalized.text;
  let prefix: number;
  let suffix: number;
  if (candidate.errors === 0) {
    prefix = alignedAgreement(context.prefix, haystack, candidate.start, -1);
    suffix = alignedAgreement(context.suffix, haystack, candidate.end, 1);
  } else {
    const before = haystack.slice(Math.max(0, candidate.start - context.prefix.length), candidate.start);
    prefix = similarity(context.prefix, before);
    suffix = similarity(context.suffix, haystack.slice(candidate.end, candidate.end + context.suffix.length));
  }
  const originalStart = normalized.starts[candidate.start] ?? 0;
  const distance = Math.abs(originalStart - context.oldStart) / Math.max(1, text.length);
  const score =
    WEIGHT.quote * (1 - candidate.errors / quoteLength) +
    WEIGHT.prefix * prefix +
    WEIGHT.suffix * suffix +
    WEIGHT.position * Math.max(0, 1 - distance);
  return { candidate, score, prefix, suffix };
}

/** The best-scoring candidate; on equal scores the earliest, so the answer never depends on chance. */
function best(scored: Scored[]): Scored | undefined {
  let winner: Scored | undefined;
  for (const entry of scored) if (!winner || entry.score > winner.score) winner = entry;
  return winner;
}

/** Places one highlight in `text`; the normalized text is built once, and only when a quote needs it. */
function place(
  text: string,
  normalizedText: () => NormalizedText,
  selectors: HighlightSelectors,
): Anchor | undefined {
  if (positionAgrees(text, selectors)) {
    return { start: selectors.position.start, end: selectors.position.end, how: 'position' };
  }
  const quote = normalizeForMatching(selectors.quote.exact).text;
  if (quote === '') return undefined;
  const normalized = normalizedText();
  const context: Context = {
    prefix: normalizeForMatching(selectors.quote.prefix).text,
    suffix: normalizeForMatching(selectors.quote.suffix).text,
    oldStart: selectors.position.start,
  };
  const choose = (candidates: Candidate[]): Scored | undefined =>
    best(candidates.map((candidate) => scoreCandidate(normalized, text, quote.length, context, candidate)));

  const exact = choose(exactOccurrences(normalized.text, quote));
  if (exact) {
    return { ...toOriginalRange(normalized, text, exact.candidate.start, exact.candidate.end), how: 'exact' };
  }

  const budget = fuzzyErrorBudget(quote.length);
  if (budget === 0) return undefined;
  const fuzzy = choose(search(normalized.text, quote, budget).filter((match) => match.end > match.start));
  if (!fuzzy) return undefined;
  const confirmed = Math.max(fuzzy.prefix, fuzzy.suffix) >= CONTEXT_CONFIRMS;
  if (fuzzy.candidate.errors * 2 > budget && !confirmed) return undefined;
  const range = toOriginalRange(normalized, text, fuzzy.candidate.start, fuzzy.candidate.end);
  return range.start < range.end ? { ...range, how: 'fuzzy' } : undefined;
}

/**
 * An anchorer for one body: the reader places every highlight of an article with it, and the body is
 * normalized at most once for all of them.
 */
export function createAnchorer(text: string): (selectors: HighlightSelectors) => Anchor | undefined {
  let normalized: NormalizedText | undefined;
  const normalizedText = (): NormalizedText => (normalized ??= normalizeForMatching(text));
  return (selectors) => place(text, normalizedText, selectors);
}

/** Places one highlight in `text` (for several in one body, `createAnchorer`). */
export function anchorHighlight(text: string, selectors: HighlightSelectors): Anchor | undefined {
  return createAnchorer(text)(selectors);
}
