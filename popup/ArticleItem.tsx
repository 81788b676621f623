import { t } from '../src/shared/i18n.ts';
import { readerPath } from '../src/shared/reader-url.ts';
import type { ArticleSummary } from '../src/store/index.ts';
import { Highlighted } from './Highlighted.tsx';
import type { ArticleRow } from './rows.ts';

export interface ArticleHandlers {
  onOpen(id: string): void;
  onToggleRead(summary: ArticleSummary): void;
  onChangeCategory(summary: ArticleSummary): void;
  onDelete(summary: ArticleSummary): void;
}

/** `2021-12-22T14:06:54+08:00` → `2021-12-22`: the date as written, whatever the viewer's time zone. */
const dayOf = (iso: string | undefined): string => iso?.slice(0, 10) ?? '';

/**
 * One article: the link opens it; the buttons act on it. Only the active row's controls are in the
 * tab order (roving tabindex), so Tab leaves the list instead of walking 10,000 rows.
 */
export function ArticleItem({
  row,
  index,
  tabbable,
  handlers,
}: {
  row: ArticleRow;
  index: number;
  tabbable: boolean;
  handlers: ArticleHandlers;
}) {
  const { summary } = row;
  const tab = tabbable ? 0 : -1;
  const readLabel = t(summary.read ? 'popupMarkUnread' : 'popupMarkRead');
  const meta = [summary.source, dayOf(summary.publishedAt ?? summary.savedAt)].filter(Boolean).join(' · ');
  return (
    <li class="article" data-row={index} data-id={summary.id} data-read={summary.read ? 'true' : 'false'}>
      <a
        class="article-link row-focus"
        data-key={row.key}
        href={readerPath(summary.id)}
        tabIndex={tab}
        onClick={(event) => {
          event.preventDefault();
          handlers.onOpen(summary.id);
        }}
      >
        {!summary.read && <span class="unread-dot" role="img" aria-label={t('popupUnread')} />}
        <span class="article-title">
          <Highlighted text={summary.title} ranges={row.titleRanges} />
        </span>
        <span class="article-meta">
          {row.snippet ? <Highlighted text={row.snippet.text} ranges={row.snippet.ranges} /> : meta}
        </span>
      </a>
      <span class="article-actions">
        <button
          type="button"
          class="action read-toggle"
          tabIndex={tab}
          title={readLabel}
          aria-label={readLabel}
          onClick={() => handlers.onToggleRead(summary)}
        >
          <span aria-hidden="true">{summary.read ? '○' : '✓'}</span>
        </button>
        <button
          type="button"
          class="action change-category"
          tabIndex={tab}
          title={t('popupChangeCategory')}
          aria-label={t('popupChangeCategory')}
          onClick={() => handlers.onChangeCategory(summary)}
        >
          <span aria-hidden="true">⇄</span>
        </button>
        <button
          type="button"
          class="action delete"
          tabIndex={tab}
          title={t('popupDelete')}
          aria-label={t('popupDelete')}
          onClick={() => handlers.onDelete(summary)}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </span>
    </li>
  );
}
