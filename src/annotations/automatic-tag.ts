/**
 * The tag extraction gives an article (`<source>新闻`, src/extract/record.ts), told apart from the
 * user's own so the UI can mark it as automatic. It is derived from the record's source rather than
 * stored as a flag, so it stays right after a re-save and needs nothing under sync.
 */
import type { Article } from '../shared/article.ts';

export function automaticTagOf(article: Pick<Article, 'source'>): string | undefined {
  return article.source ? `${article.source}新闻` : undefined;
}

export function isAutomaticTag(article: Pick<Article, 'source'>, tag: string): boolean {
  return tag === automaticTagOf(article);
}
