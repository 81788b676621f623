/** One export file in, normalized items out: detection, then the format's parser. Pure. */
import { detectFormat } from './detect.ts';
import { parseInstapaperCsv } from './instapaper-csv.ts';
import { parseOmnivoreZip } from './omnivore-zip.ts';
import { parsePocketCsv, parsePocketCsvParts } from './pocket-csv.ts';
import { parsePocketHtml } from './pocket-html.ts';
import type { ImportError, ImportedItem, ImportFormat, ImportResult } from './types.ts';
import { parseWallabagJson } from './wallabag-json.ts';

const withFormat = (
  format: Exclude<ImportFormat, 'jianbao'>,
  parsed: { items: ImportedItem[] } | { error: ImportError },
): ImportResult =>
  'error' in parsed ? { error: { format, ...parsed.error } } : { format, items: parsed.items };

/**
 * Reads one file, all or nothing: the first problem rejects it with no items.
 * @param size the file's size when known before reading; a file over 200 MB is refused unparsed.
 */
export function readImportFile(bytes: Uint8Array, size?: number): ImportResult {
  const detected = detectFormat(bytes, size);
  if ('error' in detected) return detected;
  switch (detected.format) {
    case 'jianbao':
      return { format: 'jianbao', text: detected.text };
    case 'pocket-csv':
      return withFormat('pocket-csv', parsePocketCsv(detected.text));
    case 'pocket-zip':
      return withFormat('pocket-zip', parsePocketCsvParts(detected.parts));
    case 'pocket-html':
      return withFormat('pocket-html', parsePocketHtml(detected.text));
    case 'instapaper-csv':
      return withFormat('instapaper-csv', parseInstapaperCsv(detected.text));
    case 'omnivore-zip':
      return withFormat('omnivore-zip', parseOmnivoreZip(detected.files));
    case 'wallabag-json':
      return withFormat('wallabag-json', parseWallabagJson(detected.entries));
  }
}
