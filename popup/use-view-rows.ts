/**
 * The rows the list shows: the view's summaries (tag filter applied) in category groups, or, while a
 * query is typed, the search hits that belong in the view.
 */
import { useMemo } from 'preact/hooks';
import { parseSearch } from '../src/store/search-syntax.ts';
import type { ArticleSummary } from '../src/store/index.ts';
import { unarchivedCounts, type CategoryCounts } from './category-counts.ts';
import { groupByCategory } from './group-by-category.ts';
import { rowsFromGroups, rowsFromHits, type Row } from './rows.ts';
import type { SearchState } from './use-search.ts';
import { keepsHit, summariesInView, type LibraryView } from './views.ts';

export interface ViewRowsInput {
  summaries: readonly ArticleSummary[];
  /** Every category's article count while `summaries` holds only the newest few. */
  counts: CategoryCounts | undefined;
  view: LibraryView;
  tag: string | undefined;
  /** Keys of the folded groups. */
  collapsed: ReadonlySet<string>;
  searching: boolean;
  search: SearchState;
}

export function useViewRows(input: ViewRowsInput): { visible: ArticleSummary[]; rows: Row[] } {
  const { summaries, counts, view, tag, collapsed, searching, search } = input;
  const visible = useMemo(() => summariesInView(summaries, view, tag), [summaries, view, tag]);
  // The store's counts are of the whole library: less the archived articles, they are the group sizes
  // of the All view only.
  const groupCounts = useMemo(
    () => (view === 'all' && tag === undefined && counts ? unarchivedCounts(counts) : undefined),
    [view, tag, counts],
  );
  const groups = useMemo(() => groupByCategory(visible, groupCounts), [visible, groupCounts]);
  const rows = useMemo(() => {
    if (!searching) return rowsFromGroups(groups, collapsed);
    if (search.kind !== 'done') return [];
    const words = parseSearch(search.query).words.split(' ').filter(Boolean);
    return rowsFromHits(
      search.hits.filter((hit) => keepsHit(hit.summary, view, search.query)),
      words,
    );
  }, [searching, search, groups, collapsed, view]);
  return { visible, rows };
}
