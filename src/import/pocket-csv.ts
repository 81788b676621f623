/**
 * Pocket's CSV export (`part_000000.csv`…): `title,url,time_added,tags,status`, sometimes with a
 * `cursor` column, which carries nothing to keep. Columns are found by name, so their order and any
 * extra ones do not matter.
 */
import { readCsv } from './csv.ts';
import { cleanTags, checkedUrl, isoFromUnixSeconds, oneLine } from './normalize.ts';
import type { ImportError, ImportedItem, ImportFormat } from './types.ts';

export const POCKET_CSV_COLUMNS = ['title', 'url', 'time_added', 'tags', 'status'] as const;

/** A text file with the name it had (inside the ZIP, or as picked), for errors and part order. */
export interface NamedText {
  name: string;
  text: string;
}

type Parsed = { items: ImportedItem[] } | { error: ImportError };

/** The items of one part file. */
export function parsePocketCsv(text: string, format: ImportFormat = 'pocket-csv'): Parsed {
  const read = readCsv(text, format, POCKET_CSV_COLUMNS);
  if ('error' in read) return read;
  const items: ImportedItem[] = [];
  for (const row of read.rows) {
    const url = checkedUrl(row.get('url'));
    if (!url) return { error: { code: 'bad-row', format, line: row.line, detail: 'url' } };
    const savedAt = isoFromUnixSeconds(row.get('time_added'));
    if (savedAt === null) return { error: { code: 'bad-row', format, line: row.line, detail: 'time_added' } };
    const archived = row.get('status').toLowerCase() === 'archive';
    items.push({
      url,
      title: oneLine(row.get('title')),
      savedAt,
      tags: cleanTags(row.get('tags').split('|')),
      archived,
      favourite: false,
      read: archived,
      highlights: [],
    });
  }
  return { items };
}

/**
 * Several part files as one library, in part order (`part_000000.csv` first); the first problem in
 * any part rejects all of them, naming the part.
 */
export function parsePocketCsvParts(
  parts: readonly NamedText[],
  format: ImportFormat = 'pocket-zip',
): Parsed {
  const ordered = [...parts].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  const items: ImportedItem[] = [];
  for (const part of ordered) {
    const parsed = parsePocketCsv(part.text, format);
    if ('error' in parsed) return { error: { ...parsed.error, file: part.name } };
    items.push(...parsed.items);
  }
  return { items };
}
