import { t } from '../src/shared/i18n.ts';
import { articleLang } from './article-lang.ts';
import { Highlighted } from './Highlighted.tsx';
import { rowTags, whereText } from './row-meta.ts';
import type { ArticleRow } from './rows.ts';

/**
 * The line under a title: the matched highlight or passage of a search result; else source and date,
 * then a link not fetched yet, then the tags (see row-meta.ts). Article text carries its `lang`.
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
  const where = whereText(row);
  return (
    <span class="article-meta">
      {star}
      {summary.fetch && (
        <span class="fetch-state" data-fetch={summary.fetch}>
          {t(summary.fetch === 'pending' ? 'popup_views_fetch_pending' : 'popup_views_fetch_failed')}
        </span>
      )}
      <span lang={articleLang(lang, where)}>{where}</span>
      {rowTags(row).map(({ tag, automatic }) => (
        <span
          key={tag}
          class="row-tag"
          data-automatic={automatic ? 'true' : undefined}
          title={automatic ? t('popup_tags_automatic_hint') : undefined}
          lang={articleLang(undefined, tag)}
        >
          {tag}
        </span>
      ))}
    </span>
  );
}
