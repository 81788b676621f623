/**
 * Omnivore's export ZIP: `metadata_<a>_to_<b>.json` arrays of `{id, slug, title, description, author,
 * url, state, readingProgress, thumbnail, labels[], savedAt, updatedAt, publishedAt}`, the article in
 * `content/<slug>.html` and its highlights in `highlights/<slug>.md`. Exporter versions spell the
 * state `ARCHIVED`, `archived` or `Archived`; `readingProgress` is a percentage.
 */
import { parseJson } from './json.ts';
import { cleanTags, checkedUrl, decodeText, isoFromText, text } from './normalize.ts';
import { parseOmnivoreHighlights } from './omnivore-highlights.ts';
import type { ImportError, ImportedItem } from './types.ts';

const FORMAT = 'omnivore-zip';

/** `metadata_0_to_20.json`, wherever it sits in the archive; the first number orders the files. */
const METADATA = /(?:^|\/)metadata_(\d+)_to_(\d+)\.json$/;

export const isOmnivoreMetadata = (path: string): boolean => METADATA.test(path);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The files of the archive by path; only the ones this reader needs have to be there. */
export type ZipFiles = Readonly<Record<string, Uint8Array>>;

/** `content/<slug>.html` and `highlights/<slug>.md`, by slug (a folder around the export is allowed). */
function bySlug(files: ZipFiles, folder: string, extension: string): Map<string, Uint8Array> {
  const found = new Map<string, Uint8Array>();
  const pattern = new RegExp(`(?:^|/)${folder}/([^/]+)\\.${extension}$`);
  for (const [path, bytes] of Object.entries(files)) {
    const slug = pattern.exec(path)?.[1];
    if (slug) found.set(slug, bytes);
  }
  return found;
}

/** Labels as names, or as Omnivore's API objects `{name, color}`. */
const labelNames = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((l) => (typeof l === 'string' ? l : isObject(l) ? (text(l.name) ?? '') : ''))
    : [];

const progressOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value / 100, 0), 1) : undefined;

type Lookup = { content: Map<string, Uint8Array>; highlights: Map<string, Uint8Array> };

function itemOf(
  entry: unknown,
  where: Pick<ImportError, 'file' | 'entry'>,
  files: Lookup,
): ImportedItem | ImportError | null {
  const bad = (detail: string): ImportError => ({ code: 'bad-entry', format: FORMAT, ...where, detail });
  if (!isObject(entry)) return bad('not an object');
  const state = typeof entry.state === 'string' ? entry.state.toLowerCase() : '';
  // A deleted item was removed by its owner; importing it would bring it back.
  if (state === 'deleted') return null;
  const url = checkedUrl(entry.url);
  if (!url) return bad('url');
  const savedAt = isoFromText(entry.savedAt);
  if (savedAt === null) return bad('savedAt');
  const slug = text(entry.slug);
  const content = slug ? files.content.get(slug) : undefined;
  const highlights = slug ? files.highlights.get(slug) : undefined;
  return {
    url,
    title: text(entry.title),
    savedAt,
    publishedAt: isoFromText(entry.publishedAt) ?? undefined,
    author: text(entry.author),
    tags: cleanTags(labelNames(entry.labels)),
    archived: state === 'archived',
    favourite: false,
    readingProgress: progressOf(entry.readingProgress),
    contentHtml: content ? text(decodeText(content)) : undefined,
    excerpt: text(entry.description),
    leadImage: checkedUrl(entry.thumbnail),
    highlights: highlights ? parseOmnivoreHighlights(decodeText(highlights)) : [],
  };
}

/** Every item of every metadata file (in their order), with content and highlights by slug. */
export function parseOmnivoreZip(files: ZipFiles): { items: ImportedItem[] } | { error: ImportError } {
  const metadata = Object.keys(files)
    .filter(isOmnivoreMetadata)
    .sort((a, b) => Number(METADATA.exec(a)?.[1]) - Number(METADATA.exec(b)?.[1]));
  if (!metadata.length) return { error: { code: 'not-an-export', format: FORMAT } };
  const lookup: Lookup = {
    content: bySlug(files, 'content', 'html'),
    highlights: bySlug(files, 'highlights', 'md'),
  };
  const items: ImportedItem[] = [];
  for (const file of metadata) {
    const parsed = parseJson(decodeText(files[file]!), FORMAT, file);
    if ('error' in parsed) return parsed;
    if (!Array.isArray(parsed.data)) {
      return { error: { code: 'bad-json-shape', format: FORMAT, file, detail: 'not an array' } };
    }
    for (const [index, entry] of parsed.data.entries()) {
      const item = itemOf(entry, { file, entry: index + 1 }, lookup);
      if (item === null) continue;
      if ('code' in item) return { error: item };
      items.push(item);
    }
  }
  return { items };
}
