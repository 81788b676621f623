/**
 * What a row's meta line writes, pure so it is unit-tested. A row says something new: it does not repeat
 * the category its header names, nor a source of that name, nor the automatic `<source>新闻` tag of it.
 */
import { isAutomaticTag } from '../src/annotations/automatic-tag.ts';
import type { ArticleRow } from './rows.ts';

/** `2021-12-22T14:06:54+08:00` → `2021-12-22`: the date as written, whatever the viewer's time zone. */
const dayOf = (iso: string | undefined): string => iso?.slice(0, 10) ?? '';

type MetaRow = Pick<ArticleRow, 'summary' | 'category' | 'namesCategory'>;

/** The category a person already reads for this row: its header's, or the one its own line names. */
const categoryShown = (row: MetaRow): string | undefined =>
  row.namesCategory ? row.summary.category : row.category;

/**
 * Category (under the gathered group only), source and date, as the meta line writes them. The source
 * is left out where it repeats that category (share pages often file an article under its source).
 */
export function whereText(row: MetaRow): string {
  const { summary } = row;
  const shown = categoryShown(row);
  const source = summary.source === shown ? '' : summary.source;
  const own = row.namesCategory ? summary.category : '';
  return [own, source, dayOf(summary.publishedAt ?? summary.savedAt)].filter(Boolean).join(' · ');
}

/**
 * The tags the row shows, the automatic one marked. The automatic tag is left out where the category
 * shown for the row is its source: `证券时报新闻` under `证券时报` says nothing new.
 */
export function rowTags(row: MetaRow): Array<{ tag: string; automatic: boolean }> {
  const { summary } = row;
  const repeatsCategory = summary.source !== undefined && summary.source === categoryShown(row);
  return (summary.tags ?? [])
    .map((tag) => ({ tag, automatic: isAutomaticTag(summary, tag) }))
    .filter(({ automatic }) => !(automatic && repeatsCategory));
}
