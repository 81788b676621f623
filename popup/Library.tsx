/** Search box, category groups or search results, and the article actions (delete/undo, move, read). */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../src/shared/i18n.ts';
import { postLibraryMessage } from '../src/shared/library-channel.ts';
import {
  deleteArticle,
  restoreArticle,
  updateArticle,
  type ArticleSnapshot,
  type ArticleSummary,
  type LibraryDb,
} from '../src/store/index.ts';
import { CategoryEditor } from './CategoryEditor.tsx';
import { describeActionError } from './failure-text.ts';
import { groupByCategory } from './group-by-category.ts';
import { LibraryList } from './LibraryList.tsx';
import { LIST_FROM_STORE_MARK } from './list-mark.ts';
import { articleKey, rowsFromGroups, rowsFromHits } from './rows.ts';
import { SearchBox } from './SearchBox.tsx';
import { UndoBar } from './UndoBar.tsx';
import type { Library as LibraryHandle } from './use-library.ts';
import { SEARCH_UI, useSearch } from './use-search.ts';

interface Props {
  /** Undefined while the list is the copy kept by the last open (IndexedDB not open yet). */
  db?: LibraryDb;
  summaries: ArticleSummary[];
  /** Every category's article count while `summaries` holds only the newest few. */
  counts?: ReadonlyMap<string, number>;
  library: LibraryHandle;
  onOpen: (id: string) => void;
}

export function Library({ db, summaries, counts, library, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const [revision, setRevision] = useState(0);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [deleted, setDeleted] = useState<ArticleSnapshot | undefined>();
  const [editing, setEditing] = useState<ArticleSummary | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [focusRequest, setFocusRequest] = useState<{ key?: string; seq: number } | undefined>();
  const searchRef = useRef<HTMLInputElement>(null);
  const [searchLimit, setSearchLimit] = useState<number>(SEARCH_UI.limit);
  const search = useSearch(db, query, revision, searchLimit);
  /** Hits fill the limit: there may be more, asked for when the list is scrolled to its end. */
  const mayHaveMore = search.kind === 'done' && search.hits.length >= searchLimit;
  const onQuery = (value: string): void => {
    setQuery(value);
    setSearchLimit(SEARCH_UI.limit);
  };

  const groups = useMemo(() => groupByCategory(summaries), [summaries]);
  // Only while the category editor is open: the first 'zh' comparison loads ICU's Chinese collation
  // (16–24 ms in a fresh Chromium page), which the first screen does not need.
  const categories = useMemo(
    () =>
      editing
        ? (counts ? [...counts.keys()] : groups.map((g) => g.category)).sort((a, b) =>
            a.localeCompare(b, 'zh'),
          )
        : [],
    [editing !== undefined, groups, counts],
  );
  const searching = query.trim() !== '';
  const rows = useMemo(
    () =>
      searching
        ? search.kind === 'done'
          ? rowsFromHits(search.hits)
          : []
        : rowsFromGroups(groups, collapsed, counts),
    [searching, search, groups, collapsed, counts],
  );
  useLayoutEffect(() => {
    if (db) performance.mark(LIST_FROM_STORE_MARK);
  }, [db !== undefined]);
  /** The library for an action: one taken on the kept copy waits the few milliseconds until it is open. */
  const store = (): Promise<LibraryDb> => (db ? Promise.resolve(db) : library.whenOpen());
  const focusRow = (key?: string): void => setFocusRequest((prev) => ({ key, seq: (prev?.seq ?? 0) + 1 }));

  /** Runs a store action; on failure says why and changes nothing on screen. */
  const act = async (work: () => Promise<void>): Promise<void> => {
    setFailure(undefined);
    try {
      await work();
      setRevision((r) => r + 1);
      // Sync (when on) pushes the change within seconds instead of at its next periodic run.
      postLibraryMessage({ type: 'library-written' });
    } catch (error) {
      setFailure(t('popupActionFailed', describeActionError(error)));
    }
  };

  const handlers = {
    onOpen,
    onToggleRead: (s: ArticleSummary) =>
      act(async () => {
        await updateArticle(await store(), s.id, { read: !s.read });
        library.patchLocal(s.id, { read: !s.read });
      }),
    onDelete: (s: ArticleSummary) =>
      act(async () => {
        const snapshot = await deleteArticle(await store(), s.id);
        library.removeLocal(s.id);
        if (snapshot) setDeleted(snapshot);
      }),
    onChangeCategory: (s: ArticleSummary) => setEditing(s),
  };
  const undo = (): void => {
    const snapshot = deleted;
    if (!snapshot) return;
    void act(async () => {
      await restoreArticle(await store(), snapshot);
      setDeleted(undefined);
      await library.reload();
      focusRow(articleKey(snapshot.id));
    });
  };
  const move = (s: ArticleSummary, category: string): void => {
    void act(async () => {
      if (category !== s.category) await updateArticle(await store(), s.id, { category });
      library.patchLocal(s.id, { category });
      setCollapsed((prev) => new Set([...prev].filter((c) => c !== category)));
      setEditing(undefined);
      focusRow(articleKey(s.id));
    });
  };
  const toggleGroup = (category: string): void =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (!next.delete(category)) next.add(category);
      return next;
    });

  return (
    <>
      <SearchBox
        inputRef={searchRef}
        value={query}
        onInput={onQuery}
        onArrowDown={() => focusRow()}
        results={
          searching && search.kind === 'done'
            ? { query: search.query, count: search.hits.length, more: mayHaveMore }
            : undefined
        }
      />
      {failure && (
        <p class="action-error" role="alert">
          {failure}
        </p>
      )}
      {search.kind === 'failed' && (
        <p class="action-error" role="alert">
          {t('popupActionFailed', describeActionError(search.error))}
        </p>
      )}
      {deleted && <UndoBar title={deleted.title} onUndo={undo} onDismiss={() => setDeleted(undefined)} />}
      {editing && (
        <CategoryEditor
          key={editing.id}
          title={editing.title}
          current={editing.category}
          categories={categories}
          onMove={(category) => move(editing, category)}
          onCancel={() => {
            setEditing(undefined);
            focusRow(articleKey(editing.id));
          }}
        />
      )}
      {/* Busy while the list is the kept copy or only the newest few (the whole list is being read). */}
      <section
        class="library"
        aria-label={t('popupLibraryLabel')}
        aria-busy={counts !== undefined || !db ? 'true' : 'false'}
      >
        {!searching && summaries.length === 0 && <p class="empty">{t('popupEmpty')}</p>}
        {searching && search.kind === 'done' && search.hits.length === 0 && (
          <p class="empty">{t('popupNoResults', search.query)}</p>
        )}
        {rows.length > 0 && (
          <LibraryList
            rows={rows}
            {...handlers}
            onToggleGroup={toggleGroup}
            onEscape={() => searchRef.current?.focus()}
            onUndo={undo}
            focusRequest={focusRequest}
            onEndReached={
              searching && mayHaveMore ? () => setSearchLimit((n) => n + SEARCH_UI.limit) : undefined
            }
          />
        )}
      </section>
      <p class="keyboard-hint">{t('popupKeyboardHint')}</p>
    </>
  );
}
