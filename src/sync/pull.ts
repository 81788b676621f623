/**
 * The replication buffer → the library: reads its changes since the applied checkpoint, resolves
 * conflicts, and applies what each Jianbao document says (derived data follows: summaries, postings).
 * The checkpoint moves in the same transactions, so a restarted worker resumes where it stopped.
 */
import type { Article } from '../shared/article.ts';
import {
  appliedSeq,
  applySynced,
  getArticle,
  markApplied,
  SEGMENT_DOCS,
  type LibraryDb,
  type SyncedItem,
} from '../store/index.ts';
import { articleFromDoc } from './article-doc.ts';
import { resolveConflicts } from './conflicts.ts';
import { isArticleDoc, isImageDoc, isJianbaoDoc, type ImageDoc } from './doc-types.ts';
import { articlesWithImages, imagesOf, syncedImageOf } from './image-docs.ts';
import type { AnyDoc, PouchDatabase } from './pouch.ts';

export const PULL_TUNING = {
  /** Changes read per request (documents only: image blobs are read one document at a time). */
  batch: 200,
  /**
   * Items gathered before they are applied: a whole postings segment, so an initial sync writes each
   * segment's rows about once, as an import does (bulk.ts), not once per request.
   */
  applyBatch: SEGMENT_DOCS,
  /**
   * Image bytes held before they are written: a batch of a hundred 5 MB photos would otherwise sit
   * in memory at once. Four articles at the per-article cap.
   */
  maxPendingImageBytes: 80 * 1024 * 1024,
} as const;

/**
 * Applies items until all are in (each call takes what fits in one postings segment); returns the
 * changed ids.
 */
export async function applyAll(library: LibraryDb, items: SyncedItem[]): Promise<string[]> {
  const changed = new Set<string>();
  for (let rest = items; rest.length;) {
    const result = await applySynced(library, rest);
    if (result.off) break;
    result.changed.forEach((id) => changed.add(id));
    rest = rest.slice(result.done);
  }
  return [...changed];
}

/** Whether an article has images to look for (most text-only news pages have none: no lookup then). */
const showsImages = (article: Article): boolean =>
  Boolean(article.leadImage) || /<img\b/i.test(article.contentHtml);

interface PullContext {
  library: LibraryDb;
  local: PouchDatabase;
  textOnly: boolean;
  /** Articles with image documents in the buffer (read once per pull). */
  withImages: ReadonlySet<string>;
}

/** What one change means for the library, or undefined when it means nothing here. */
async function itemOf(
  { library, local, textOnly, withImages }: PullContext,
  seq: number | string,
  doc: AnyDoc,
): Promise<SyncedItem | undefined> {
  if (isArticleDoc(doc)) {
    const article = articleFromDoc(doc);
    const item: SyncedItem = { seq, change: { kind: 'article', id: doc.articleId, article } };
    if (article && !textOnly && withImages.has(doc.articleId) && showsImages(article)) {
      // A new article, or new content, brings the images that arrived before it.
      const current = await getArticle(library, doc.articleId);
      if (!current || current.contentHtml !== article.contentHtml)
        item.change = { ...item.change, kind: 'article', images: await imagesOf(local, doc.articleId) };
    }
    return item;
  }
  if (isImageDoc(doc) && !textOnly) {
    const { rows } = await local.allDocs({ keys: [doc._id], include_docs: true, attachments: true });
    const full = rows[0]?.doc;
    const image = isImageDoc(full ?? undefined) ? syncedImageOf(full as unknown as ImageDoc) : undefined;
    if (image) return { seq, change: { kind: 'image', id: doc.articleId, image } };
  }
  return undefined;
}

/** Bytes of the images an item carries. */
function imageBytes({ change }: SyncedItem): number {
  if (change.kind === 'image') return change.image.blob.size;
  return (change.images ?? []).reduce((sum, image) => sum + image.blob.size, 0);
}

/** Applies every change of the buffer since the checkpoint; returns the ids of articles that changed. */
export async function pullChanges(
  library: LibraryDb,
  local: PouchDatabase,
  textOnly: boolean,
  created: ReadonlyMap<string, string> = new Map(),
): Promise<string[]> {
  const context: PullContext = {
    library,
    local,
    textOnly,
    withImages: textOnly ? new Set() : await articlesWithImages(local),
  };
  const changed = new Set<string>();
  let items: SyncedItem[] = [];
  let pendingBytes = 0;
  /** The last change every earlier one of which is applied or ignored. */
  let readUpTo: number | string | undefined;
  const flush = async () => {
    (await applyAll(library, items)).forEach((id) => changed.add(id));
    items = [];
    pendingBytes = 0;
    if (readUpTo !== undefined) await markApplied(library, readUpTo);
  };
  let since = (await appliedSeq(library)) ?? 0;
  for (;;) {
    const feed = await local.changes({
      since,
      limit: PULL_TUNING.batch,
      include_docs: true,
      conflicts: true,
      attachments: false,
    });
    if (!feed.results.length) break;
    for (const change of feed.results) {
      let doc = change.doc;
      // Deleted documents are image documents of deleted articles, or not Jianbao's: articles are
      // deleted by a tombstone field, and nothing else in the database is ours to act on, apart from
      // Jianbao's own revisions in conflict with another program's document (conflicts.ts).
      if (!doc || change.deleted) continue;
      if (Array.isArray(doc._conflicts) && doc._conflicts.length) {
        const resolved = await resolveConflicts(local, doc as Parameters<typeof resolveConflicts>[1]);
        if (!resolved) continue;
        doc = resolved;
      } else {
        if (!isJianbaoDoc(doc)) continue;
        // This round's push wrote it from the library: nothing to apply.
        if (created.get(doc._id as string) === doc._rev) continue;
      }
      const item = await itemOf(context, change.seq, doc);
      if (!item) continue;
      items.push(item);
      pendingBytes += imageBytes(item);
      if (pendingBytes > PULL_TUNING.maxPendingImageBytes) await flush();
    }
    readUpTo = since = feed.last_seq;
    if (items.length >= PULL_TUNING.applyBatch) await flush();
  }
  await flush();
  return [...changed];
}
