import { useState } from 'preact/hooks';
import { exportLibraryJson, readAllArticles } from '../../src/export/library-io.ts';
import { libraryToMarkdownZip } from '../../src/export/markdown-zip.ts';
import { counted } from '../../src/shared/counted.ts';
import { t, type MessageKey } from '../../src/shared/i18n.ts';
import { sharedLibrary } from '../../src/store/index.ts';
import { datedName, download } from '../download.ts';
import { ImportControl, type ImportStatus } from './import/ImportControl.tsx';

type Status = { kind: 'ok' | 'error'; key: MessageKey; subs?: string[] } | ImportStatus | undefined;

const detailOf = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

export function ExportImport() {
  const [images, setImages] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>();

  const run = async (job: () => Promise<Status>, failKey: MessageKey): Promise<void> => {
    setBusy(true);
    try {
      setStatus(await job());
    } catch (error) {
      setStatus({ kind: 'error', key: failKey, subs: [detailOf(error)] });
    } finally {
      setBusy(false);
    }
  };

  const exportJson = () =>
    run(async () => {
      const { text, count } = await exportLibraryJson(await sharedLibrary(), { images });
      download(text, 'application/json', datedName('jianbao-library', 'json'));
      return { kind: 'ok', key: 'optionsExportDone', subs: [counted('articles', count)] };
    }, 'optionsExportFailed');

  const exportMarkdown = () =>
    run(async () => {
      const articles = await readAllArticles(await sharedLibrary());
      download(
        libraryToMarkdownZip(articles, new Date()) as BlobPart,
        'application/zip',
        datedName('jianbao-posts', 'zip'),
      );
      return { kind: 'ok', key: 'optionsExportDone', subs: [counted('articles', articles.length)] };
    }, 'optionsExportFailed');

  return (
    <section class="card export-import">
      <h2>{t('optionsExportHeading')}</h2>
      {/* The checkbox changes what this one button writes, so it sits right beside it. */}
      <div class="row export-json-row">
        <button type="button" class="export-json" disabled={busy} onClick={() => void exportJson()}>
          {t('optionsExportJson')}
        </button>
        <label class="choice">
          <input
            type="checkbox"
            name="images"
            checked={images}
            onChange={(e) => setImages(e.currentTarget.checked)}
          />
          {t('optionsExportImages')}
        </label>
      </div>
      <div class="row">
        <button type="button" class="export-markdown" disabled={busy} onClick={() => void exportMarkdown()}>
          {t('optionsExportMarkdown')}
        </button>
      </div>
      <ImportControl busy={busy} setBusy={setBusy} onStatus={setStatus} />
      <p class="status" data-kind={status?.kind} role="status">
        {!status ? '' : 'message' in status ? status.message : t(status.key, status.subs)}
      </p>
    </section>
  );
}
