/**
 * Which stored record an incoming article is: the rule a save, an import and a fetched link share.
 * Same id, else the same normalized address — unless both carry infoCodes that differ. Those are two
 * articles: a share-page template can give every article the same address (a canonical URL, a share
 * link without its parameter), and merging them would lose one.
 */
import type { Article } from '../shared/article.ts';
import { urlKeysOf } from '../shared/url-key.ts';

/** What identifies an article for the rule: its id, infoCode and addresses. */
export type Identity = Pick<Article, 'id' | 'url' | 'canonicalUrl' | 'infoCode'>;

/** True when `stored`, found at one of `incoming`'s addresses (not by id), is another article. */
export function infoCodesDiffer(
  stored: Pick<Article, 'infoCode'>,
  incoming: Pick<Article, 'infoCode'>,
): boolean {
  return !!stored.infoCode && !!incoming.infoCode && stored.infoCode !== incoming.infoCode;
}

/** The two lookups the rule needs, from whatever transaction the caller holds. */
export interface StoredReader {
  article(id: string): Promise<Article | undefined>;
  /** The id of the article saved at this normalized address, if any. */
  idAt(urlKey: string): Promise<string | undefined>;
}

/** The lookups over a transaction's `articles` store and the summaries' `byUrl` index. */
export function storedReader(
  articles: { get(id: string): Promise<Article | undefined> },
  byUrl: { getKey(key: string): Promise<string | undefined> },
): StoredReader {
  return { article: (id) => articles.get(id), idAt: (key) => byUrl.getKey(key) };
}

/**
 * The stored records `incoming` may be, best first: the one under its id, then the one at each of its
 * addresses that the infoCode rule allows. Lazy: a caller that takes the first reads no further.
 */
export async function* storedMatches(reader: StoredReader, incoming: Identity): AsyncGenerator<Article> {
  const byId = await reader.article(incoming.id);
  if (byId) yield byId;
  for (const key of urlKeysOf(incoming)) {
    const id = await reader.idAt(key);
    if (id === undefined || id === incoming.id) continue;
    const stored = await reader.article(id);
    if (stored && !infoCodesDiffer(stored, incoming)) yield stored;
  }
}
