import type { ArticleSummary } from '../src/store/index.ts';

export interface CategoryGroup {
  /** The category its articles share; undefined for the last group, which gathers one-article categories. */
  category?: string;
  articles: ArticleSummary[];
  /** Its header's count: of the whole library when `sizes` say so, else of the articles listed. */
  count: number;
}

/**
 * Groups summaries by category, newest first within a group and groups ordered by their newest article.
 * A category with one article gets no header of its own: such articles share one last group, so headers
 * never outnumber articles (with one article per source, half the rows would be headers).
 * @param summaries any order; sorted here by savedAt (parsed once per summary: 10,000 rows must stay cheap).
 * @param sizes each category's article count while `summaries` holds only the newest few, so a category
 *   keeps its own group while the rest of its articles are still being read.
 */
export function groupByCategory(
  summaries: readonly ArticleSummary[],
  sizes?: ReadonlyMap<string, number>,
): CategoryGroup[] {
  const keyed = summaries.map((summary) => ({ summary, ms: Date.parse(summary.savedAt) || 0 }));
  keyed.sort(
    (a, b) => b.ms - a.ms || (a.summary.id < b.summary.id ? -1 : a.summary.id > b.summary.id ? 1 : 0),
  );
  const byCategory = new Map<string, ArticleSummary[]>();
  for (const { summary } of keyed) {
    const group = byCategory.get(summary.category);
    if (group) group.push(summary);
    else byCategory.set(summary.category, [summary]);
  }
  const sizeOf = (category: string, listed: number): number => Math.max(sizes?.get(category) ?? 0, listed);
  const groups: CategoryGroup[] = [];
  const singleCategories = new Set<string>();
  for (const [category, articles] of byCategory) {
    const count = sizeOf(category, articles.length);
    if (count > 1) groups.push({ category, articles, count });
    else singleCategories.add(category);
  }
  if (!singleCategories.size) return groups;
  const singles = keyed.filter(({ summary }) => singleCategories.has(summary.category));
  return [
    ...groups,
    { articles: singles.map(({ summary }) => summary), count: otherCount(singles.length, sizes) },
  ];
}

/** The gathered group's count: every one-article category of the library when the sizes are known. */
function otherCount(listed: number, sizes: ReadonlyMap<string, number> | undefined): number {
  if (!sizes) return listed;
  let count = 0;
  for (const size of sizes.values()) if (size === 1) count++;
  return Math.max(count, listed);
}
