/** Writes and reads the JSON library file. Pure: records and bytes in, text out, and back. */
import type { Article } from '../shared/article.ts';
import { toIsoWithOffset } from '../shared/iso-date.ts';
import { reason, type Reason } from '../shared/reason.ts';
import { fromBase64, toBase64 } from './base64.ts';
import {
  LIBRARY_FORMAT,
  LIBRARY_VERSION,
  type ImportProblem,
  type LibraryFile,
  type LibraryImage,
} from './format.ts';
import { explainInvalidRecord } from './validate-record.ts';

export interface ImageBytes {
  articleId: string;
  url: string;
  type: string;
  bytes: Uint8Array;
}

/** Keys in a fixed order, so the same library always gives the same text whatever order IndexedDB kept. */
function sortedKeys<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}

const bySaved = (a: Article, b: Article): number =>
  (Date.parse(a.savedAt) || 0) - (Date.parse(b.savedAt) || 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The library as JSON text.
 * @param images the offline images to embed, or undefined to leave them out (then `imagesStored`
 *   is dropped from the records too, so the file never claims images it does not hold).
 */
export function libraryToJson(
  articles: readonly Article[],
  images: readonly ImageBytes[] | undefined,
  exportedAt: Date,
): string {
  const records = [...articles].sort(bySaved).map((article) => {
    if (images) return sortedKeys(article);
    const { imagesStored: _dropped, ...rest } = article;
    return sortedKeys(rest);
  });
  const file: LibraryFile = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    exportedAt: toIsoWithOffset(exportedAt),
    articles: records,
  };
  if (images) {
    const order = new Map(records.map((r, i) => [r.id, i]));
    file.images = [...images]
      .sort(
        (a, b) =>
          (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) ||
          (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
      )
      .map(({ articleId, url, type, bytes }): LibraryImage => ({
        articleId,
        url,
        type,
        dataBase64: toBase64(bytes),
      }));
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParsedLibrary =
  { ok: true; articles: Article[]; images: ImageBytes[] } | { ok: false; problem: ImportProblem };

const fail = (key: ImportProblem['key'], ...params: Array<string | Reason>): ParsedLibrary => ({
  ok: false,
  problem: reason(key, ...params),
});

const IMAGE_STRINGS = ['articleId', 'url', 'type'] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Jianbao's own Markdown export, read as text: a ZIP (`PK` signature) whose entry names, stored uncompressed,
 * include `_posts/`; or one post taken out of it (front matter first).
 */
function isMarkdownExport(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '');
  return (start.startsWith('PK') && start.includes('_posts/')) || /^---\r?\nlayout: /.test(start);
}

/** Reads a library file, checking every record and image; the first problem found rejects the whole file. */
export function parseLibraryJson(text: string): ParsedLibrary {
  // Before JSON.parse: the engine's own words (`Unexpected token 'P', "PK…`) would say nothing useful.
  if (isMarkdownExport(text)) return fail('importMarkdownExport');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('importNotJson');
  }
  if (!isObject(data) || data.format !== LIBRARY_FORMAT) return fail('importNotLibrary', LIBRARY_FORMAT);
  if (typeof data.version !== 'number' || data.version > LIBRARY_VERSION || data.version < 1) {
    return fail('importNewerVersion', String(data.version), String(LIBRARY_VERSION));
  }
  if (!Array.isArray(data.articles)) return fail('importBadShape', 'articles');
  if (data.images !== undefined && !Array.isArray(data.images)) return fail('importBadShape', 'images');
  const ids = new Map<string, Article>();
  for (const [index, record] of data.articles.entries()) {
    const invalid = explainInvalidRecord(record);
    const id = isObject(record) && typeof record.id === 'string' ? record.id : '?';
    if (invalid) return fail('importBadArticle', String(index + 1), id, invalid);
    if (ids.has(id)) return fail('importDuplicateId', id);
    ids.set(id, record as Article);
  }
  const images: ImageBytes[] = [];
  for (const [index, image] of ((data.images ?? []) as unknown[]).entries()) {
    const where = String(index + 1);
    if (!isObject(image)) return fail('importBadImage', where, reason('invalidNotObject'));
    const notString = IMAGE_STRINGS.find((key) => typeof image[key] !== 'string');
    if (notString) return fail('importBadImage', where, reason('invalidNotString', notString));
    const { articleId, url, type } = image as Record<(typeof IMAGE_STRINGS)[number], string>;
    if (!ids.get(articleId)?.imagesStored?.includes(url))
      return fail('importBadImage', where, reason('invalidImageNotListed', articleId));
    const bytes = typeof image.dataBase64 === 'string' ? fromBase64(image.dataBase64) : undefined;
    if (!bytes) return fail('importBadImage', where, reason('invalidNotBase64', 'dataBase64'));
    images.push({ articleId, url, type, bytes });
  }
  return { ok: true, articles: [...ids.values()], images };
}
