/** Previous and next article within one category, in the order the library lists them. */
import type { ArticleSummary } from '../store/index.ts';

export interface Neighbours {
  /** The article listed just above (newer). */
  previous?: ArticleSummary;
  /** The article listed just below (older). */
  next?: ArticleSummary;
}

/**
 * Newest saved first, ties by id in code-unit order:
 * the popup's order, so "next" is the one below in the list.
 */
const byListOrder = (a: ArticleSummary, b: ArticleSummary): number =>
  (Date.parse(b.savedAt) || 0) - (Date.parse(a.savedAt) || 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * @param summaries every summary in the library, any order.
 * @param current the article on screen; its `category` picks the list.
 */
export function neighboursOf(
  summaries: readonly ArticleSummary[],
  current: { id: string; category: string },
): Neighbours {
  const list = summaries.filter((s) => s.category === current.category).sort(byListOrder);
  const at = list.findIndex((s) => s.id === current.id);
  if (at < 0) return {};
  const result: Neighbours = {};
  const previous = list[at - 1];
  const next = list[at + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}
