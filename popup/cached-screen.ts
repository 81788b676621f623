/**
 * The popup's first screen as it last showed it, kept in the extension's localStorage so the next open
 * can draw the list at once, before IndexedDB has opened (20–40 ms in a fresh popup on a 2-core machine,
 * plus the read). The list is then read from IndexedDB as before and replaces this copy: a change made
 * while the popup was closed (an auto-saved share page, an edit in the reader) shows one read later.
 * The key and the dropping of the copy live in src/shared/cached-screen-storage.ts: the options page
 * drops it too.
 */
import { CACHED_SCREEN_KEY } from '../src/shared/cached-screen-storage.ts';
import { categoryCount, type ArticleSummary, type CategoryCount } from '../src/store/index.ts';
import { categoriesOf, countSummaries, type CategoryCounts } from './category-counts.ts';

export interface CachedScreen {
  newest: ArticleSummary[];
  categories: CategoryCount[];
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isOptionalString = (v: unknown): boolean => v === undefined || isString(v);
const isOptionalBoolean = (v: unknown): boolean => v === undefined || typeof v === 'boolean';

function isSummary(v: unknown): v is ArticleSummary {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    isString(s.id) &&
    isString(s.title) &&
    isString(s.category) &&
    isString(s.savedAt) &&
    isOptionalString(s.source) &&
    isOptionalString(s.publishedAt) &&
    isOptionalString(s.excerpt) &&
    isOptionalBoolean(s.read) &&
    isOptionalBoolean(s.favourite) &&
    isOptionalBoolean(s.archived) &&
    isOptionalBoolean(s.hasNote) &&
    (s.tags === undefined || (Array.isArray(s.tags) && s.tags.every(isString))) &&
    (s.highlightCount === undefined ||
      (Number.isSafeInteger(s.highlightCount) && (s.highlightCount as number) >= 0)) &&
    (s.fetch === undefined || s.fetch === 'pending' || s.fetch === 'failed') &&
    isOptionalString(s.lang)
  );
}

function isCount(v: unknown): v is CategoryCount {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  const count = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;
  return isString(c.category) && count(c.count) && (c.archived === undefined || count(c.archived));
}

const SUMMARY_FIELDS = [
  'id',
  'title',
  'category',
  'savedAt',
  'source',
  'publishedAt',
  'excerpt',
  'read',
  'favourite',
  'archived',
  'tags',
  'highlightCount',
  'hasNote',
  'fetch',
  'lang',
] as const;

/** Only the fields of a summary: an unknown key in the stored copy is not carried into the UI. */
function pickSummary(summary: ArticleSummary): ArticleSummary {
  const picked: Record<string, unknown> = {};
  for (const field of SUMMARY_FIELDS) if (summary[field] !== undefined) picked[field] = summary[field];
  return picked as unknown as ArticleSummary;
}

/** The stored copy; undefined when there is none, it cannot be read, or it is not in the expected shape. */
export function readCachedScreen(storage: Pick<Storage, 'getItem'> | undefined): CachedScreen | undefined {
  try {
    const raw = storage?.getItem(CACHED_SCREEN_KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as { newest?: unknown; categories?: unknown };
    const { newest, categories } = parsed;
    if (!Array.isArray(newest) || !newest.every(isSummary)) return undefined;
    if (!Array.isArray(categories) || !categories.every(isCount)) return undefined;
    return {
      newest: newest.map(pickSummary),
      categories: categories.map(({ category, count, archived }) => categoryCount(category, count, archived)),
    };
  } catch {
    return undefined; // storage disabled, or a copy cut short: the popup reads IndexedDB as before
  }
}

/** Keeps `screen` for the next open; a full or disabled storage only loses the head start. */
export function writeCachedScreen(storage: Pick<Storage, 'setItem'> | undefined, screen: CachedScreen): void {
  try {
    storage?.setItem(
      CACHED_SCREEN_KEY,
      JSON.stringify({ newest: screen.newest.map(pickSummary), categories: screen.categories }),
    );
  } catch {
    /* quota or disabled storage */
  }
}

/**
 * The first screen of a list the popup holds: its newest `rows` summaries and every category's count.
 * @param summaries newest first, as the store lists them.
 * @param counts the categories' counts while `summaries` holds only the newest few; else counted here.
 */
export function screenOf(
  summaries: readonly ArticleSummary[],
  rows: number,
  counts?: CategoryCounts,
): CachedScreen {
  return {
    newest: summaries.slice(0, rows),
    categories: counts ? categoriesOf(counts) : countSummaries(summaries),
  };
}
