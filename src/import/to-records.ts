/**
 * Imported items as library records: the fields a service exported, the user's states and tags, and
 * highlights placed in the body's text. Pure: the body is sanitized by a function the caller passes
 * (it needs a window's DOM), and the store merges the records into the library (src/store/import-items.ts).
 */
import { createAnchorer, type Anchor } from '../annotations/anchor.ts';
import { describeRange } from '../annotations/describe.ts';
import { DEFAULT_HIGHLIGHT_COLOR, limitNote, normalizeTag, TAG_MAX_CHARS } from '../annotations/limits.ts';
import type { Highlight, HighlightSelectors } from '../annotations/types.ts';
import { readInfoCode } from '../extract/info-code.ts';
import type { Article } from '../shared/article.ts';
import { toIsoWithOffset } from '../shared/iso-date.ts';
import { urlId } from '../shared/url-key.ts';
import { ARTICLE_LIMITS } from '../shared/validate-article.ts';
import type { ImportedHighlight, ImportedItem, ImportFormat } from './types.ts';

/** A body given in the file, once sanitized: what the record stores and searches. */
export interface ArticleBody {
  contentHtml: string;
  textContent: string;
  excerpt: string;
  /** The first image of the body, for a record the file gave no lead image. */
  leadImage?: string;
}

/**
 * Sanitizes an untrusted body through the extractor's path; undefined when nothing readable is left
 * (the item is then kept as a link to fetch).
 */
export type BodyFromHtml = (html: string, url: string) => ArticleBody | undefined;

export interface RecordOptions {
  format: Exclude<ImportFormat, 'jianbao'>;
  bodyOf: BodyFromHtml;
  /** The import's time: `savedAt` of items whose file does not say when they were saved. */
  now: Date;
  /** Highlight ids; random UUIDs unless a test fixes them. */
  newId?: () => string;
}

/** Which service a record came from, as its `extractor` (the fetch queue replaces it with an adapter's). */
const SERVICE: Record<RecordOptions['format'], string> = {
  'pocket-csv': 'pocket',
  'pocket-zip': 'pocket',
  'pocket-html': 'pocket',
  'instapaper-csv': 'instapaper',
  'omnivore-zip': 'omnivore',
  'wallabag-json': 'wallabag',
};

/** A tag as the reader's tag editor would store it: whitespace normalized, at most TAG_MAX_CHARS. */
function storedTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = [...normalizeTag(raw)].slice(0, TAG_MAX_CHARS).join('');
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out.slice(0, ARTICLE_LIMITS.maxTags);
}

/** The quote alone, with no position: what the anchorer searches for (a position of -1 never agrees). */
const quoteOnly = (exact: string): HighlightSelectors => ({
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: -1, end: -1 },
});

type Place = (selectors: HighlightSelectors) => Anchor | undefined;

/**
 * One highlight: placed in `text` when the quote is found there (its selectors then describe that
 * place, context included), else detached with its quote, as docs/annotations.md keeps one.
 */
function highlightOf(
  imported: ImportedHighlight,
  text: string,
  place: Place | undefined,
  at: string,
  newId: () => string,
): Highlight {
  const note = imported.note ? limitNote(imported.note).note : undefined;
  const created = imported.createdAt ?? at;
  const base = {
    id: newId(),
    color: DEFAULT_HIGHLIGHT_COLOR,
    createdAt: created,
    updatedAt: created,
    ...(note && { note }),
  };
  const anchor = place?.(quoteOnly(imported.quote));
  const selectors = anchor && describeRange(text, anchor.start, anchor.end);
  if (selectors) return { ...base, ...selectors };
  return {
    ...base,
    quote: { type: 'TextQuoteSelector', exact: imported.quote, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 0 },
    detached: true,
  };
}

/**
 * The record of one item. With a body it is a stored article; without one (a link-only export, or a
 * body that sanitizes to nothing) it is a titled link with `fetch: pending`, which the fetch queue
 * loads later. Tags become the user's own (`editedFields: ['tags']`), so a later fetch keeps them.
 */
export function toRecord(item: ImportedItem, options: RecordOptions): Article {
  const at = toIsoWithOffset(options.now);
  const code = readInfoCode(item.url);
  const infoCode = code.ok ? code.code : undefined;
  const body = item.contentHtml ? options.bodyOf(item.contentHtml, item.url) : undefined;
  const tags = storedTags(item.tags);
  const title = [...(item.title ?? item.url)].slice(0, ARTICLE_LIMITS.maxTitleChars).join('');
  const text = body?.textContent ?? '';
  const place = body ? createAnchorer(text) : undefined;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const article: Article = {
    id: infoCode ?? urlId(item.url),
    url: item.url,
    title,
    category: new URL(item.url).hostname,
    tags,
    excerpt: item.excerpt ?? body?.excerpt ?? '',
    contentHtml: body?.contentHtml ?? '',
    textContent: text,
    extractor: `import-${SERVICE[options.format]}`,
    savedAt: item.savedAt ?? at,
  };
  const optional: Partial<Article> = {
    infoCode,
    publishedAt: item.publishedAt,
    author: item.author,
    leadImage: item.leadImage ?? body?.leadImage,
    lang: item.language,
  };
  for (const [key, value] of Object.entries(optional)) if (value) Object.assign(article, { [key]: value });
  if (item.read !== undefined) article.read = item.read;
  if (item.archived) article.archived = true;
  if (item.favourite) article.favourite = true;
  if (item.readingProgress !== undefined) article.readingPosition = item.readingProgress;
  if (tags.length) article.editedFields = ['tags'];
  if (item.highlights.length)
    article.highlights = item.highlights.map((h) => highlightOf(h, text, place, at, newId));
  if (!body) article.fetch = { state: 'pending' };
  return article;
}

/** The records of every item, in the file's order. */
export const toRecords = (items: readonly ImportedItem[], options: RecordOptions): Article[] =>
  items.map((item) => toRecord(item, options));
