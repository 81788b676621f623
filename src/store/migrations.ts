/**
 * One upgrade block per schema version, run in order inside the versionchange transaction.
 * Never edit an old block: databases in the wild were built by it. Add a new one instead.
 */
import type { IDBPDatabase } from 'idb';
import type { Article } from '../shared/article.ts';
import type { IDBPTransaction } from 'idb';
import type { JianbaoSchema, StoreName, WriteTx } from './schema.ts';
import { IndexBatch, readStats, writeStats } from './search-index.ts';
import { notesText } from './notes-text.ts';
import { toSummaryRow } from './summaries.ts';
import { tagKeysOf } from './tag-keys.ts';
import { urlKeysOf } from '../shared/url-key.ts';

type UpgradeDb = IDBPDatabase<JianbaoSchema>;
type UpgradeTx = IDBPTransaction<JianbaoSchema, StoreName[], 'versionchange'>;
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

const MIGRATION_TUNING = {
  /** Backfill applies postings every this many articles, bounding memory on a large library. */
  backfillChunk: 500,
} as const;

/** MIGRATIONS[v - 1] upgrades a database from version v - 1 to v. */
const MIGRATIONS: readonly Migration[] = [
  // v1: the contract of issue #2 — `articles`, keyPath `id`, nothing else.
  (db) => {
    db.createObjectStore('articles', { keyPath: 'id' });
  },

  // v2: indexes, the light summaries store, the search index, offline images, counters.
  // Backfills summaries and postings for every v1 article. It uses the current indexer on purpose:
  // a later change of the postings format gets its own block that rebuilds them.
  async (db, tx) => {
    const articles = tx.objectStore('articles');
    articles.createIndex('byCategory', 'category');
    articles.createIndex('bySavedAt', 'savedAt');
    articles.createIndex('byPublishedAt', 'publishedAt');
    articles.createIndex('bySource', 'source');
    const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
    summaries.createIndex('bySavedMs', 'savedMs');
    summaries.createIndex('byUrl', 'urlKeys', { multiEntry: true });
    summaries.createIndex('byDoc', 'doc', { unique: true });
    summaries.createIndex('byCategory', 'category');
    db.createObjectStore('postings');
    // No articleId index: the compound key already groups an article's images in one key range.
    db.createObjectStore('images', { keyPath: ['articleId', 'url'] });
    db.createObjectStore('meta');

    const writer = tx as unknown as WriteTx; // the indexer takes any writing transaction
    const all: Article[] = await articles.getAll();
    let doc = 1;
    for (let i = 0; i < all.length; i += MIGRATION_TUNING.backfillChunk) {
      const batch = new IndexBatch();
      for (const article of all.slice(i, i + MIGRATION_TUNING.backfillChunk)) {
        batch.add(doc, article);
        await tx.objectStore('summaries').put(toSummaryRow(article, doc++));
      }
      await batch.apply(writer);
    }
    await writeStats(writer, { nextDoc: doc, docCount: all.length });
  },

  // v3: postings split into [token, segment] rows (postings.ts SEGMENT_DOCS), so a save rewrites
  // short rows instead of whole lists. A v2 library's string-keyed rows are dropped and rebuilt
  // from the records under their existing doc numbers. When v2 ran in this same upgrade (from v1)
  // it already wrote segment rows with the current indexer, and there is nothing to redo.
  // Also counts articles per category into the stats, for the popup's first paint.
  async (_db, tx) => {
    const writer = tx as unknown as WriteTx;
    const rows = await writer.objectStore('summaries').getAll();
    const stats = await readStats(writer);
    stats.categories = {};
    for (const row of rows) stats.categories[row.category] = (stats.categories[row.category] ?? 0) + 1;
    await writeStats(writer, stats);
    const postings = writer.objectStore('postings');
    // Keys order: numbers < dates < strings < binary < arrays, so every v2 key sorts before [].
    const oldRows = IDBKeyRange.upperBound([], true);
    if (!(await postings.count(oldRows))) return;
    await postings.delete(oldRows);
    for (let i = 0; i < rows.length; i += MIGRATION_TUNING.backfillChunk) {
      const batch = new IndexBatch();
      const chunk = rows.slice(i, i + MIGRATION_TUNING.backfillChunk);
      const records = await Promise.all(chunk.map((row) => writer.objectStore('articles').get(row.id)));
      chunk.forEach((row, j) => {
        const record = records[j];
        if (record) batch.add(row.doc, record);
      });
      await batch.apply(writer);
    }
  },

  // v4: URL keys recomputed with shared/url-key.ts, whose tracking parameters are also the id rule's:
  // a key that still holds a parameter the key function drops is never looked up again, so the page
  // would show no ✓ and a save from it could miss the stored article. Only rows that differ are written.
  async (_db, tx) => {
    const writer = tx as unknown as WriteTx;
    const summaries = writer.objectStore('summaries');
    let cursor = await writer.objectStore('articles').openCursor();
    while (cursor) {
      const keys = urlKeysOf(cursor.value);
      const row = await summaries.get(cursor.value.id);
      if (row && keys.join('\n') !== row.urlKeys.join('\n')) await summaries.put({ ...row, urlKeys: keys });
      cursor = await cursor.continue();
    }
  },

  // v5: sync (src/sync). `outbox` lists the articles changed since sync last pushed them, written in
  // the same transaction as each change while sync is on; `sync` holds whether it is on and how far
  // replicated changes are applied. Both start empty: sync is off until the user turns it on.
  (db) => {
    db.createObjectStore('outbox', { keyPath: 'id' });
    db.createObjectStore('sync');
  },

  // v6: the reader's own layer (docs/annotations.md). Summaries gain favourite, archived, tags,
  // highlightCount, hasNote, fetch and lang, and three indexes: byFetch (the fetch queue), byTag
  // (multiEntry, the `tag:` filter) and byHighlightCount (the Highlights page). The stats count
  // articles per tag. Notes are indexed with the body: a record that already holds some gets their
  // tokens under its doc number.
  async (_db, tx) => {
    const writer = tx as unknown as WriteTx;
    const summaries = writer.objectStore('summaries');
    const rawSummaries = tx.objectStore('summaries');
    rawSummaries.createIndex('byFetch', 'fetch');
    rawSummaries.createIndex('byTag', 'tags', { multiEntry: true });
    rawSummaries.createIndex('byHighlightCount', 'highlightCount');
    const stats = await readStats(writer);
    stats.tags = {};
    let batch = new IndexBatch();
    let noted = 0;
    let cursor = await writer.objectStore('articles').openCursor();
    while (cursor) {
      const record = cursor.value;
      const row = await summaries.get(record.id);
      if (row) {
        await summaries.put(toSummaryRow(record, row.doc));
        for (const tag of new Set(record.tags ?? [])) stats.tags[tag] = (stats.tags[tag] ?? 0) + 1;
        if (notesText(record)) {
          batch.change(row.doc, { ...record, note: undefined, highlights: undefined }, record);
          if (++noted % MIGRATION_TUNING.backfillChunk === 0) {
            await batch.apply(writer);
            batch = new IndexBatch();
          }
        }
      }
      cursor = await cursor.continue();
    }
    await batch.apply(writer);
    await writeStats(writer, stats);
  },

  // v7: the `tag:` filter reads a tag's newest rows, not all of them (search-filters.ts). Summaries with
  // tags gain `tagKeys` (tag-keys.ts: tag, then newest first, then doc) under a multiEntry byTagKey
  // index. The keys come from the row's own tags, savedMs and doc, so no record is read; rows without
  // tags are left as they are.
  async (_db, tx) => {
    tx.objectStore('summaries').createIndex('byTagKey', 'tagKeys', { multiEntry: true });
    const summaries = (tx as unknown as WriteTx).objectStore('summaries');
    // byTag lists only rows with tags, once per tag: its keys, deduplicated, are the rows to fill.
    const ids = new Set(await summaries.index('byTag').getAllKeys());
    for (const id of ids) {
      const row = await summaries.get(id);
      if (row?.tags?.length)
        await summaries.put({ ...row, tagKeys: tagKeysOf(row.tags, row.savedMs, row.doc) });
    }
  },

  // v8: each tag of an article is a token of its doc in the postings (tag-token.ts), so `word tag:X`
  // intersects posting lists. The tags come from the summary rows, which hold them with the doc: no
  // record is read and no body tokenized. A change from "no tags" to the row's tags writes exactly the
  // tag tokens (IndexBatch.change writes only tokens that differ); adding one that is there already
  // (a library rebuilt by an older block with today's docTerms) replaces it with itself.
  async (_db, tx) => {
    const writer = tx as unknown as WriteTx;
    const summaries = writer.objectStore('summaries');
    const ids = new Set(await summaries.index('byTag').getAllKeys());
    const rows = await Promise.all([...ids].map((id) => summaries.get(id)));
    const untagged = { title: '', textContent: '' };
    let batch = new IndexBatch();
    let tagged = 0;
    for (const row of rows) {
      if (!row?.tags?.length) continue;
      batch.change(row.doc, untagged, { ...untagged, tags: row.tags });
      if (++tagged % MIGRATION_TUNING.backfillChunk === 0) {
        await batch.apply(writer);
        batch = new IndexBatch();
      }
    }
    await batch.apply(writer);
  },

  // v9: the stats count archived articles per category, so the popup's first paint can size the groups
  // of its default view, which hides them. Counted from the summary rows, which hold `archived` since v6.
  async (_db, tx) => {
    const writer = tx as unknown as WriteTx;
    const stats = await readStats(writer);
    stats.archived = {};
    for (const row of await writer.objectStore('summaries').getAll())
      if (row.archived) stats.archived[row.category] = (stats.archived[row.category] ?? 0) + 1;
    await writeStats(writer, stats);
  },
];

/** Runs every block after `oldVersion` up to `newVersion`. */
export async function runMigrations(
  db: UpgradeDb,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const step = MIGRATIONS[v - 1];
    if (!step) throw new Error(`No migration to schema version ${v}`);
    await step(db, tx);
  }
}
