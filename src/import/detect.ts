/**
 * Which export a file is, from its content alone (never its name, which users rename): ZIP by its magic
 * number and then by the names inside, JSON by its shape, HTML by Pocket's headings, CSV by its header
 * names. ZIPs are read with fflate: exports are deflated, and inflating is a job for a small, widely
 * used, tested library (Jianbao's own zip.ts only writes, mostly stored entries).
 */
import { unzipSync } from 'fflate';
import { LIBRARY_FORMAT } from '../export/format.ts';
import { csvHeader } from './csv.ts';
import { parseJson } from './json.ts';
import { decodeText } from './normalize.ts';
import { isOmnivoreMetadata, type ZipFiles } from './omnivore-zip.ts';
import type { NamedText } from './pocket-csv.ts';
import { looksLikePocketHtml } from './pocket-html.ts';
import { looksLikeWallabagEntry } from './wallabag-json.ts';
import { MAX_IMPORT_BYTES, type ImportError } from './types.ts';

export type Detection =
  | { format: 'pocket-csv' | 'instapaper-csv' | 'pocket-html' | 'jianbao'; text: string }
  | { format: 'wallabag-json'; entries: unknown[] }
  | { format: 'pocket-zip'; parts: NamedText[] }
  | { format: 'omnivore-zip'; files: ZipFiles }
  | { error: ImportError };

/** The size check alone, for a caller that has a File's size before reading its bytes. */
export const checkImportSize = (size: number): ImportError | undefined =>
  size > MAX_IMPORT_BYTES ? { code: 'too-large', detail: String(size) } : undefined;

const isZip = (b: Uint8Array): boolean =>
  b.length >= 4 &&
  b[0] === 0x50 &&
  b[1] === 0x4b &&
  ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));

const POCKET_PART = /(?:^|\/)part_\d+\.csv$/;
const OMNIVORE_FILE = /(?:^|\/)(?:content\/[^/]+\.html|highlights\/[^/]+\.md)$/;

/** fflate's messages for an archive whose end is missing: no end-of-directory record, or data ends early. */
const CUT_OFF = /invalid zip data|unexpected EOF/i;

function detectZip(bytes: Uint8Array): Detection {
  const names: string[] = [];
  let files: ZipFiles;
  try {
    // Only the entries an export reader needs are inflated; a stray entry in another method is skipped.
    files = unzipSync(bytes, {
      filter: ({ name, compression }) => {
        names.push(name);
        const wanted = POCKET_PART.test(name) || isOmnivoreMetadata(name) || OMNIVORE_FILE.test(name);
        return wanted && (compression === 0 || compression === 8);
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { error: { code: CUT_OFF.test(detail) ? 'truncated' : 'bad-zip', detail } };
  }
  const paths = Object.keys(files);
  if (paths.some(isOmnivoreMetadata)) return { format: 'omnivore-zip', files };
  const parts = paths.filter((p) => POCKET_PART.test(p));
  if (parts.length) {
    return { format: 'pocket-zip', parts: parts.map((name) => ({ name, text: decodeText(files[name]!) })) };
  }
  return { error: { code: 'not-an-export', detail: names.slice(0, 5).join(', ') } };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function detectJson(text: string): Detection {
  const parsed = parseJson(text);
  if ('error' in parsed) return parsed;
  const data = parsed.data;
  if (isObject(data)) {
    if (data.format === LIBRARY_FORMAT) return { format: 'jianbao', text };
    return { error: { code: 'bad-json-shape', detail: Object.keys(data).slice(0, 5).join(', ') } };
  }
  if (!Array.isArray(data)) return { error: { code: 'bad-json-shape', detail: typeof data } };
  if (!data.length) return { error: { code: 'empty' } };
  if (looksLikeWallabagEntry(data[0])) return { format: 'wallabag-json', entries: data };
  const first = isObject(data[0]) ? Object.keys(data[0]).slice(0, 5).join(', ') : typeof data[0];
  return { error: { code: 'bad-json-shape', entry: 1, detail: first } };
}

/** Columns only Pocket's CSV has, and only Instapaper's (both have url, title and tags). */
const POCKET_ONLY = ['time_added', 'status', 'cursor'];
const INSTAPAPER_ONLY = ['selection', 'folder', 'timestamp'];

function detectCsv(text: string): Detection {
  const header = csvHeader(text);
  const pocket = POCKET_ONLY.filter((c) => header.includes(c)).length;
  const instapaper = INSTAPAPER_ONLY.filter((c) => header.includes(c)).length;
  if (pocket > instapaper) return { format: 'pocket-csv', text };
  if (instapaper > 0) return { format: 'instapaper-csv', text };
  return { error: { code: 'unknown-format', detail: header.slice(0, 8).join(',') } };
}

/**
 * The format of one file and what its parser needs.
 * @param size the file's size when known before reading (a File's `size`); refused over 200 MB.
 */
export function detectFormat(bytes: Uint8Array, size = bytes.byteLength): Detection {
  const tooLarge = checkImportSize(size);
  if (tooLarge) return { error: tooLarge };
  if (isZip(bytes)) return detectZip(bytes);
  const text = decodeText(bytes);
  const start = text.trimStart();
  if (!start) return { error: { code: 'empty' } };
  if (start[0] === '{' || start[0] === '[') return detectJson(text);
  if (start[0] === '<') {
    return looksLikePocketHtml(text)
      ? { format: 'pocket-html', text }
      : { error: { code: 'unknown-format', detail: 'html' } };
  }
  // Binary that is not a ZIP decodes with replacement characters and no CSV header worth the name.
  if (text.slice(0, 1024).includes('\ufffd')) return { error: { code: 'unknown-format', detail: 'binary' } };
  return detectCsv(text);
}
