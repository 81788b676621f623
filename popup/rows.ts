/** The popup list as one flat array of rows, which is what the windowed list renders a slice of. */
import type { ArticleSummary, Range, SearchHit } from '../src/store/index.ts';
import type { CategoryGroup } from './group-by-category.ts';
import { matchRanges } from './match-ranges.ts';

export interface GroupRow {
  kind: 'group';
  /** Also the group's name in the set of folded groups. */
  key: string;
  /** Undefined for the last group, which gathers the one-article categories. */
  category?: string;
  count: number;
  collapsed: boolean;
  /** The gathered group is the only one: every category holds one article, so it is every article. */
  gathersAll?: true;
}

export interface ArticleRow {
  kind: 'article';
  key: string;
  /** Key of the header this row sits under; undefined for search results. */
  group?: string;
  /** The category its header names, which the row does not repeat; undefined when no header names it. */
  category?: string;
  /** Under the gathered group's header: the row names its own category, as no header does. */
  namesCategory?: boolean;
  summary: ArticleSummary;
  titleRanges: Range[];
  /** Search results show the matching passage instead of source and date. */
  snippet?: { text: string; ranges: Range[] };
  /** The reader's highlight the query's words matched (quote, or quote and note), shown as the passage. */
  highlight?: { id: string; text: string; ranges: Range[] };
}

export type Row = GroupRow | ArticleRow;

export const articleKey = (id: string): string => `a:${id}`;
export const groupKey = (category: string): string => `g:${category}`;
/** The gathered group's key: no category's key starts with `o:`, so no category can fold it. */
export const OTHER_GROUP_KEY = 'o:';

/**
 * Header + articles per group; a collapsed group contributes its header only.
 * @param collapsed keys of the folded groups.
 */
export function rowsFromGroups(groups: readonly CategoryGroup[], collapsed: ReadonlySet<string>): Row[] {
  const rows: Row[] = [];
  for (const { category, articles, count } of groups) {
    const key = category === undefined ? OTHER_GROUP_KEY : groupKey(category);
    const isCollapsed = collapsed.has(key);
    const header: GroupRow = { kind: 'group', key, count, collapsed: isCollapsed };
    if (category !== undefined) header.category = category;
    else if (groups.length === 1) header.gathersAll = true;
    rows.push(header);
    if (isCollapsed) continue;
    for (const summary of articles) {
      const row: ArticleRow = {
        kind: 'article',
        key: articleKey(summary.id),
        group: key,
        summary,
        titleRanges: [],
      };
      if (category === undefined) row.namesCategory = true;
      else row.category = category;
      rows.push(row);
    }
  }
  return rows;
}

/**
 * Search hits in the store's ranking order, each carrying its highlight ranges.
 * @param words the query's words (filters left out), to mark them in a matched highlight.
 */
export function rowsFromHits(hits: readonly SearchHit[], words: readonly string[] = []): Row[] {
  return hits.map(({ summary, highlights, highlight }) => {
    const row: ArticleRow = {
      kind: 'article',
      key: articleKey(summary.id),
      summary,
      titleRanges: highlights.title,
    };
    if (highlights.snippet)
      row.snippet = { text: highlights.snippet, ranges: highlights.snippetRanges ?? [] };
    if (highlight) {
      const inQuote = matchRanges(highlight.exact, words);
      // Words found only in the highlight's note: the note follows the quote, so they show marked.
      const text =
        inQuote.length || !highlight.note ? highlight.exact : `${highlight.exact} — ${highlight.note}`;
      row.highlight = { id: highlight.id, text, ranges: matchRanges(text, words) };
    }
    return row;
  });
}

/** Index of the group header above row `index` (itself when it is a header), or -1. */
export function headerIndexOf(rows: readonly Row[], index: number): number {
  for (let i = Math.min(index, rows.length - 1); i >= 0; i--) if (rows[i]!.kind === 'group') return i;
  return -1;
}

/** Consecutive rows of one group inside [start, end): rendered as one heading plus one <ul>. */
export interface Segment {
  /** The group's key; undefined for search results. */
  group?: string;
  /** The category the group's header names; undefined for the gathered group and search results. */
  category?: string;
  header?: { row: GroupRow; index: number };
  items: Array<{ row: ArticleRow; index: number }>;
}

export function segmentsOf(rows: readonly Row[], start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  for (let index = start; index < end; index++) {
    const row = rows[index]!;
    if (row.kind === 'group') {
      current = { group: row.key, category: row.category, header: { row, index }, items: [] };
      segments.push(current);
    } else {
      if (!current || current.group !== row.group) {
        current = { group: row.group, category: row.category, items: [] };
        segments.push(current);
      }
      current.items.push({ row, index });
    }
  }
  return segments;
}
