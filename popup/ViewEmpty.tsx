import { t, type MessageKey } from '../src/shared/i18n.ts';
import type { LibraryView } from './views.ts';

const EMPTY: Record<LibraryView, MessageKey> = {
  unread: 'popup_views_empty_unread',
  all: 'popup_views_empty_all',
  favourites: 'popup_views_empty_favourites',
  archive: 'popup_views_empty_archive',
};

/** Why a view of a library that has articles shows none: the view, or the tag filter, holds nothing. */
export function ViewEmpty({ view, tag }: { view: LibraryView; tag: string | undefined }) {
  return <p class="empty">{tag === undefined ? t(EMPTY[view]) : t('popup_tags_filter_empty', tag)}</p>;
}
