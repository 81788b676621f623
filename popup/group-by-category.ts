import type { ArticleSummary } from '../src/store/index.ts';

export interface CategoryGroup {
  category: string;
  articles: ArticleSummary[];
}

/**
 * Groups summaries by category, newest first within a group and groups ordered by their newest article.
 * @param summaries any order; sorted here by savedAt.
 */
export function groupByCategory(summaries: readonly ArticleSummary[]): CategoryGroup[] {
  const sorted = [...summaries].sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt) || a.id.localeCompare(b.id));
  const groups = new Map<string, ArticleSummary[]>();
  for (const summary of sorted) {
    const group = groups.get(summary.category);
    if (group) group.push(summary);
    else groups.set(summary.category, [summary]);
  }
  return [...groups].map(([category, articles]) => ({ category, articles }));
}
