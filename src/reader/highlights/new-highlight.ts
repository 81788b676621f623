/** A new highlight record for selectors measured in the reader. */
import type { Highlight, HighlightColor, HighlightSelectors } from '../../annotations/types.ts';
import { toIsoWithOffset } from '../../shared/iso-date.ts';

export function newHighlight(
  selectors: HighlightSelectors,
  color: HighlightColor,
  now: Date = new Date(),
  id: string = crypto.randomUUID(),
): Highlight {
  const at = toIsoWithOffset(now);
  return { id, color, quote: selectors.quote, position: selectors.position, createdAt: at, updatedAt: at };
}
