/** The light `summaries` store: what the popup lists without touching article bodies. */
import type { Article } from '../shared/article.ts';
import { unwrap, type IDBPIndex } from 'idb';
import type { JianbaoSchema, LibraryDb, SummaryRow } from './schema.ts';
import type { ArticleSummary } from './types.ts';
import { urlKeysOf } from '../shared/url-key.ts';
import { tagKeysOf } from './tag-keys.ts';

const SUMMARY_TUNING = {
  /** The popup shows two lines of excerpt; more would only slow the 10,000-row list load. */
  excerptChars: 140,
} as const;

/** @param a a record, stored or not: the summary never needs the HTML. */
export function toSummaryRow(a: Omit<Article, 'contentHtml'>, doc: number): SummaryRow {
  const row: SummaryRow = {
    id: a.id,
    title: a.title,
    category: a.category,
    savedAt: a.savedAt,
    savedMs: Date.parse(a.savedAt) || 0,
    urlKeys: urlKeysOf(a),
    doc,
  };
  if (a.source !== undefined) row.source = a.source;
  if (a.publishedAt !== undefined) row.publishedAt = a.publishedAt;
  if (a.read !== undefined) row.read = a.read;
  if (a.excerpt) row.excerpt = a.excerpt.slice(0, SUMMARY_TUNING.excerptChars);
  if (a.favourite !== undefined) row.favourite = a.favourite;
  if (a.archived !== undefined) row.archived = a.archived;
  // Absent rather than empty or zero: the byTag, byTagKey and byHighlightCount indexes then skip the row.
  if (a.tags?.length) {
    row.tags = [...a.tags];
    row.tagKeys = tagKeysOf(a.tags, row.savedMs, doc);
  }
  if (a.highlights?.length) row.highlightCount = a.highlights.length;
  if (a.note) row.hasNote = true;
  if (a.fetch) row.fetch = a.fetch.state;
  if (a.lang !== undefined) row.lang = a.lang;
  return row;
}

/** Drops the store's own keys so the UI gets exactly an ArticleSummary. */
export function toSummary(row: SummaryRow): ArticleSummary {
  const { savedMs: _s, urlKeys: _u, doc: _d, tagKeys: _t, ...summary } = row;
  return summary;
}

/**
 * Summaries newest first (by savedAt).
 * @param options.limit only the newest `limit`, for a first paint before the rest arrives.
 * @param options.category only this category's articles.
 */
export async function listSummaries(
  db: LibraryDb,
  options: { limit?: number; category?: string } = {},
): Promise<ArticleSummary[]> {
  const store = db.transaction('summaries').store;
  if (options.category !== undefined) {
    const rows = await store.index('byCategory').getAll(options.category);
    return rows
      .sort((a, b) => b.savedMs - a.savedMs)
      .slice(0, options.limit)
      .map(toSummary);
  }
  const index = store.index('bySavedMs');
  if (options.limit === undefined) return (await index.getAll()).reverse().map(toSummary);
  const newest = await newestRows(index, options.limit);
  if (newest) return newest.map(toSummary);
  const out: ArticleSummary[] = [];
  for (let c = await index.openCursor(null, 'prev'); c && out.length < options.limit; c = await c.continue())
    out.push(toSummary(c.value));
  return out;
}

/**
 * IDBIndex.getAllRecords (Chromium 141+):
 * one request for rows in a direction, where a cursor takes one per row.
 */
type RecordsIndex = {
  getAllRecords?(options: {
    count: number;
    direction: IDBCursorDirection;
  }): IDBRequest<Array<{ value: SummaryRow }>>;
};

/**
 * The newest `limit` rows in one request where the browser can;
 * undefined elsewhere (then a cursor walks them).
 */
function newestRows(
  index: IDBPIndex<JianbaoSchema, ['summaries'], 'summaries', 'bySavedMs'>,
  limit: number,
): Promise<SummaryRow[]> | undefined {
  const raw = unwrap(index) as unknown as RecordsIndex;
  if (typeof raw.getAllRecords !== 'function') return undefined;
  const request = raw.getAllRecords({ count: limit, direction: 'prev' });
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result.map((r) => r.value));
    request.onerror = () => reject(request.error ?? new Error('getAllRecords failed'));
  });
}

export interface CategoryCount {
  category: string;
  count: number;
  /** How many of `count` are archived, when the store knows (and there are any). */
  archived?: number;
}

/** A category's count, carrying `archived` only when some are. */
export function categoryCount(category: string, count: number, archived?: number): CategoryCount {
  return archived ? { category, count, archived } : { category, count };
}

/**
 * Every category with its article count, in no particular order. For callers that only look counts
 * up (the popup's first screen): the name order of listCategories needs ICU's Chinese collation,
 * whose first use costs a fresh page 16–24 ms in Chromium.
 */
export async function countCategories(db: LibraryDb): Promise<CategoryCount[]> {
  const tx = db.transaction(['summaries', 'meta']);
  const stats = await tx.objectStore('meta').get('stats');
  // Kept by every write since v3 (archived since v9): one read instead of two requests per category.
  if (stats?.categories)
    return Object.entries(stats.categories).map(([category, count]) =>
      categoryCount(category, count, stats.archived?.[category]),
    );
  const index = tx.objectStore('summaries').index('byCategory');
  const out: CategoryCount[] = [];
  // One step per distinct category, not per article.
  for (let c = await index.openKeyCursor(null, 'nextunique'); c; c = await c.continue()) {
    out.push({ category: c.key, count: await index.count(c.key) });
  }
  return out;
}

/** Every category with its article count, most articles first, then by name (pinyin order). */
export async function listCategories(db: LibraryDb): Promise<CategoryCount[]> {
  return (await countCategories(db)).sort(
    (a, b) => b.count - a.count || a.category.localeCompare(b.category, 'zh'),
  );
}

/** The summary of a full record (for code that already holds the record, like the scan). */
export function summaryOf(a: Omit<Article, 'contentHtml'>): ArticleSummary {
  return toSummary(toSummaryRow(a, 0));
}
