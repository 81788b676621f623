/**
 * Keeps the inverted index (`postings`) in step with the articles, inside the caller's transaction.
 * A batch of changes touches each token's row once: read, merge, write (or delete when empty).
 */
import type { Article } from '../shared/article.ts';
import { FLAG, mergePostings, tfBucket } from './postings.ts';
import type { LibraryStats, WriteTx } from './schema.ts';
import { countTokens, tokenize } from './tokenize.ts';

type IndexedFields = Pick<Article, 'title' | 'source' | 'textContent'>;

/** Each distinct token of an article's title, source and body with its field flags. */
export function docTerms(article: IndexedFields): Map<string, number> {
  const terms = new Map<string, number>();
  for (const [token, count] of countTokens(article.textContent)) terms.set(token, tfBucket(count));
  for (const token of tokenize(article.title)) terms.set(token, (terms.get(token) ?? 0) | FLAG.title);
  if (article.source) for (const token of tokenize(article.source)) terms.set(token, (terms.get(token) ?? 0) | FLAG.source);
  return terms;
}

/** Index changes collected over one transaction, applied once at its end. */
export class IndexBatch {
  private readonly added = new Map<number, IndexedFields>();
  private readonly removed = new Map<number, IndexedFields>();

  add(doc: number, article: IndexedFields): void {
    this.added.set(doc, article);
  }

  /**
   * Forgets `doc`. Its token list is recomputed from the stored text rather than kept per article,
   * which would cost as much space as the postings; doc numbers are never reused, so if a newer
   * tokenizer misses a token, its stale posting points at no article and search skips it.
   */
  remove(doc: number, article: IndexedFields): void {
    if (!this.added.delete(doc)) this.removed.set(doc, article);
  }

  async apply(tx: WriteTx): Promise<void> {
    const changes = new Map<string, { add: Array<[number, number]>; remove: Set<number> }>();
    const entry = (token: string) => {
      let c = changes.get(token);
      if (!c) changes.set(token, (c = { add: [], remove: new Set() }));
      return c;
    };
    for (const [doc, article] of this.removed) for (const token of docTerms(article).keys()) entry(token).remove.add(doc);
    // Docs ascend, so each token's additions come out sorted as mergePostings needs.
    const docs = [...this.added.keys()].sort((a, b) => a - b);
    for (const doc of docs) for (const [token, flags] of docTerms(this.added.get(doc)!)) entry(token).add.push([doc, flags]);

    const store = tx.objectStore('postings');
    const tokens = [...changes.keys()];
    // All reads, then all writes: requests in one transaction run in order, so no await per token.
    const current = await Promise.all(tokens.map((t) => store.get(t)));
    await Promise.all(tokens.map((t, i) => {
      const { add, remove } = changes.get(t)!;
      const next = mergePostings(current[i], add, remove);
      return next ? store.put(next, t) : current[i] ? store.delete(t) : undefined;
    }));
  }
}

export async function readStats(tx: WriteTx): Promise<LibraryStats> {
  return (await tx.objectStore('meta').get('stats')) ?? { nextDoc: 1, docCount: 0 };
}

export async function writeStats(tx: WriteTx, stats: LibraryStats): Promise<void> {
  await tx.objectStore('meta').put(stats, 'stats');
}
