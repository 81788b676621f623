/**
 * The one typed schema of the `jianbao` database: a wrong store or index name is a compile error.
 * Each version's shape is built by its own block in migrations.ts; this file describes the current one.
 */
import type { Article } from '../shared/article.ts';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ArticleSummary } from './types.ts';

/** Database name fixed by issue #2 (the e2e tests read it directly). */
export const DB_NAME = 'jianbao';
export const DB_VERSION = 9;

/** A `summaries` row: what the popup list shows, plus the keys the store needs to find it. */
export interface SummaryRow extends ArticleSummary {
  /** savedAt as epoch ms: ISO strings with different offsets do not sort as text. */
  savedMs: number;
  /** Normalized page and canonical URLs (shared/url-key.ts): dedupe on save. */
  urlKeys: string[];
  /** Small integer naming this version of the article in the postings; a re-save gets a new one. */
  doc: number;
  /**
   * Since v7, one per tag (tag-keys.ts): the tag, then newest first, then the doc. Absent without
   * tags. Derived from `tags`, `savedMs` and `doc` by toSummaryRow, like the rest of the row.
   */
  tagKeys?: string[];
}

/** [token, segment]: see SEGMENT_DOCS in postings.ts. */
export type PostingKey = [token: string, segment: number];

/** An offline copy of one image of one article. */
export interface ImageRow {
  articleId: string;
  /** The original URL, as written in contentHtml. */
  url: string;
  blob: Blob;
}

/** Library-wide counters kept in step with every write. */
export interface LibraryStats {
  /** Next `SummaryRow.doc`; never reused, so a stale posting can only point at nothing. */
  nextDoc: number;
  /** Articles in the library (the N of idf). */
  docCount: number;
  /**
   * Articles per category, so the popup's first paint gets every count in one read. The v3 block
   * writes it; a stats record without it (v2) makes countCategories count through the index.
   */
  categories?: Record<string, number>;
  /** Articles per tag (since v6), for tag completion and the tag list in one read, like `categories`. */
  tags?: Record<string, number>;
  /**
   * Archived articles per category (since v9), included in `categories`: the popup's default view
   * hides them, so its group sizes are `categories` less these.
   */
  archived?: Record<string, number>;
}

/** What a write changed, so sync pushes only those fields (`all`: a new or restored record). */
export type OutboxField =
  | 'all'
  | 'content'
  | 'deleted'
  | 'category'
  | 'tags'
  | 'read'
  | 'readingPosition'
  | 'images'
  | 'favourite'
  | 'archived'
  | 'note'
  | 'highlights';

/** An article changed since sync last pushed it; written only while sync is on (src/sync). */
export interface OutboxRow {
  id: string;
  /** Epoch ms of the latest write: the timestamp its fields get in the replicated document. */
  at: number;
  /** Union of what the writes since the last push changed. */
  fields: OutboxField[];
}

/** Whether sync is on, and how far the replicated changes have been applied to this library. */
export interface SyncState {
  enabled: boolean;
  /** The replication buffer's `update_seq` up to which its changes are in this library. */
  appliedSeq?: number | string;
}

export interface JianbaoSchema extends DBSchema {
  /** One full record per article, keyPath `id`, stored verbatim (the issue #2 contract). */
  articles: {
    key: string;
    value: Article;
    indexes: { byCategory: string; bySavedAt: string; byPublishedAt: string; bySource: string };
  };
  /** Light copy of each article for the popup; written in the same transactions as `articles`. */
  summaries: {
    key: string;
    value: SummaryRow;
    indexes: {
      bySavedMs: number;
      byUrl: string;
      byDoc: number;
      byCategory: string;
      /** Since v6: link records waiting for (`pending`) or refused by (`failed`) the fetch queue. */
      byFetch: string;
      /** Since v6, multiEntry: the articles of one tag, for the `tag:` filter and renames. */
      byTag: string;
      /**
       * Since v7, multiEntry over `tagKeys`: a tag's rows newest first, read a page at a time, and its
       * docs from the keys alone (search-filters.ts). byTag stays for renames and counts by tag name.
       */
      byTagKey: string;
      /** Since v6: only rows with highlights have `highlightCount`, so this lists exactly them. */
      byHighlightCount: number;
    };
  };
  /**
   * Inverted index: [token, segment] → packed postings of that segment's docs (postings.ts). A v2
   * database keys whole lists by token alone, which the v3 block rebuilds. Out-of-line key: the value
   * is just bytes.
   */
  postings: { key: PostingKey; value: Uint8Array };
  /** Offline images, key [articleId, url], so one key range holds an article's images. */
  images: { key: [string, string]; value: ImageRow };
  /** Singletons, by name. */
  meta: { key: 'stats'; value: LibraryStats };
  /** Article ids changed since sync last pushed them (since v5); empty while sync is off. */
  outbox: { key: string; value: OutboxRow };
  /**
   * `'state'` → SyncState (since v5). A store of its own rather than a `meta` row: meta's one value
   * type is LibraryStats, and a union would cost every stats reader a cast.
   */
  sync: { key: 'state'; value: SyncState };
}

export type LibraryDb = IDBPDatabase<JianbaoSchema>;
export type StoreName = StoreNames<JianbaoSchema>;
/**
 * A transaction that writes: a save's, or the upgrade's during a backfill. Deliberately over all
 * stores: idb's per-store transaction types do not widen, and runWrite opens exactly the stores named.
 */
export type WriteTx = IDBPTransaction<JianbaoSchema, StoreName[], 'readwrite' | 'versionchange'>;
