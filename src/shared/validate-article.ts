import type { ExtractedArticle } from './article.ts';

/** Limits on what any sender may hand the library; a page can put anything in a message. */
export const ARTICLE_LIMITS = {
  /** Bodies of real articles are well under 1 MB of HTML; 8 MB leaves room for inline tables. */
  maxContentChars: 8_000_000,
  maxTitleChars: 1_000,
  maxShortFieldChars: 2_000,
  maxTags: 50,
} as const;

const REQUIRED_STRINGS = ['id', 'url', 'title', 'category', 'excerpt', 'contentHtml', 'textContent', 'extractor'] as const;
const OPTIONAL_STRINGS = [
  'infoCode', 'canonicalUrl', 'publishedAt', 'source', 'author', 'editor', 'leadImage', 'lang',
] as const;

/** Why `value` is not an ExtractedArticle, or undefined when it is one. */
export function explainInvalidArticle(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const record = value as Record<string, unknown>;
  for (const key of REQUIRED_STRINGS) {
    if (typeof record[key] !== 'string') return `${key} is not a string`;
  }
  for (const key of OPTIONAL_STRINGS) {
    const field = record[key];
    if (field !== undefined && typeof field !== 'string') return `${key} is not a string`;
    if (typeof field === 'string' && field.length > ARTICLE_LIMITS.maxShortFieldChars) return `${key} is too long`;
  }
  if ((record.id as string).length === 0) return 'id is empty';
  for (const key of ['url', 'canonicalUrl', 'leadImage'] as const) {
    const field = record[key];
    if (field !== undefined && !/^https?:\/\//i.test(field as string)) return `${key} is not http(s)`;
  }
  if ((record.title as string).length > ARTICLE_LIMITS.maxTitleChars) return 'title is too long';
  if ((record.contentHtml as string).length > ARTICLE_LIMITS.maxContentChars) return 'contentHtml is too long';
  if ((record.textContent as string).length > ARTICLE_LIMITS.maxContentChars) return 'textContent is too long';
  const tags = record.tags;
  if (!Array.isArray(tags) || tags.length > ARTICLE_LIMITS.maxTags || !tags.every((tag) => typeof tag === 'string')) {
    return 'tags is not a short list of strings';
  }
  return undefined;
}

export function isExtractedArticle(value: unknown): value is ExtractedArticle {
  return explainInvalidArticle(value) === undefined;
}
