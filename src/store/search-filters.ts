/**
 * The search box's filters (search-syntax.ts) against the summaries: which articles a `tag:`, `is:` or
 * `has:` keeps. A tag filter reads only its rarest tag's part of the byTagKey index (tag-keys.ts), in
 * which a tag's rows sort newest first; the flags are tested on the rows, which hold them all.
 */
import type { ParsedSearch } from './search-syntax.ts';
import type { LibraryDb, SummaryRow } from './schema.ts';
import { tagKey, tagRange } from './tag-keys.ts';
import { tagToken } from './tag-token.ts';
import { tokenPostings } from './token-postings.ts';

export type Filters = Pick<ParsedSearch, 'tags' | 'is' | 'has'>;

type Tx = ReturnType<LibraryDb['transaction']>;

export const FILTER_TUNING = {
  /**
   * A page of a tag's newest rows after the first holds at least need ÷ this many, however few of the
   * rows read so far passed the other filters: a flag that 1 row in 10 has (is:fav) is met in a
   * page or two, and a rarer one still reads the tag's rows in a few requests, not one per row.
   */
  minPassRate: 0.1,
  /** Rows in one page at most: bounds one request's memory and keeps a huge `limit` a valid count. */
  maxPage: 4_096,
} as const;

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

/** Newest first; on the same save time the higher doc (the later version), as byTagKey orders them. */
export function byNewest(a: SummaryRow, b: SummaryRow): number {
  return b.savedMs - a.savedMs || b.doc - a.doc;
}

/**
 * The filters' rarest tag by the stats' counts (the first when the stats keep none), or null when
 * a tag counted at zero means no article passes.
 */
async function rarestTag(tx: Tx, tags: readonly string[]): Promise<string | null> {
  const counts = (await tx.objectStore('meta').get('stats'))?.tags;
  if (!counts) return tags[0]!;
  const rarest = tags.reduce((a, b) => ((counts[b] ?? 0) < (counts[a] ?? 0) ? b : a));
  return counts[rarest] ? rarest : null;
}

/**
 * The newest `limit` summary rows the filters keep, newest first (byNewest). With a tag, its rows are
 * read newest first a page at a time through byTagKey, stopping once `limit` have passed: the most
 * used tag of a 10,000-article library holds ~1,700 rows, and reading a row costs far more than
 * finding it, so the popup's first 20 should not read the other 1,680. Pages (`getAll` with a count)
 * rather than a `prev` cursor over byTag: one request per page, where a cursor makes one per row, and
 * the key order (tag-keys.ts) makes ascending order newest first.
 */
export async function newestFilteredRows(tx: Tx, filters: Filters, limit: number): Promise<SummaryRow[]> {
  if (!filters.tags.length) {
    const rows = await tx.objectStore('summaries').getAll();
    return rows
      .filter((row) => passes(row, filters))
      .sort(byNewest)
      .slice(0, limit);
  }
  const tag = await rarestTag(tx, filters.tags);
  if (tag === null) return [];
  const index = tx.objectStore('summaries').index('byTagKey');
  const kept: SummaryRow[] = [];
  let read = 0;
  let after: string | undefined;
  while (kept.length < limit) {
    const need = limit - kept.length;
    const wanted = read ? Math.ceil(need / Math.max(kept.length / read, FILTER_TUNING.minPassRate)) : need;
    const size = Math.min(wanted, FILTER_TUNING.maxPage);
    const page = await index.getAll(tagRange(tag, after), size);
    for (const row of page) if (passes(row, filters) && kept.length < limit) kept.push(row);
    read += page.length;
    if (page.length < size) break;
    const last = page[page.length - 1]!;
    after = tagKey(tag, last.savedMs, last.doc);
  }
  return kept;
}

/**
 * The doc numbers of every article the filters keep, ascending: what the words are ranked within.
 * One tag and no flags (the popup's tag filter with words) needs no row: the docs are the tag's
 * posting list (tag-token.ts), a few packed rows however many articles carry the tag.
 */
export async function filteredDocs(tx: Tx, filters: Filters): Promise<Uint32Array> {
  const summaries = tx.objectStore('summaries');
  let rows: SummaryRow[];
  if (filters.tags.length) {
    const tag = await rarestTag(tx, filters.tags);
    if (tag === null) return new Uint32Array(0);
    if (filters.tags.length === 1 && !filters.is.length && !filters.has.length)
      return (await tokenPostings(tx, tagToken(tag))).docs;
    rows = await summaries.index('byTagKey').getAll(tagRange(tag));
  } else {
    rows = await summaries.getAll();
  }
  return Uint32Array.from(
    rows.filter((row) => passes(row, filters)),
    (row) => row.doc,
  ).sort();
}
