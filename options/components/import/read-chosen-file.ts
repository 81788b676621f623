/**
 * The first step of an import: read the chosen file and say what it is, writing nothing. The format is
 * recognised by content (src/import/detect.ts); a file over 200 MB is refused from its size alone.
 */
import { parseLibraryJson } from '../../../src/export/library-json.ts';
import { checkImportSize } from '../../../src/import/detect.ts';
import { readImportFile } from '../../../src/import/read-import.ts';
import type { ImportedItem, ImportFormat } from '../../../src/import/types.ts';
import { t } from '../../../src/shared/i18n.ts';
import { describeReason } from '../../../src/shared/reason.ts';
import { refusalOf } from './import-words.ts';

export type ServiceFormat = Exclude<ImportFormat, 'jianbao'>;

export type Chosen =
  | { kind: 'items'; format: ServiceFormat; items: ImportedItem[] }
  /** Jianbao's own file, checked whole; `text` goes to importLibraryJson when confirmed. */
  | { kind: 'jianbao'; format: 'jianbao'; text: string; count: number }
  | { kind: 'refused'; message: string };

const refused = (message: string): Chosen => ({ kind: 'refused', message });

/**
 * Jianbao's Markdown export (a ZIP of `_posts/`, or one post) is refused with its own words, which name
 * the JSON file to import instead; parseLibraryJson knows it before anything else.
 */
function markdownExportRefusal(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
  const parsed = parseLibraryJson(head);
  return !parsed.ok && parsed.problem.key === 'importMarkdownExport'
    ? t('optionsImportRejected', describeReason(parsed.problem))
    : undefined;
}

export async function readChosenFile(file: File): Promise<Chosen> {
  const tooLarge = checkImportSize(file.size);
  if (tooLarge) return refused(refusalOf(tooLarge));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return refused(t('import_rejected', t('import_unreadable', String(error))));
  }
  const result = readImportFile(bytes, file.size);
  if ('error' in result) {
    const { code } = result.error;
    const markdown =
      code === 'not-an-export' || code === 'unknown-format' ? markdownExportRefusal(bytes) : undefined;
    return refused(markdown ?? refusalOf(result.error));
  }
  if (result.format === 'jianbao') {
    const parsed = parseLibraryJson(result.text);
    if (!parsed.ok) return refused(t('optionsImportRejected', describeReason(parsed.problem)));
    return { kind: 'jianbao', format: 'jianbao', text: result.text, count: parsed.articles.length };
  }
  if (!result.items.length) return refused(refusalOf({ code: 'empty', format: result.format }));
  return { kind: 'items', format: result.format, items: result.items };
}
