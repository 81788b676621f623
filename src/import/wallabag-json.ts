/**
 * wallabag's JSON export: an array of entries with `url` (or `given_url`), `title`, `content` (HTML),
 * `is_archived`/`is_starred` (0/1 or booleans), `created_at`, `published_at`, `published_by[]`,
 * `preview_picture`, `language`, `tags` and `annotations[]` as `{text, quote, ranges}`.
 */
import { cleanTags, checkedUrl, isoFromText, text } from './normalize.ts';
import type { ImportError, ImportedHighlight, ImportedItem } from './types.ts';

const FORMAT = 'wallabag-json';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` is a wallabag entry by its own field names (not by any one service's URL). */
export const looksLikeWallabagEntry = (value: unknown): boolean =>
  isObject(value) && ('is_archived' in value || 'given_url' in value || 'is_starred' in value);

const flag = (value: unknown): boolean => value === true || value === 1 || value === '1';

/** Tags as strings, or as wallabag's API objects `{label}`. */
const tagNames = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((t) => (typeof t === 'string' ? t : isObject(t) ? (text(t.label) ?? '') : ''))
    : [];

function highlightsOf(value: unknown): ImportedHighlight[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const highlights: ImportedHighlight[] = [];
  for (const annotation of value) {
    if (!isObject(annotation)) return undefined;
    const quote = text(annotation.quote);
    if (!quote) continue;
    const note = text(annotation.text);
    const createdAt = isoFromText(annotation.created_at) ?? undefined;
    highlights.push({ quote, ...(note && { note }), ...(createdAt && { createdAt }) });
  }
  return highlights;
}

function itemOf(entry: unknown, index: number): ImportedItem | ImportError {
  const bad = (detail: string): ImportError => ({
    code: 'bad-entry',
    format: FORMAT,
    entry: index + 1,
    detail,
  });
  if (!isObject(entry)) return bad('not an object');
  const url = checkedUrl(entry.url) ?? checkedUrl(entry.given_url);
  if (!url) return bad('url');
  const savedAt = isoFromText(entry.created_at);
  if (savedAt === null) return bad('created_at');
  const publishedAt = isoFromText(entry.published_at) ?? undefined;
  const highlights = highlightsOf(entry.annotations);
  if (!highlights) return bad('annotations');
  const authors = Array.isArray(entry.published_by)
    ? entry.published_by.filter((a): a is string => typeof a === 'string' && a.trim() !== '')
    : [];
  const archived = flag(entry.is_archived);
  const item: ImportedItem = {
    url,
    title: text(entry.title),
    savedAt,
    publishedAt,
    author: authors.length ? authors.join(', ') : undefined,
    tags: cleanTags(tagNames(entry.tags)),
    archived,
    favourite: flag(entry.is_starred),
    read: archived,
    contentHtml: text(entry.content),
    leadImage: checkedUrl(entry.preview_picture),
    language: text(entry.language),
    highlights,
  };
  return item;
}

/** The entries of a parsed wallabag export in file order, or the first entry that cannot be an item. */
export function parseWallabagJson(
  entries: readonly unknown[],
): { items: ImportedItem[] } | { error: ImportError } {
  const items: ImportedItem[] = [];
  for (const [index, entry] of entries.entries()) {
    const item = itemOf(entry, index);
    if ('code' in item) return { error: item };
    items.push(item);
  }
  return { items };
}
