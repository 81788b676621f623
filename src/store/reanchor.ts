/**
 * Places an article's highlights again in a changed body (a re-save, or a body arriving through sync):
 * docs/annotations.md, "Re-anchoring". A highlight that cannot be placed is marked `detached` and kept.
 */
import { createAnchorer } from '../annotations/anchor.ts';
import { describeRange } from '../annotations/describe.ts';
import type { Highlight } from '../annotations/types.ts';

const sameSelectors = (a: Highlight, b: Highlight): boolean =>
  a.position.start === b.position.start &&
  a.position.end === b.position.end &&
  a.quote.exact === b.quote.exact &&
  a.quote.prefix === b.quote.prefix &&
  a.quote.suffix === b.quote.suffix &&
  a.detached === b.detached;

/**
 * Each highlight placed in `text`: its selectors describe where it now is (quote, context and
 * offsets), or it is `detached` with its old selectors, which a later body may match again.
 * @param changedAt the `updatedAt` given to highlights whose anchor changed (sync merges on it);
 *   undefined keeps every `updatedAt`, for bodies that come with their highlights from another device.
 * @returns the same array when nothing moved.
 */
export function reanchorHighlights(
  highlights: readonly Highlight[],
  text: string,
  changedAt?: string,
): readonly Highlight[] {
  const anchor = createAnchorer(text);
  let moved = false;
  const placed = highlights.map((highlight) => {
    const found = anchor(highlight);
    const selectors = found && describeRange(text, found.start, found.end);
    const next: Highlight = { ...highlight };
    if (selectors) {
      next.quote = selectors.quote;
      next.position = selectors.position;
      delete next.detached;
    } else {
      next.detached = true;
    }
    if (sameSelectors(highlight, next)) return highlight;
    moved = true;
    if (changedAt) next.updatedAt = changedAt;
    return next;
  });
  return moved ? placed : highlights;
}
