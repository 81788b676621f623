/**
 * Every category's size while the popup holds only the newest rows: from the store's stats at first,
 * then kept in step with the edits made in this popup. Archived articles are counted apart, because the
 * default view hides them: its groups are the categories less their archived articles.
 */
import { categoryCount, type ArticleSummary, type CategoryCount } from '../src/store/index.ts';

export interface CategoryCounts {
  /** Articles per category, archived ones included. */
  all: ReadonlyMap<string, number>;
  /** Archived articles per category. */
  archived: ReadonlyMap<string, number>;
  /** Articles in the library. */
  total: number;
}

export function countsOf(categories: readonly CategoryCount[]): CategoryCounts {
  return {
    all: new Map(categories.map((c) => [c.category, c.count])),
    archived: new Map(categories.flatMap((c) => (c.archived ? [[c.category, c.archived] as const] : []))),
    total: categories.reduce((n, c) => n + c.count, 0),
  };
}

/** The store's shape again (for the copy kept for the next open). */
export function categoriesOf(counts: CategoryCounts): CategoryCount[] {
  return [...counts.all].map(([category, count]) =>
    categoryCount(category, count, counts.archived.get(category)),
  );
}

/** Counts the popup's own rows, when it holds them all. */
export function countSummaries(summaries: readonly ArticleSummary[]): CategoryCount[] {
  const counted = new Map<string, { count: number; archived: number }>();
  for (const s of summaries) {
    const c = counted.get(s.category) ?? { count: 0, archived: 0 };
    c.count++;
    if (s.archived) c.archived++;
    counted.set(s.category, c);
  }
  return [...counted].map(([category, { count, archived }]) => categoryCount(category, count, archived));
}

/** Group sizes of the default view, which hides archived articles; a category with none left is gone. */
export function unarchivedCounts(counts: CategoryCounts): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const [category, n] of counts.all) {
    const left = n - (counts.archived.get(category) ?? 0);
    if (left > 0) out.set(category, left);
  }
  return out;
}

type Counted = Pick<ArticleSummary, 'category' | 'archived'>;

/** The counts once `before` (undefined: a new article) has become `after` (undefined: deleted). */
export function recount(counts: CategoryCounts, before?: Counted, after?: Counted): CategoryCounts {
  const all = new Map(counts.all);
  const archived = new Map(counts.archived);
  const bump = (map: Map<string, number>, category: string, by: number) => {
    const next = (map.get(category) ?? 0) + by;
    if (next > 0) map.set(category, next);
    else map.delete(category);
  };
  for (const [row, by] of [
    [before, -1],
    [after, 1],
  ] as const) {
    if (!row) continue;
    bump(all, row.category, by);
    if (row.archived) bump(archived, row.category, by);
  }
  const total = counts.total - (before ? 1 : 0) + (after ? 1 : 0);
  return { all, archived, total };
}
