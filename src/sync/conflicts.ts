/**
 * Conflicted documents (edited on two devices between replications) become one: every leaf merged
 * into the winning revision, the losing leaves deleted, the standard CouchDB way. Every device that
 * resolves the same conflict writes the same merged content, so the resolutions agree.
 */
import { isArticleDoc, type ArticleDoc } from './doc-types.ts';
import { mergeDocs, sameDoc } from './merge-doc.ts';
import type { AnyDoc, PouchDatabase } from './pouch.ts';

type Winner = AnyDoc & { _id: string; _rev: string; _conflicts?: string[] };

/**
 * Resolves the conflicts of `winner` (read with `conflicts: true`), a Jianbao document, and returns
 * the merged document. Image documents at one id hold the same image: their winner stands as it is.
 */
export async function resolveConflicts(db: PouchDatabase, winner: Winner): Promise<AnyDoc> {
  const { _conflicts: losers = [], ...clean } = winner;
  const deletions: AnyDoc[] = losers.map((rev) => ({ _id: winner._id, _rev: rev, _deleted: true }));
  if (!isArticleDoc(clean)) {
    await db.bulkDocs(deletions);
    return clean;
  }
  let merged: ArticleDoc = clean;
  for (const leaf of await db.get(winner._id, { open_revs: losers }))
    if ('ok' in leaf && isArticleDoc(leaf.ok)) merged = mergeDocs(merged, leaf.ok);
  if (!sameDoc(merged, clean)) {
    const { rev } = await db.put({ ...merged, _rev: winner._rev });
    merged = { ...merged, _rev: rev };
  }
  await db.bulkDocs(deletions);
  return merged;
}
