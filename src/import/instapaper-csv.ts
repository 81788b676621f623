/**
 * Instapaper's CSV export: `URL,Title,Selection,Folder` in older files, with `Timestamp,Tags` added in
 * newer ones. `Folder` is a state for Unread/Archive/Starred and the user's own folder otherwise (kept
 * as a tag); `Tags` is a JSON array of names; a non-empty `Selection` is a passage the user marked.
 */
import { readCsv, type CsvRow } from './csv.ts';
import { cleanTags, checkedUrl, isoFromUnixSeconds, oneLine, unixLines } from './normalize.ts';
import type { ImportError, ImportedItem } from './types.ts';

export const INSTAPAPER_CSV_COLUMNS = ['URL', 'Title', 'Selection', 'Folder'] as const;

const FORMAT = 'instapaper-csv';

/** `["a","b"]`, or (hand-edited files) a comma-separated list. */
function tagsOf(field: string): string[] {
  if (!field) return [];
  try {
    const parsed: unknown = JSON.parse(field);
    if (Array.isArray(parsed)) return parsed.filter((t): t is string => typeof t === 'string');
    if (typeof parsed === 'string') return [parsed];
  } catch {
    // Not JSON: read it as a plain list below.
  }
  return field.split(',');
}

function itemOf(row: CsvRow): ImportedItem | ImportError {
  const url = checkedUrl(row.get('url'));
  if (!url) return { code: 'bad-row', format: FORMAT, line: row.line, detail: 'URL' };
  const savedAt = isoFromUnixSeconds(row.get('timestamp'));
  if (savedAt === null) return { code: 'bad-row', format: FORMAT, line: row.line, detail: 'Timestamp' };
  const folder = row.get('folder');
  const state = folder.toLowerCase();
  const isState = state === 'unread' || state === 'archive' || state === 'starred' || state === '';
  const selection = unixLines(row.get('selection'));
  return {
    url,
    title: oneLine(row.get('title')),
    savedAt,
    tags: cleanTags([...(isState ? [] : [folder]), ...tagsOf(row.get('tags'))]),
    archived: state === 'archive',
    favourite: state === 'starred',
    highlights: selection ? [{ quote: selection }] : [],
  };
}

/** The items oldest saved first (the file lists newest first), or the first problem. */
export function parseInstapaperCsv(text: string): { items: ImportedItem[] } | { error: ImportError } {
  const read = readCsv(text, FORMAT, INSTAPAPER_CSV_COLUMNS);
  if ('error' in read) return read;
  const items: ImportedItem[] = [];
  for (const row of read.rows) {
    const item = itemOf(row);
    if ('code' in item) return { error: item };
    items.push(item);
  }
  return { items: items.reverse() };
}
