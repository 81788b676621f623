/**
 * Local changes → the replication buffer: each outbox row becomes its article's document merged
 * with the stored one (so a newer field from another device survives), then the row is cleared,
 * only after the write succeeded: a worker stopped half-way pushes the rest next time.
 */
import {
  clearOutbox,
  getArticle,
  listImages,
  readOutbox,
  type LibraryDb,
  type OutboxRow,
  type SyncedItem,
} from '../store/index.ts';
import { applyLocalChange, articleFromDoc } from './article-doc.ts';
import { articleDocId, isArticleDoc, type ArticleDoc } from './doc-types.ts';
import { deleteImageDocs, putImageDocs } from './image-docs.ts';
import { sameDoc } from './merge-doc.ts';
import type { AnyDoc, PouchDatabase } from './pouch.ts';

const PUSH_TUNING = {
  /** Outbox rows per round: one allDocs and one bulkDocs each. */
  batch: 100,
} as const;

export interface PushResult {
  pushed: number;
  /**
   * Documents this device's record is behind (a newer field from elsewhere won the merge and
   * no new revision carries it back): the caller applies them to the library.
   */
  reapply: SyncedItem[];
  /**
   * Revisions this push created for documents that did not exist before: they say exactly what the
   * library holds, so applying them back is skipped (a first push of a whole library).
   */
  created: Map<string, string>;
}

/**
 * Pushes every outbox row, a page at a time; images too unless `textOnly`. A row whose write lost to
 * a concurrent one (409) stays in the outbox for the next round.
 */
export async function pushOutbox(
  library: LibraryDb,
  local: PouchDatabase,
  textOnly: boolean,
): Promise<PushResult> {
  const result: PushResult = { pushed: 0, reapply: [], created: new Map() };
  for (let after: string | undefined; ;) {
    const batch = await readOutbox(library, PUSH_TUNING.batch, after);
    if (!batch.length) return result;
    after = batch[batch.length - 1]!.id;
    const lost = await pushBatch(library, local, batch, textOnly, result);
    const done = batch.filter((row) => !lost.has(row.id));
    await clearOutbox(library, done);
    result.pushed += done.length;
  }
}

/** Writes one batch; returns the ids whose write lost to a concurrent one (left in the outbox). */
async function pushBatch(
  library: LibraryDb,
  local: PouchDatabase,
  rows: readonly OutboxRow[],
  textOnly: boolean,
  result: PushResult,
): Promise<Set<string>> {
  const { rows: stored } = await local.allDocs({
    keys: rows.map((r) => articleDocId(r.id)),
    include_docs: true,
  });
  const writes: ArticleDoc[] = [];
  const fresh = new Set<string>();
  const articles = await Promise.all(rows.map((row) => getArticle(library, row.id)));
  rows.forEach((row, i) => {
    const doc = (stored[i] as { doc?: AnyDoc } | undefined)?.doc;
    // Someone else's document under this id is not ours to change: the article stays local.
    if (doc && !isArticleDoc(doc)) return;
    const existing = isArticleDoc(doc) ? doc : undefined;
    const merged = applyLocalChange(existing, articles[i], row);
    if (!doc && articles[i]) fresh.add(merged._id);
    if (!existing || !sameDoc(existing, merged)) writes.push(merged);
    // No new revision: the record may still be behind the stored document (a change from elsewhere,
    // skipped while this one waited). Applying it again costs nothing when it is not.
    else result.reapply.push({ change: { kind: 'article', id: row.id, article: articleFromDoc(merged) } });
  });
  const lost = new Set<string>();
  if (writes.length) {
    const answers = await local.bulkDocs(writes);
    answers.forEach((answer, i) => {
      if (answer.ok && answer.rev && fresh.has(writes[i]!._id))
        result.created.set(writes[i]!._id, answer.rev);
      if ('error' in answer && answer.error) {
        if (answer.status === 409) lost.add(writes[i]!.articleId);
        else
          throw Object.assign(new Error(`push ${writes[i]!._id}: ${answer.name}`), { status: answer.status });
      }
    });
  }
  for (const [i, row] of rows.entries()) {
    if (lost.has(row.id)) continue;
    const article = articles[i];
    if (!article) {
      if (row.fields.includes('deleted')) await deleteImageDocs(local, row.id);
    } else if (!textOnly && row.fields.some((f) => f === 'all' || f === 'content' || f === 'images')) {
      const images = await listImages(library, row.id);
      if (images.length) await putImageDocs(local, row.id, images);
    }
  }
  return lost;
}
