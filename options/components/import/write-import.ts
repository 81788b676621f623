/**
 * The second step of an import, once the person confirmed it: all or nothing into the library, then the
 * follow-up work a save has (offline images in the worker, the popup's next open drawing the new list).
 */
import { importLibraryJson } from '../../../src/export/library-io.ts';
import { sanitizeHtml } from '../../../src/extract/sanitize.ts';
import { bodyFromHtml } from '../../../src/import/article-body.ts';
import { toRecords } from '../../../src/import/to-records.ts';
import { forgetCachedScreen, pageStorage } from '../../../src/shared/cached-screen-storage.ts';
import { counted } from '../../../src/shared/counted.ts';
import { t } from '../../../src/shared/i18n.ts';
import { announceLibraryWrite } from '../../../src/shared/announce-write.ts';
import { describeReason } from '../../../src/shared/reason.ts';
import { sendToBackground } from '../../../src/shared/runtime.ts';
import { importItems, sharedLibrary } from '../../../src/store/index.ts';
import { formatName } from './import-words.ts';
import type { Chosen } from './read-chosen-file.ts';

export interface Written {
  kind: 'ok' | 'error';
  message: string;
}

const detailOf = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** Tells the popup and the worker the library changed: the popup's remembered screen is stale now. */
function announceWrite(): void {
  forgetCachedScreen(pageStorage());
  announceLibraryWrite();
}

async function writeJianbao(text: string): Promise<Written> {
  const result = await importLibraryJson(await sharedLibrary(), text, (html, url) =>
    sanitizeHtml(html, window, url),
  );
  announceWrite();
  if (result.ok) {
    const { add, replace, keep } = result.counts;
    return { kind: 'ok', message: t('optionsImportDone', [String(add), String(replace), String(keep)]) };
  }
  if ('problem' in result)
    return { kind: 'error', message: t('optionsImportRejected', describeReason(result.problem)) };
  return { kind: 'error', message: t('optionsImportWriteFailed', detailOf(result.writeError)) };
}

async function writeItems(chosen: Extract<Chosen, { kind: 'items' }>): Promise<Written> {
  const records = toRecords(chosen.items, {
    format: chosen.format,
    bodyOf: bodyFromHtml(window),
    now: new Date(),
  });
  let written;
  try {
    written = await importItems(await sharedLibrary(), records);
  } catch (error) {
    return { kind: 'error', message: t('optionsImportWriteFailed', detailOf(error)) };
  }
  announceWrite();
  const withBody = written.written.filter((a) => !a.fetch).map((a) => a.id);
  // The worker fetches the images; a worker that cannot be reached leaves the original image URLs.
  if (withBody.length) void sendToBackground('importImages', { ids: withBody });
  const { added, merged, unchanged, pending } = written.counts;
  const done = t('import_done', [
    counted('items', chosen.items.length),
    formatName(chosen.format),
    String(added),
    String(merged),
    String(unchanged),
  ]);
  // Links whose pages the queue still fetches: said only when there are some.
  const message = pending ? `${done} ${t('import_done_pending', counted('links', pending))}` : done;
  return { kind: 'ok', message };
}

/** Writes what the person confirmed; never throws (a failure is a message, and nothing is written). */
export async function writeChosen(chosen: Exclude<Chosen, { kind: 'refused' }>): Promise<Written> {
  try {
    return chosen.kind === 'jianbao' ? await writeJianbao(chosen.text) : await writeItems(chosen);
  } catch (error) {
    return { kind: 'error', message: t('optionsImportWriteFailed', detailOf(error)) };
  }
}
