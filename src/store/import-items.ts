/**
 * Writes the records of an import from another service (src/import/to-records.ts) into the library,
 * all or nothing. An item already here, by id (its infoCode or URL id) or by any normalized URL, is
 * merged into the stored record (import-merge.ts), never added twice; so is an article the file
 * lists twice.
 */
import type { Article } from '../shared/article.ts';
import { urlKeysOf } from '../shared/url-key.ts';
import type { ArticleSnapshot } from './articles.ts';
import { restoreArticles } from './bulk.ts';
import { mergeImported, sameRecord } from './import-merge.ts';
import type { LibraryDb } from './schema.ts';
import { storedMatches, type StoredReader } from './stored-match.ts';

export interface ImportCounts {
  /** New records. */
  added: number;
  /** Records already here that the import changed (states, tags, highlights or a body). */
  merged: number;
  /** Records already here that the import had nothing to add to. */
  unchanged: number;
  /** Of the added and merged records, those still waiting for their page (link-only). */
  pending: number;
}

export interface ImportWritten {
  counts: ImportCounts;
  /** The records written, as stored: the caller fetches the images of those with a body. */
  written: Article[];
}

/**
 * The file's records with the ones naming the same article (same id or a shared URL key) merged,
 * in file order.
 */
function foldDuplicates(records: readonly Article[], now: Date): Article[] {
  const out: Article[] = [];
  const indexOf = new Map<string, number>();
  for (const record of records) {
    const keys = [`id:${record.id}`, ...urlKeysOf(record)];
    const at = keys.map((key) => indexOf.get(key)).find((i) => i !== undefined);
    if (at === undefined) out.push(record);
    else out[at] = mergeImported(out[at]!, record, now);
    for (const key of keys) indexOf.set(key, at ?? out.length - 1);
  }
  return out;
}

/** A stored record and its offline images (which a replacing restore would otherwise drop). */
type Found = { stored: Article; images: NonNullable<ArticleSnapshot['images']> } | undefined;

/**
 * The stored record of each incoming one, read in one transaction: same id, else same normalized URL,
 * unless both carry infoCodes that differ (two articles on one share template; see stored-match.ts). The
 * summaries, read whole in one request (the popup's first paint reads them too), answer which ids and
 * URL keys are taken, so a file of 10,000 new links costs no lookup per link.
 */
async function findStored(db: LibraryDb, records: readonly Article[]): Promise<Found[]> {
  const tx = db.transaction(['articles', 'summaries', 'images']);
  const summaries = await tx.objectStore('summaries').getAll();
  const ids = new Set(summaries.map((row) => row.id));
  const byUrl = new Map<string, string>();
  for (const row of summaries) for (const key of row.urlKeys) if (!byUrl.has(key)) byUrl.set(key, row.id);
  const articles = tx.objectStore('articles');
  const images = tx.objectStore('images');
  // Ids and addresses nobody holds are answered from the summaries, without a request.
  const reader: StoredReader = {
    article: (id) => (ids.has(id) ? articles.get(id) : Promise.resolve(undefined)),
    idAt: (key) => Promise.resolve(byUrl.get(key)),
  };
  const one = async (record: Article): Promise<Found> => {
    for await (const stored of storedMatches(reader, record)) {
      const rows = stored.imagesStored?.length
        ? await images.getAll(IDBKeyRange.bound([stored.id], [stored.id, []]))
        : [];
      return { stored, images: rows.map(({ url, blob }) => ({ url, blob })) };
    }
    return undefined;
  };
  const found = await Promise.all(records.map(one));
  await tx.done;
  return found;
}

/**
 * Merges `records` into the library in one transaction (restoreArticles): all or nothing, and a popup
 * opened meanwhile sees the library before or after, never half of it. Records the import leaves as
 * they are not rewritten.
 * A change made elsewhere between this read and the write (a save in another tab) can be overwritten
 * by the merged record; an import takes seconds, and the merge keeps that record's user state anyway.
 * @throws StoreError when the write fails; the library is then as it was.
 */
export async function importItems(
  db: LibraryDb,
  records: readonly Article[],
  now = new Date(),
): Promise<ImportWritten> {
  const folded = foldDuplicates(records, now);
  const found = await findStored(db, folded);
  const counts: ImportCounts = { added: 0, merged: 0, unchanged: 0, pending: 0 };
  // Two incoming records can find the same stored one (one by id, one by URL): merged into one write.
  const snapshotAt = new Map<string, number>();
  const snapshots: ArticleSnapshot[] = [];
  folded.forEach((record, i) => {
    const hit = found[i];
    if (!hit) {
      snapshots.push(record);
      counts.added++;
      return;
    }
    const at = snapshotAt.get(hit.stored.id);
    const merged = mergeImported(at === undefined ? hit.stored : snapshots[at]!, record, now);
    if (at === undefined && sameRecord(merged, hit.stored)) {
      counts.unchanged++;
      return;
    }
    // Images stay only while the merged body still lists them (a stored body is kept with its images).
    const held = new Set(merged.imagesStored ?? []);
    const snapshot: ArticleSnapshot = {
      ...merged,
      images: hit.images.filter((image) => held.has(image.url)),
    };
    if (at !== undefined) {
      snapshots[at] = snapshot;
      return;
    }
    snapshotAt.set(hit.stored.id, snapshots.length);
    snapshots.push(snapshot);
    counts.merged++;
  });
  counts.pending = snapshots.filter((s) => s.fetch?.state === 'pending').length;
  // Oldest save first: doc numbers then follow savedAt, and search breaks score ties by doc number.
  snapshots.sort((a, b) => (Date.parse(a.savedAt) || 0) - (Date.parse(b.savedAt) || 0));
  await restoreArticles(db, snapshots);
  const written = snapshots.map(({ images: _images, ...article }) => article);
  return { counts, written };
}
