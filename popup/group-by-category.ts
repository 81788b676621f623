import type { ArticleSummary } from '../src/store/index.ts';

export interface CategoryGroup {
  category: string;
  articles: ArticleSummary[];
}

/**
 * Groups summaries by category, newest first within a group and groups ordered by their newest article.
 * @param summaries any order; sorted here by savedAt (parsed once per summary: 10,000 rows must stay cheap).
 */
export function groupByCategory(summaries: readonly ArticleSummary[]): CategoryGroup[] {
  const keyed = summaries.map((summary) => ({ summary, ms: Date.parse(summary.savedAt) || 0 }));
  keyed.sort(
    (a, b) => b.ms - a.ms || (a.summary.id < b.summary.id ? -1 : a.summary.id > b.summary.id ? 1 : 0),
  );
  const groups = new Map<string, ArticleSummary[]>();
  for (const { summary } of keyed) {
    const group = groups.get(summary.category);
    if (group) group.push(summary);
    else groups.set(summary.category, [summary]);
  }
  return [...groups].map(([category, articles]) => ({ category, articles }));
}
