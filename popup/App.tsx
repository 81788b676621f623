import browser from 'webextension-polyfill';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../src/shared/i18n.ts';
import { onLibraryMessage } from '../src/shared/library-channel.ts';
import { readerPath } from '../src/shared/reader-url.ts';
import { sendToBackground } from '../src/shared/runtime.ts';
import { Library } from './Library.tsx';
import { SaveStatus, type SaveState } from './SaveStatus.tsx';
import { SyncLine } from './SyncLine.tsx';
import { getTargetTabId } from './target-tab.ts';
import { useLibrary } from './use-library.ts';

/** The popup: saves the target tab (issue #2 behaviour) and shows the library right away, in parallel. */
export function App() {
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const library = useLibrary();
  const reloadRef = useRef(library.reload);
  reloadRef.current = library.reload;

  useEffect(() => {
    void (async () => {
      const tabId = await getTargetTabId();
      if (tabId === undefined) return;
      setSave({ kind: 'saving' });
      const outcome = await sendToBackground('saveTab', { tabId });
      setSave({ kind: 'done', outcome });
      if (outcome.ok) await reloadRef.current();
    })();
  }, []);

  // Changes another device made, applied by the sync in the worker: the list shows them at once.
  useEffect(
    () =>
      onLibraryMessage((message) => {
        if (message.type === 'library-changed') void reloadRef.current();
      }),
    [],
  );

  const open = useCallback((id: string): void => {
    void browser.tabs.create({ url: browser.runtime.getURL(readerPath(id)) }).then(() => window.close());
  }, []);

  const { state } = library;
  const total = state.kind === 'ready' ? (state.partial?.total ?? state.summaries.length) : undefined;
  return (
    <>
      <header class="popup-header">
        <h1>{t('popupHeading')}</h1>
        {total !== undefined && <span class="total">{t('popupArticleCount', String(total))}</span>}
      </header>
      <main class="popup">
        <SaveStatus state={save} onOpen={open} />
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
            counts={state.partial?.counts}
            library={library}
            onOpen={open}
          />
        )}
        <SyncLine />
      </main>
    </>
  );
}
