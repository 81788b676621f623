/**
 * The search box's filters (search-syntax.ts) against the summaries: which articles a `tag:`, `is:` or
 * `has:` keeps. A tag filter reads only its rarest tag's rows through the byTag index; the flags are
 * tested on the rows, which hold them all.
 */
import type { ParsedSearch } from './search-syntax.ts';
import type { LibraryDb, SummaryRow } from './schema.ts';

export type Filters = Pick<ParsedSearch, 'tags' | 'is' | 'has'>;

type Tx = ReturnType<LibraryDb['transaction']>;

export function hasFilters(filters: Filters): boolean {
  return filters.tags.length + filters.is.length + filters.has.length > 0;
}

/** Whether one summary row passes every filter. */
export function passes(row: SummaryRow, filters: Filters): boolean {
  for (const tag of filters.tags) if (!row.tags?.includes(tag)) return false;
  for (const flag of filters.is) {
    if (flag === 'fav' && !row.favourite) return false;
    if (flag === 'archived' && !row.archived) return false;
    if (flag === 'read' && !row.read) return false;
    if (flag === 'unread' && row.read) return false;
  }
  for (const what of filters.has) {
    if (what === 'highlights' && !row.highlightCount) return false;
    if (what === 'note' && !row.hasNote) return false;
  }
  return true;
}

/** Every summary row the filters keep, in no particular order. */
export async function filteredRows(tx: Tx, filters: Filters): Promise<SummaryRow[]> {
  const summaries = tx.objectStore('summaries');
  let rows: SummaryRow[];
  if (filters.tags.length) {
    const counts = (await tx.objectStore('meta').get('stats'))?.tags;
    const rarest = counts
      ? filters.tags.reduce((a, b) => ((counts[b] ?? 0) < (counts[a] ?? 0) ? b : a))
      : filters.tags[0]!;
    if (counts && !counts[rarest]) return [];
    rows = await summaries.index('byTag').getAll(rarest);
  } else {
    rows = await summaries.getAll();
  }
  return rows.filter((row) => passes(row, filters));
}
