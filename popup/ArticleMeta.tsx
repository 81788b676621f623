import { isAutomaticTag } from '../src/annotations/automatic-tag.ts';
import { t } from '../src/shared/i18n.ts';
import { articleLang } from './article-lang.ts';
import { Highlighted } from './Highlighted.tsx';
import type { ArticleRow } from './rows.ts';

/** `2021-12-22T14:06:54+08:00` → `2021-12-22`: the date as written, whatever the viewer's time zone. */
const dayOf = (iso: string | undefined): string => iso?.slice(0, 10) ?? '';

/**
 * Source and date as the meta line writes them. The source is left out where it repeats the group the row
 * sits under (share pages often file an article under its source), so each row says something new.
 */
export function whereText(summary: ArticleRow['summary'], category: string | undefined): string {
  const source = summary.source === category ? '' : summary.source;
  return [source, dayOf(summary.publishedAt ?? summary.savedAt)].filter(Boolean).join(' · ');
}

/**
 * The line under a title: the matched highlight or passage of a search result; else source and date,
 * then a link not fetched yet, then the tags (the automatic one marked). Article text carries its `lang`.
 */
export function ArticleMeta({ row }: { row: ArticleRow }) {
  const { summary } = row;
  const lang = summary.lang;
  // The ☆ button shows only on hover and focus: a favourite says so on its meta line too.
  const star = summary.favourite && (
    <span class="meta-star" role="img" aria-label={t('popup_row_favourite')}>
      ★
    </span>
  );
  if (row.highlight) {
    return (
      <span class="article-meta" data-highlight-id={row.highlight.id}>
        {star}
        <span class="meta-highlight-mark" role="img" aria-label={t('popup_views_matched_highlight')} />
        <span lang={articleLang(lang, row.highlight.text)}>
          <Highlighted text={row.highlight.text} ranges={row.highlight.ranges} />
        </span>
      </span>
    );
  }
  if (row.snippet) {
    return (
      <span class="article-meta">
        {star}
        <span lang={articleLang(lang, row.snippet.text)}>
          <Highlighted text={row.snippet.text} ranges={row.snippet.ranges} />
        </span>
      </span>
    );
  }
  const where = whereText(summary, row.category);
  return (
    <span class="article-meta">
      {star}
      {summary.fetch && (
        <span class="fetch-state" data-fetch={summary.fetch}>
          {t(summary.fetch === 'pending' ? 'popup_views_fetch_pending' : 'popup_views_fetch_failed')}
        </span>
      )}
      <span lang={articleLang(lang, where)}>{where}</span>
      {summary.tags?.map((tag) => {
        const automatic = isAutomaticTag(summary, tag);
        return (
          <span
            key={tag}
            class="row-tag"
            data-automatic={automatic ? 'true' : undefined}
            title={automatic ? t('popup_tags_automatic_hint') : undefined}
            lang={articleLang(undefined, tag)}
          >
            {tag}
          </span>
        );
      })}
    </span>
  );
}
