/**
 * Keeps the inverted index (`postings`) in step with the articles, inside the caller's transaction.
 * A batch of changes touches each [token, segment] row once: read, merge, write (or delete when empty).
 */
import type { Article } from '../shared/article.ts';
import { bodyText, type NotedFields } from './notes-text.ts';
import { FLAG, mergePostings, SEGMENT_DOCS, segmentOf, tfBucket } from './postings.ts';
import type { LibraryStats, PostingKey, WriteTx } from './schema.ts';
import { tagToken } from './tag-token.ts';
import { countTokens, tokenize } from './tokenize.ts';

type IndexedFields = Pick<Article, 'title' | 'source' | 'textContent'> &
  Partial<NotedFields> &
  Partial<Pick<Article, 'tags'>>;

/**
 * Each distinct token of an article's title, source and body with its field flags. The reader's notes
 * count as body (notes-text.ts): the four flag bits have no room for a field of their own. Each tag
 * adds its tag token (tag-token.ts), which no typed word matches: the `tag:` filter reads it.
 */
export function docTerms(article: IndexedFields): Map<string, number> {
  const terms = new Map<string, number>();
  for (const [token, count] of countTokens(bodyText(article))) terms.set(token, tfBucket(count));
  for (const token of tokenize(article.title)) terms.set(token, (terms.get(token) ?? 0) | FLAG.title);
  if (article.source)
    for (const token of tokenize(article.source)) terms.set(token, (terms.get(token) ?? 0) | FLAG.source);
  for (const tag of article.tags ?? []) terms.set(tagToken(tag), tfBucket(1));
  return terms;
}

/** Index changes collected over one transaction, applied once at its end. */
export class IndexBatch {
  private readonly added = new Map<number, IndexedFields>();
  private readonly removed = new Map<number, IndexedFields>();
  /** Docs that keep their number while their notes change: only the tokens that differ are written. */
  private readonly edited = new Map<number, { before: IndexedFields; after: IndexedFields }>();

  add(doc: number, article: IndexedFields): void {
    this.added.set(doc, article);
  }

  /**
   * `doc` now holds `after` instead of `before` under the same number (a note or a tag edited): a
   * note's few tokens or a tag's one are rewritten rather than the ~1,300 rows of the whole article.
   */
  change(doc: number, before: IndexedFields, after: IndexedFields): void {
    const pending = this.edited.get(doc);
    if (this.added.has(doc)) this.added.set(doc, after);
    else this.edited.set(doc, { before: pending?.before ?? before, after });
  }

  /**
   * Forgets `doc`. Its token list is recomputed from the stored text rather than kept per article,
   * which would cost as much space as the postings; doc numbers are never reused, so if a newer
   * tokenizer misses a token, its stale posting points at no article and search skips it.
   */
  remove(doc: number, article: IndexedFields): void {
    if (this.added.delete(doc)) return;
    // The postings still hold what the doc held before this transaction's edits.
    this.removed.set(doc, this.edited.get(doc)?.before ?? article);
    this.edited.delete(doc);
  }

  /**
   * Writes the collected changes: each touched [token, segment] row is read once, merged and written
   * (or deleted when empty).
   * @param freshFrom the first doc number handed out in this transaction: segments starting at or
   *   after it cannot have rows yet, so they are written without reading.
   */
  async apply(tx: WriteTx, freshFrom = Infinity): Promise<void> {
    type Change = { add: Array<[number, number]>; remove: Set<number> };
    const changes = new Map<string, Map<number, Change>>();
    const entry = (token: string, doc: number) => {
      let segments = changes.get(token);
      if (!segments) changes.set(token, (segments = new Map<number, Change>()));
      const segment = segmentOf(doc);
      let c = segments.get(segment);
      if (!c) segments.set(segment, (c = { add: [], remove: new Set() }));
      return c;
    };
    for (const [doc, article] of this.removed)
      for (const token of docTerms(article).keys()) entry(token, doc).remove.add(doc);
    // Docs ascend, so each row's additions come out sorted as mergePostings needs.
    const docs = [...this.added.keys()].sort((a, b) => a - b);
    for (const doc of docs)
      for (const [token, flags] of docTerms(this.added.get(doc)!)) entry(token, doc).add.push([doc, flags]);
    for (const [doc, { before, after }] of this.edited) {
      const old = docTerms(before);
      const now = docTerms(after);
      for (const [token, flags] of now)
        if (old.get(token) !== flags) entry(token, doc).add.push([doc, flags]);
      for (const token of old.keys()) if (!now.has(token)) entry(token, doc).remove.add(doc);
    }
    // Edited docs can be older than added ones: mergePostings takes each row's additions by doc.
    if (this.edited.size)
      for (const segments of changes.values())
        for (const c of segments.values()) c.add.sort((a, b) => a[0] - b[0]);

    const store = tx.objectStore('postings');
    const keys: PostingKey[] = [];
    for (const [token, segments] of changes)
      for (const segment of segments.keys()) keys.push([token, segment]);
    // All reads, then all writes: requests in one transaction run in order, so no await per row.
    const current = await Promise.all(
      keys.map((k) => (k[1] * SEGMENT_DOCS >= freshFrom ? Promise.resolve(undefined) : store.get(k))),
    );
    await Promise.all(
      keys.map((key, i) => {
        const { add, remove } = changes.get(key[0])!.get(key[1])!;
        const next = mergePostings(current[i], add, remove, key[1] * SEGMENT_DOCS);
        return next ? store.put(next, key) : current[i] ? store.delete(key) : Promise.resolve();
      }),
    );
  }
}

export async function readStats(tx: WriteTx): Promise<LibraryStats> {
  return (
    (await tx.objectStore('meta').get('stats')) ?? {
      nextDoc: 1,
      docCount: 0,
      categories: {},
      tags: {},
      archived: {},
    }
  );
}

function count(counts: Record<string, number> | undefined, key: string, by: number): void {
  if (!counts) return;
  const next = (counts[key] ?? 0) + by;
  if (next > 0) counts[key] = next;
  else delete counts[key];
}

/** Adds `by` to a category's count in `stats` (when it keeps counts), dropping it at zero. */
export function countCategory(stats: LibraryStats, category: string, by: number): void {
  count(stats.categories, category, by);
}

/**
 * Adds `by` to the counts of an article's category (and its archived count when it is archived) and of
 * each of its tags (a tag listed twice once).
 */
export function countArticle(
  stats: LibraryStats,
  article: Pick<Article, 'category' | 'tags' | 'archived'>,
  by: number,
): void {
  countCategory(stats, article.category, by);
  if (article.archived) count(stats.archived, article.category, by);
  for (const tag of new Set(article.tags)) count(stats.tags, tag, by);
}

export async function writeStats(tx: WriteTx, stats: LibraryStats): Promise<void> {
  await tx.objectStore('meta').put(stats, 'stats');
}
