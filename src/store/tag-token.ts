/**
 * The postings token of a tag (since schema v8): each tag of an article is indexed as one more token
 * of its doc, so `word tag:X` intersects the tag's packed posting list with the words' lists instead
 * of walking the tag's thousands of byTagKey keys one cursor step at a time.
 *
 * A NUL starts it: the tokenizer never makes a token with a control character, so no word typed in
 * the search box reads it, and a prefix clause (`ab*`) never reaches it (NUL sorts before any text).
 */
import type { Article } from '../shared/article.ts';

const TAG_TOKEN_PREFIX = '\u0000#';

export const tagToken = (tag: string): string => `${TAG_TOKEN_PREFIX}${tag}`;

/** Every tag token sorts inside this range of the postings' first key part: a migration test reads it. */
export const TAG_TOKEN_RANGE = { lower: TAG_TOKEN_PREFIX, upper: `${TAG_TOKEN_PREFIX}\uffff` } as const;

/** The same tags in the same order: otherwise the tag counts and the tag tokens of the doc change. */
export function sameTags(a: Pick<Article, 'tags'>, b: Pick<Article, 'tags'>): boolean {
  return (a.tags ?? []).join('\n') === (b.tags ?? []).join('\n');
}
