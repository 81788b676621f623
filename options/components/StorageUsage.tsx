import { useEffect, useState } from 'preact/hooks';
import { counted } from '../../src/shared/counted.ts';
import { t } from '../../src/shared/i18n.ts';
import { announceLibraryWrite } from '../../src/shared/announce-write.ts';
import { countArticles, deleteAll, sharedLibrary } from '../../src/store/index.ts';
import { forgetCachedScreen, pageStorage } from '../../src/shared/cached-screen-storage.ts';
import { formatBytes } from '../format-bytes.ts';

interface Usage {
  count: number;
  estimate?: StorageEstimate;
}

/** How much the library takes, and "delete everything" behind a second, explicit confirmation. */
export function StorageUsage() {
  const [usage, setUsage] = useState<Usage>();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');

  const refresh = async (): Promise<void> => {
    const count = await countArticles(await sharedLibrary());
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    setUsage({ count, estimate });
  };
  useEffect(() => {
    void refresh();
  }, []);

  const deleteEverything = async (): Promise<void> => {
    setConfirming(false);
    try {
      // First: the popup's kept first screen holds titles, and "delete everything" must not leave them.
      forgetCachedScreen(pageStorage());
      await deleteAll(await sharedLibrary());
      announceLibraryWrite();
      setMessage(t('optionsDeleted'));
    } catch (error) {
      setMessage(t('optionsDeleteFailed', String(error)));
    }
    await refresh();
  };

  const estimate = usage?.estimate;
  return (
    <section class="card storage">
      <h2>{t('optionsStorageHeading')}</h2>
      {usage && (
        <p class="article-count" data-count={usage.count}>
          {t('optionsArticleCount', counted('articles', usage.count))}
        </p>
      )}
      {usage && (
        <p class="usage">
          {estimate?.usage !== undefined && estimate.quota !== undefined
            ? t('optionsStorageUsage', [formatBytes(estimate.usage), formatBytes(estimate.quota)])
            : t('optionsStorageUnknown')}
        </p>
      )}
      {!confirming && (
        <button type="button" class="danger delete-all" disabled={!usage} onClick={() => setConfirming(true)}>
          {t('optionsDeleteAll')}
        </button>
      )}
      {confirming && usage && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{t('optionsDeleteAllConfirm', counted('articles', usage.count))}</p>
          <button type="button" class="danger confirm-delete" onClick={() => void deleteEverything()}>
            {t('optionsDeleteAllYes')}
          </button>
          <button type="button" class="cancel" autoFocus onClick={() => setConfirming(false)}>
            {t('optionsCancel')}
          </button>
        </div>
      )}
      <p class="status" role="status">
        {message}
      </p>
    </section>
  );
}
