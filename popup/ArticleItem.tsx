import { t } from '../src/shared/i18n.ts';
import { readerPath } from '../src/shared/reader-url.ts';
import type { ArticleSummary } from '../src/store/index.ts';
import { articleLang } from './article-lang.ts';
import { ArticleMeta } from './ArticleMeta.tsx';
import { Highlighted } from './Highlighted.tsx';
import { highlightPath } from './highlight-path.ts';
import type { ArticleRow } from './rows.ts';

export interface ArticleHandlers {
  /** Opens the article in the reader, at `highlightId` when a search matched that highlight. */
  onOpen(id: string, highlightId?: string): void;
  onToggleRead(summary: ArticleSummary): void;
  onToggleFavourite(summary: ArticleSummary): void;
  onToggleArchive(summary: ArticleSummary): void;
  onEditTags(summary: ArticleSummary): void;
  onChangeCategory(summary: ArticleSummary): void;
  onDelete(summary: ArticleSummary): void;
}

/**
 * One button of a row: a glyph over a short word, which is its accessible name, so speech input finds
 * it by what it shows. The full words and the key that does the same on the focused row (list-keys.ts)
 * are its tooltip (and description), as the keyboard-hint line has room for the keys alone; a toggle
 * says it is on.
 */
function RowAction({
  name,
  label,
  short,
  glyph,
  shortcut,
  pressed,
  tab,
  onClick,
}: {
  name: string;
  label: string;
  short: string;
  glyph: string;
  shortcut: string;
  pressed?: boolean;
  tab: number;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      class={`action ${name}`}
      tabIndex={tab}
      title={t('popup_row_shortcut', [label, shortcut])}
      aria-pressed={pressed}
      onClick={onClick}
    >
      <span class="action-glyph" aria-hidden="true">
        {glyph}
      </span>
      <span class="action-label">{short}</span>
    </button>
  );
}

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
  return (
    <li
      class="article"
      data-row={index}
      data-id={summary.id}
      data-category={summary.category}
      data-read={summary.read ? 'true' : 'false'}
      data-favourite={summary.favourite ? 'true' : undefined}
      data-archived={summary.archived ? 'true' : undefined}
      data-fetch={summary.fetch}
    >
      <a
        class="article-link row-focus"
        data-key={row.key}
        href={row.highlight ? highlightPath(summary.id, row.highlight.id) : readerPath(summary.id)}
        tabIndex={tab}
        onClick={(event) => {
          event.preventDefault();
          handlers.onOpen(summary.id, row.highlight?.id);
        }}
      >
        {!summary.read && <span class="unread-dot" role="img" aria-label={t('popupUnread')} />}
        <span class="article-title" lang={articleLang(summary.lang, summary.title)}>
          <Highlighted text={summary.title} ranges={row.titleRanges} />
        </span>
        <ArticleMeta row={row} />
      </a>
      <span class="article-actions">
        <RowAction
          name="favourite-toggle"
          short={t('popup_row_favourite')}
          label={t(summary.favourite ? 'popup_views_unfavourite' : 'popup_views_favourite')}
          glyph={summary.favourite ? '★' : '☆'}
          shortcut="F"
          pressed={summary.favourite === true}
          tab={tab}
          onClick={() => handlers.onToggleFavourite(summary)}
        />
        <RowAction
          name="read-toggle"
          short={t(summary.read ? 'popup_row_unread' : 'popup_row_read')}
          label={t(summary.read ? 'popupMarkUnread' : 'popupMarkRead')}
          glyph={summary.read ? '○' : '✓'}
          shortcut="R"
          tab={tab}
          onClick={() => handlers.onToggleRead(summary)}
        />
        <RowAction
          name="edit-tags"
          short={t('popup_tags_edit')}
          label={t('popup_tags_edit')}
          glyph="#"
          shortcut="T"
          tab={tab}
          onClick={() => handlers.onEditTags(summary)}
        />
        <RowAction
          name="change-category"
          short={t('popup_row_category')}
          label={t('popupChangeCategory')}
          glyph="⇄"
          shortcut="C"
          tab={tab}
          onClick={() => handlers.onChangeCategory(summary)}
        />
        <RowAction
          name="archive-toggle"
          short={t('popup_row_archive')}
          label={t(summary.archived ? 'popup_views_unarchive' : 'popup_views_archive_action')}
          glyph={summary.archived ? '⇧' : '⇩'}
          shortcut="A"
          pressed={summary.archived === true}
          tab={tab}
          onClick={() => handlers.onToggleArchive(summary)}
        />
        <RowAction
          name="delete"
          short={t('popupDelete')}
          label={t('popupDelete')}
          glyph="✕"
          shortcut="Del"
          tab={tab}
          onClick={() => handlers.onDelete(summary)}
        />
      </span>
    </li>
  );
}
