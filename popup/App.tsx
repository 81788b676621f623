import browser from 'webextension-polyfill';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../src/shared/i18n.ts';
import { readerPath } from '../src/shared/reader-url.ts';
import { sendToBackground } from '../src/shared/runtime.ts';
import { listSummaries, openLibrary, type ArticleSummary } from '../src/store/index.ts';
import { ArticleList } from './ArticleList.tsx';
import { groupByCategory } from './group-by-category.ts';
import { SaveStatus, type SaveState } from './SaveStatus.tsx';
import { getTargetTabId } from './target-tab.ts';

export function App() {
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [summaries, setSummaries] = useState<ArticleSummary[] | undefined>();

  const reload = useCallback(async () => {
    setSummaries(await listSummaries(await openLibrary()));
  }, []);

  useEffect(() => {
    void (async () => {
      const listed = reload();
      const tabId = await getTargetTabId();
      if (tabId === undefined) return;
      setSave({ kind: 'saving' });
      const outcome = await sendToBackground('saveTab', { tabId });
      setSave({ kind: 'done', outcome });
      await listed;
      if (outcome.ok) await reload();
    })();
  }, [reload]);

  const open = (id: string): void => {
    void browser.tabs.create({ url: browser.runtime.getURL(readerPath(id)) }).then(() => window.close());
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popupHeading')}</h1>
        {summaries && <span class="total">{t('popupArticleCount', String(summaries.length))}</span>}
      </header>
      <SaveStatus state={save} onOpen={open} />
      {summaries && <ArticleList groups={groupByCategory(summaries)} onOpen={open} />}
    </main>
  );
}
