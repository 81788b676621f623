/**
 * Conflicted documents (edited on two devices between replications) become one: every leaf merged
 * into the winning revision, the losing leaves deleted, the standard CouchDB way. Every device that
 * resolves the same conflict writes the same merged content, so the resolutions agree.
 *
 * A leaf that is not Jianbao's (another program's document under an id Jianbao uses, met when a
 * device pushed its article before it had ever pulled that document) is never merged or deleted:
 * Jianbao's own revisions at that id are withdrawn instead, so the other program's document wins on
 * every replica, and the article stays in the library of the device that saved it.
 */
import { isArticleDoc, isJianbaoDoc, type ArticleDoc } from './doc-types.ts';
import { mergeDocs, sameDoc } from './merge-doc.ts';
import type { AnyDoc, PouchDatabase } from './pouch.ts';

type Winner = AnyDoc & { _id: string; _rev: string; _conflicts?: string[] };

const deletion = (id: string, rev: string): AnyDoc => ({ _id: id, _rev: rev, _deleted: true });

/**
 * Resolves the conflicts of `winner` (read with `conflicts: true`) and returns the merged document, or
 * undefined when the winner or a leaf belongs to another program (Jianbao's revisions, if any, are then
 * withdrawn). Image documents at one id hold the same image: their winner stands as it is.
 */
export async function resolveConflicts(db: PouchDatabase, winner: Winner): Promise<AnyDoc | undefined> {
  const { _conflicts: losers = [], ...clean } = winner;
  const leaves: Array<AnyDoc & { _rev: string }> = [];
  for (const leaf of await db.get(winner._id, { open_revs: losers }))
    if ('ok' in leaf) leaves.push(leaf.ok as AnyDoc & { _rev: string });
  if (!isJianbaoDoc(clean) || leaves.some((leaf) => !isJianbaoDoc(leaf))) {
    const ours = [winner, ...leaves].filter((leaf) => isJianbaoDoc(leaf)).map((leaf) => leaf._rev);
    if (ours.length) await db.bulkDocs(ours.map((rev) => deletion(winner._id, rev)));
    return undefined;
  }
  const deletions = losers.map((rev) => deletion(winner._id, rev));
  if (!isArticleDoc(clean)) {
    await db.bulkDocs(deletions);
    return clean;
  }
  let merged: ArticleDoc = clean;
  for (const leaf of leaves) if (isArticleDoc(leaf)) merged = mergeDocs(merged, leaf);
  if (!sameDoc(merged, clean)) {
    const { rev } = await db.put({ ...merged, _rev: winner._rev });
    merged = { ...merged, _rev: rev };
  }
  await db.bulkDocs(deletions);
  return merged;
}
