import { useState } from 'preact/hooks';
import { sanitizeHtml } from '../../src/extract/sanitize.ts';
import { exportLibraryJson, importLibraryJson, readAllArticles } from '../../src/export/library-io.ts';
import { libraryToMarkdownZip } from '../../src/export/markdown-zip.ts';
import { t, type MessageKey } from '../../src/shared/i18n.ts';
import { postLibraryMessage } from '../../src/shared/library-channel.ts';
import { describeReason } from '../../src/shared/reason.ts';
import { sharedLibrary } from '../../src/store/index.ts';
import { forgetCachedScreen, pageStorage } from '../../src/shared/cached-screen-storage.ts';
import { datedName, download } from '../download.ts';

type Status = { kind: 'ok' | 'error'; key: MessageKey; subs?: string[] } | undefined;

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
      return { kind: 'ok', key: 'optionsExportDone', subs: [String(count)] };
    }, 'optionsExportFailed');

  const exportMarkdown = () =>
    run(async () => {
      const articles = await readAllArticles(await sharedLibrary());
      download(
        libraryToMarkdownZip(articles, new Date()) as BlobPart,
        'application/zip',
        datedName('jianbao-posts', 'zip'),
      );
      return { kind: 'ok', key: 'optionsExportDone', subs: [String(articles.length)] };
    }, 'optionsExportFailed');

  const importFile = (input: HTMLInputElement) =>
    run(async () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return undefined;
      const result = await importLibraryJson(await sharedLibrary(), await file.text(), (html, url) =>
        sanitizeHtml(html, window, url),
      );
      // The popup's next open draws the imported library, not the one before.
      forgetCachedScreen(pageStorage());
      postLibraryMessage({ type: 'library-written' });
      if (result.ok) {
        const { add, replace, keep } = result.counts;
        return { kind: 'ok', key: 'optionsImportDone', subs: [String(add), String(replace), String(keep)] };
      }
      if ('problem' in result) {
        return { kind: 'error', key: 'optionsImportRejected', subs: [describeReason(result.problem)] };
      }
      return { kind: 'error', key: 'optionsImportWriteFailed', subs: [detailOf(result.writeError)] };
    }, 'optionsImportWriteFailed');

  return (
    <section class="card export-import">
      <h2>{t('optionsExportHeading')}</h2>
      <div class="row">
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
      <div class="row">
        <label class="file">
          <span class="label">{t('optionsImport')}</span>
          <input
            type="file"
            name="import"
            accept="application/json,.json"
            disabled={busy}
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
      </div>
      <p class="status" data-kind={status?.kind} role="status">
        {status ? t(status.key, status.subs) : ''}
      </p>
    </section>
  );
}
