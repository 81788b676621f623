/**
 * The windowed library list: only the rows on screen (plus a few) are in the DOM. Arrow keys move a
 * roving focus through headers and articles; the list scrolls before it focuses, so the target is rendered.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../src/shared/i18n.ts';
import { ArticleItem, type ArticleHandlers } from './ArticleItem.tsx';
import { GroupHeader } from './GroupHeader.tsx';
import { listAction, moveTarget } from './list-keys.ts';
import { LIST_RENDERED_MARK } from './list-mark.ts';
import { headerIndexOf, OTHER_GROUP_KEY, segmentsOf, type Row, type Segment } from './rows.ts';
import { useWindow } from './use-window.ts';
import { ROW_HEIGHTS, scrollToReveal } from './windowing.ts';

export interface ListProps extends ArticleHandlers {
  rows: readonly Row[];
  /** Folds or unfolds the group of this header key. */
  onToggleGroup: (key: string) => void;
  onEscape(): void;
  onUndo(): void;
  /** Focus this row (or the first) when `seq` changes: arrow-down from search, after a move or an undo. */
  focusRequest?: { key?: string; seq: number };
  /** Called when the last row is rendered (scrolled into view), to load more rows. */
  onEndReached?(): void;
}

/** The list of a group is named as its header is; search results are the library's. */
const groupLabel = (segment: Segment): string =>
  segment.category ?? (segment.group === OTHER_GROUP_KEY ? t('popup_group_other') : t('popupLibraryLabel'));

export function LibraryList(props: ListProps) {
  const { rows } = props;
  const win = useWindow(rows);
  const [activeKey, setActiveKey] = useState<string | undefined>(rows[0]?.key);
  const lastIndex = useRef(0);
  /** The row to focus once it is rendered (a ref, so an effect of the same commit sees the new target). */
  const pendingFocus = useRef<string | undefined>(undefined);
  // Bumped to force a render (and so the focusing layout effect) even when the active row does not change.
  const [, setFocusTick] = useState(0);
  const indexByKey = useMemo(() => new Map(rows.map((row, i) => [row.key, i])), [rows]);
  const activeIndex = activeKey === undefined ? -1 : (indexByKey.get(activeKey) ?? -1);

  useLayoutEffect(() => {
    performance.mark(LIST_RENDERED_MARK);
  }, []);
  const endRendered = rows.length > 0 && win.end >= rows.length;
  useLayoutEffect(() => {
    if (endRendered) props.onEndReached?.();
  }, [endRendered, rows.length, props.onEndReached !== undefined]);

  /** Makes row `index` active, scrolls it into view and (after render) focuses it. */
  const activate = (index: number, focus = true): void => {
    const row = rows[index];
    if (!row) return;
    setActiveKey(row.key);
    lastIndex.current = index;
    win.scrollTo(
      scrollToReveal(win.offsets, index, win.viewportRef.current?.scrollTop ?? win.scrollTop, win.viewport),
    );
    if (!focus) return;
    pendingFocus.current = row.key;
    setFocusTick((n) => n + 1);
  };

  // The active row vanished (deleted, or its group folded): the row now at its place takes over.
  useLayoutEffect(() => {
    if (activeIndex !== -1 || !rows.length) return;
    const lostFocus = document.activeElement === document.body || document.activeElement === null;
    activate(Math.min(lastIndex.current, rows.length - 1), lostFocus && activeKey !== undefined);
  }, [rows]);

  useLayoutEffect(() => {
    if (!props.focusRequest) return;
    const index = props.focusRequest.key === undefined ? 0 : (indexByKey.get(props.focusRequest.key) ?? 0);
    activate(index);
  }, [props.focusRequest?.seq]);

  useLayoutEffect(() => {
    const key = pendingFocus.current;
    if (key === undefined) return;
    const target = win.viewportRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (!target) return;
    pendingFocus.current = undefined;
    target.focus({ preventScroll: true });
  });

  const onKeyDown = (event: KeyboardEvent): void => {
    const index = Number(
      (event.target as HTMLElement).closest('[data-row]')?.getAttribute('data-row') ?? activeIndex,
    );
    const row = rows[index];
    // Enter and Space on an action button press that button, natively.
    if (
      !(event.target as HTMLElement).classList.contains('row-focus') &&
      (event.key === 'Enter' || event.key === ' ')
    )
      return;
    const action = listAction(event, row);
    if (!action) return;
    event.preventDefault();
    const page = Math.max(1, Math.floor(win.viewport / ROW_HEIGHTS.article));
    switch (action.kind) {
      case 'move':
        return activate(moveTarget(action.to, index, rows.length, page));
      case 'collapse':
      case 'expand':
        return row?.kind === 'group' ? props.onToggleGroup(row.key) : undefined;
      case 'toHeader':
        return activate(headerIndexOf(rows, index));
      case 'toSearch':
        return props.onEscape();
      case 'undo':
        return props.onUndo();
    }
    if (row?.kind !== 'article') return;
    if (action.kind === 'open') props.onOpen(row.summary.id, row.highlight?.id);
    else if (action.kind === 'delete') props.onDelete(row.summary);
    else if (action.kind === 'toggleRead') props.onToggleRead(row.summary);
    else if (action.kind === 'changeCategory') props.onChangeCategory(row.summary);
    else if (action.kind === 'toggleFavourite') props.onToggleFavourite(row.summary);
    else if (action.kind === 'toggleArchive') props.onToggleArchive(row.summary);
    else if (action.kind === 'editTags') props.onEditTags(row.summary);
  };

  const onFocusIn = (event: FocusEvent): void => {
    const index = Number((event.target as HTMLElement).closest('[data-row]')?.getAttribute('data-row'));
    if (Number.isInteger(index) && rows[index] && rows[index].key !== activeKey) {
      setActiveKey(rows[index].key);
      lastIndex.current = index;
    }
  };

  // When the active row is scrolled out of the DOM, the first rendered row keeps the list in the tab order.
  const activeRendered = activeIndex >= win.start && activeIndex < win.end;
  const tabbableKey = activeRendered ? activeKey : rows[win.start]?.key;
  const segments = segmentsOf(rows, win.start, win.end);
  return (
    <div class="list-viewport" ref={win.viewportRef} onScroll={win.onScroll}>
      <div
        class="list-canvas"
        style={{ height: `${win.offsets[rows.length]}px`, paddingTop: `${win.offsets[win.start]}px` }}
        onKeyDown={onKeyDown}
        onFocusIn={onFocusIn}
      >
        {segments.map((segment) => (
          <div
            class="group"
            key={segment.group ?? ''}
            data-category={segment.category}
            data-other={segment.group === OTHER_GROUP_KEY ? 'true' : undefined}
          >
            {segment.header && (
              <GroupHeader
                row={segment.header.row}
                index={segment.header.index}
                tabbable={segment.header.row.key === tabbableKey}
                onToggle={props.onToggleGroup}
              />
            )}
            {segment.items.length > 0 && (
              <ul class="articles" aria-label={groupLabel(segment)}>
                {segment.items.map(({ row, index }) => (
                  <ArticleItem
                    key={row.key}
                    row={row}
                    index={index}
                    tabbable={row.key === tabbableKey}
                    handlers={props}
                  />
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
