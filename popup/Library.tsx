/** Views, tag filter and search box over the category groups or the search results; the article actions. */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../src/shared/i18n.ts';
import { updateArticle, type ArticleSummary, type LibraryDb } from '../src/store/index.ts';
import type { CategoryCounts } from './category-counts.ts';
import { CategoryEditor } from './CategoryEditor.tsx';
import { describeActionError } from './failure-text.ts';
import { LibraryList } from './LibraryList.tsx';
import { LIST_FROM_STORE_MARK } from './list-mark.ts';
import { articleKey, groupKey, OTHER_GROUP_KEY } from './rows.ts';
import { SearchBox } from './SearchBox.tsx';
import { TagEditor } from './TagEditor.tsx';
import { TagFilter } from './TagFilter.tsx';
import { UndoBar } from './UndoBar.tsx';
import { useArticleActions } from './use-article-actions.ts';
import type { Library as LibraryHandle } from './use-library.ts';
import { SEARCH_UI, useSearch } from './use-search.ts';
import { useTagList } from './use-tag-list.ts';
import { useViewRows } from './use-view-rows.ts';
import { ViewEmpty } from './ViewEmpty.tsx';
import { DEFAULT_VIEW, searchScope, tagFilterOf, type LibraryView } from './views.ts';
import { ViewTabs } from './ViewTabs.tsx';

interface Props {
  /** Undefined while the list is the copy kept by the last open (IndexedDB not open yet). */
  db?: LibraryDb;
  summaries: ArticleSummary[];
  /** Every category's article count while `summaries` holds only the newest few. */
  counts?: CategoryCounts;
  library: LibraryHandle;
  onOpen: (id: string) => void;
}

const LIST_ID = 'library-list';

export function Library({ db, summaries, counts, library, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const [view, setView] = useState<LibraryView>(DEFAULT_VIEW);
  const [tagText, setTagText] = useState('');
  const tag = tagFilterOf(tagText);
  const [revision, setRevision] = useState(0);
  /** Keys of the folded groups (rows.ts). */
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<ArticleSummary | undefined>();
  const [tagging, setTagging] = useState<string | undefined>();
  const [focusRequest, setFocusRequest] = useState<{ key?: string; seq: number } | undefined>();
  const searchRef = useRef<HTMLInputElement>(null);
  const [searchLimit, setSearchLimit] = useState<number>(SEARCH_UI.limit);
  const scope = searchScope(view, tag);
  const search = useSearch(db, query, revision, searchLimit, scope);
  const tagList = useTagList(db, revision);
  const actions = useArticleActions(db, library, () => setRevision((r) => r + 1));
  /** Hits fill the limit: there may be more, asked for when the list is scrolled to its end. */
  const mayHaveMore = search.kind === 'done' && search.hits.length >= searchLimit;
  const onQuery = (value: string): void => {
    setQuery(value);
    setSearchLimit(SEARCH_UI.limit);
  };
  const onView = (next: LibraryView): void => {
    setView(next);
    setSearchLimit(SEARCH_UI.limit);
  };

  // Only while the category editor is open: the first 'zh' comparison loads ICU's Chinese collation
  // (16–24 ms in a fresh Chromium page), which the first screen does not need.
  const categories = useMemo(
    () =>
      editing
        ? (counts ? [...counts.all.keys()] : [...new Set(summaries.map((s) => s.category))]).sort((a, b) =>
            a.localeCompare(b, 'zh'),
          )
        : [],
    [editing !== undefined, summaries, counts],
  );
  const searching = query.trim() !== '';
  const { visible, rows } = useViewRows({ summaries, counts, view, tag, collapsed, searching, search });
  useLayoutEffect(() => {
    if (db) performance.mark(LIST_FROM_STORE_MARK);
  }, [db !== undefined]);
  const focusRow = (key?: string): void => setFocusRequest((prev) => ({ key, seq: (prev?.seq ?? 0) + 1 }));
  const tagged = tagging === undefined ? undefined : summaries.find((s) => s.id === tagging);

  const handlers = {
    onOpen,
    onToggleRead: actions.toggleRead,
    onToggleFavourite: actions.toggleFavourite,
    onToggleArchive: actions.toggleArchive,
    onDelete: actions.remove,
    onChangeCategory: (s: ArticleSummary) => setEditing(s),
    onEditTags: (s: ArticleSummary) => {
      tagList.want();
      setTagging(s.id);
    },
  };
  const undo = (): void => actions.undo((id) => focusRow(articleKey(id)));
  const move = (s: ArticleSummary, category: string): void => {
    void actions.act(async () => {
      if (category !== s.category) await updateArticle(await actions.store(), s.id, { category });
      library.patchLocal(s.id, { category });
      // The article lands in its category's group or, alone there, in the gathered one: both unfold.
      setCollapsed(
        (prev) => new Set([...prev].filter((k) => k !== groupKey(category) && k !== OTHER_GROUP_KEY)),
      );
      setEditing(undefined);
      focusRow(articleKey(s.id));
    });
  };
  const closeTags = (): void => {
    if (tagging !== undefined) focusRow(articleKey(tagging));
    setTagging(undefined);
  };
  const toggleGroup = (key: string): void =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <>
      <div class="filters">
        <ViewTabs view={view} panelId={LIST_ID} onChange={onView} />
        <TagFilter value={tagText} tags={tagList.tags} onInput={setTagText} onWantTags={tagList.want} />
      </div>
      <SearchBox
        inputRef={searchRef}
        value={query}
        onInput={onQuery}
        onArrowDown={() => focusRow()}
        results={
          searching && search.kind === 'done'
            ? { query: search.query, count: rows.length, more: mayHaveMore }
            : undefined
        }
      />
      {actions.failure && (
        <p class="action-error" role="alert">
          {actions.failure}
        </p>
      )}
      {search.kind === 'failed' && (
        <p class="action-error" role="alert">
          {t('popupActionFailed', describeActionError(search.error))}
        </p>
      )}
      {actions.deleted && (
        <UndoBar
          title={actions.deleted.title}
          lang={actions.deleted.lang}
          onUndo={undo}
          onDismiss={actions.dismissDeleted}
        />
      )}
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
      {tagged && (
        <TagEditor
          key={tagged.id}
          summary={tagged}
          tags={tagList.tags}
          onWantTags={tagList.want}
          onChange={(tags) => actions.setTags(tagged, tags)}
          onClose={closeTags}
        />
      )}
      {/* Busy while the list is the kept copy or only the newest few (the whole list is being read). */}
      <section
        class="library"
        id={LIST_ID}
        role="tabpanel"
        aria-labelledby={`view-tab-${view}`}
        aria-busy={counts !== undefined || !db ? 'true' : 'false'}
      >
        {!searching && summaries.length === 0 && <p class="empty">{t('popupEmpty')}</p>}
        {!searching && summaries.length > 0 && visible.length === 0 && <ViewEmpty view={view} tag={tag} />}
        {searching && search.kind === 'done' && rows.length === 0 && (
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
