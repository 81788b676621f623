import type { ExtractedArticle } from './article.ts';
import { reason, type Reason } from './reason.ts';

/** Limits on what any sender may hand the library; a page can put anything in a message. */
export const ARTICLE_LIMITS = {
  /** Bodies of real articles are well under 1 MB of HTML; 8 MB leaves room for inline tables. */
  maxContentChars: 8_000_000,
  maxTitleChars: 1_000,
  maxShortFieldChars: 2_000,
  maxTags: 50,
} as const;

const REQUIRED_STRINGS = [
  'id',
  'url',
  'title',
  'category',
  'excerpt',
  'contentHtml',
  'textContent',
  'extractor',
] as const;
const OPTIONAL_STRINGS = [
  'infoCode',
  'canonicalUrl',
  'publishedAt',
  'source',
  'author',
  'editor',
  'leadImage',
  'lang',
] as const;
const LONG_FIELDS = [
  ['title', ARTICLE_LIMITS.maxTitleChars],
  ['contentHtml', ARTICLE_LIMITS.maxContentChars],
  ['textContent', ARTICLE_LIMITS.maxContentChars],
] as const;

const tooLong = (field: string, max: number): Reason => reason('invalidTooLong', field, String(max));

/** Why `value` is not an ExtractedArticle (a message key naming the field), or undefined when it is one. */
export function explainInvalidArticle(value: unknown): Reason | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return reason('invalidNotObject');
  const record = value as Record<string, unknown>;
  for (const key of REQUIRED_STRINGS) {
    if (typeof record[key] !== 'string') return reason('invalidNotString', key);
  }
  for (const key of OPTIONAL_STRINGS) {
    const field = record[key];
    if (field !== undefined && typeof field !== 'string') return reason('invalidNotString', key);
    if (typeof field === 'string' && field.length > ARTICLE_LIMITS.maxShortFieldChars)
      return tooLong(key, ARTICLE_LIMITS.maxShortFieldChars);
  }
  if ((record.id as string).length === 0) return reason('invalidEmpty', 'id');
  for (const key of ['url', 'canonicalUrl', 'leadImage'] as const) {
    const field = record[key];
    if (field !== undefined && !/^https?:\/\//i.test(field as string)) return reason('invalidNotHttp', key);
  }
  for (const [key, max] of LONG_FIELDS) {
    if ((record[key] as string).length > max) return tooLong(key, max);
  }
  const tags = record.tags;
  if (
    !Array.isArray(tags) ||
    tags.length > ARTICLE_LIMITS.maxTags ||
    !tags.every((tag) => typeof tag === 'string')
  ) {
    return reason('invalidTags', 'tags', String(ARTICLE_LIMITS.maxTags));
  }
  return undefined;
}

export function isExtractedArticle(value: unknown): value is ExtractedArticle {
  return explainInvalidArticle(value) === undefined;
}
