import browser from 'webextension-polyfill';
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { t } from '../src/shared/i18n.ts';
import { onLibraryMessage } from '../src/shared/library-channel.ts';
import { readerPath } from '../src/shared/reader-url.ts';
import { announceLibraryWrite } from '../src/shared/announce-write.ts';
import { addTagsTo } from './add-tags.ts';
import { articleCountText } from './count-text.ts';
import { describeActionError } from './failure-text.ts';
import { HIGHLIGHTS_PATH, highlightPath } from './highlight-path.ts';
import { Library } from './Library.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { SaveTags } from './SaveTags.tsx';
import { FetchLine } from './FetchLine.tsx';
import { SyncLine } from './SyncLine.tsx';
import { useLibrary } from './use-library.ts';
import { useSaveTab } from './use-save-tab.ts';
import { useTagList } from './use-tag-list.ts';

/** The popup: saves the target tab (issue #2 behaviour) and shows the library right away, in parallel. */
export function App() {
  const library = useLibrary();
  const reloadRef = useRef(library.reload);
  reloadRef.current = library.reload;
  const { save, saveAgain } = useSaveTab(() => reloadRef.current());

  // Changes another device made, applied by the sync in the worker: the list shows them at once.
  useEffect(
    () =>
      onLibraryMessage((message) => {
        if (message.type === 'library-changed') void reloadRef.current();
      }),
    [],
  );

  /** Opens an extension page in a tab of its own; the popup has done its job. */
  const openPage = useCallback((path: string): void => {
    void browser.tabs.create({ url: browser.runtime.getURL(path) }).then(() => window.close());
  }, []);
  const open = useCallback(
    (id: string, highlightId?: string): void =>
      openPage(highlightId === undefined ? readerPath(id) : highlightPath(id, highlightId)),
    [openPage],
  );

  const { state } = library;
  const db = state.kind === 'ready' ? state.db : undefined;
  const saveTagList = useTagList(db, 0);
  const savedId = save.kind === 'done' && save.outcome.ok ? save.outcome.value.id : undefined;
  const addSavedTags = async (id: string, tags: string[]): Promise<string | undefined> => {
    try {
      const all = await addTagsTo(await library.whenOpen(), id, tags);
      library.patchLocal(id, { tags: all });
      announceLibraryWrite();
      return undefined;
    } catch (error) {
      return t('popupActionFailed', describeActionError(error));
    }
  };
  const total = state.kind === 'ready' ? (state.partial?.total ?? state.summaries.length) : undefined;
  return (
    <>
      <header class="popup-header">
        <h1>{t('popupHeading')}</h1>
        {total !== undefined && <span class="total">{articleCountText(total)}</span>}
        <a
          class="highlights-link"
          href={HIGHLIGHTS_PATH}
          onClick={(event) => {
            event.preventDefault();
            openPage(HIGHLIGHTS_PATH);
          }}
        >
          {t('popup_views_highlights_page')}
        </a>
      </header>
      <main class="popup">
        <SaveStatus state={save} onOpen={open} {...(saveAgain ? { onSave: saveAgain } : {})}>
          {savedId !== undefined && (
            <SaveTags
              tags={saveTagList.tags}
              onWantTags={saveTagList.want}
              onAdd={(tags) => addSavedTags(savedId, tags)}
            />
          )}
        </SaveStatus>
        {state.kind === 'loading' && (
          <p class="loading" role="status">
            {t('popupLoading')}
          </p>
        )}
        {state.kind === 'error' && (
          <p class="library-error" role="alert">
            {t('popupLibraryError', state.detail)}
          </p>
        )}
        {state.kind === 'ready' && (
          <Library
            db={state.db}
            summaries={state.summaries}
            counts={state.partial}
            library={library}
            onOpen={open}
          />
        )}
        <SyncLine listed={state.kind !== 'loading'} />
        <FetchLine />
      </main>
    </>
  );
}
