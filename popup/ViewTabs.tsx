import { useRef } from 'preact/hooks';
import { t, type MessageKey } from '../src/shared/i18n.ts';
import { VIEWS, type LibraryView } from './views.ts';

const LABELS: Record<LibraryView, MessageKey> = {
  unread: 'popup_views_unread',
  all: 'popup_views_all',
  favourites: 'popup_views_favourites',
  archive: 'popup_views_archive',
};

/** Arrow keys step through the views, wrapping; Home and End go to the first and the last. */
function stepOf(key: string, index: number): number | undefined {
  const last = VIEWS.length - 1;
  if (key === 'ArrowRight') return index === last ? 0 : index + 1;
  if (key === 'ArrowLeft') return index === 0 ? last : index - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  return undefined;
}

/**
 * The views as tabs over the library list: one tab stop, arrows move and select at once (the list
 * filters in memory, so following the focus costs nothing).
 */
export function ViewTabs({
  view,
  panelId,
  onChange,
}: {
  view: LibraryView;
  /** The id of the list the tabs control. */
  panelId: string;
  onChange: (view: LibraryView) => void;
}) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent): void => {
    const next = stepOf(event.key, VIEWS.indexOf(view));
    if (next === undefined) return;
    event.preventDefault();
    const target = VIEWS[next]!;
    onChange(target);
    list.current?.querySelector<HTMLElement>(`[data-view="${target}"]`)?.focus();
  };
  return (
    <div
      class="view-tabs"
      role="tablist"
      aria-label={t('popup_views_label')}
      ref={list}
      onKeyDown={onKeyDown}
    >
      {VIEWS.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          id={`view-tab-${name}`}
          class="view-tab"
          data-view={name}
          aria-selected={name === view}
          aria-controls={panelId}
          tabIndex={name === view ? 0 : -1}
          onClick={() => onChange(name)}
        >
          {t(LABELS[name])}
        </button>
      ))}
    </div>
  );
}
