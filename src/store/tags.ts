/** The user's tags across the library: the counts for completion and filters, and renames. */
import { normalizeTag, validateTag } from '../annotations/limits.ts';
import { StoreError } from './errors.ts';
import { recordChanges } from './outbox.ts';
import type { LibraryDb } from './schema.ts';
import { runWrite } from './tx.ts';
import { putEdited, USER_EDIT_STORES } from './user-edits.ts';

export interface TagCount {
  tag: string;
  count: number;
}

/**
 * Every tag with how many articles carry it, most first, then by name (pinyin order). One read: the
 * stats keep the counts in step with every write (since v6).
 */
export async function listTags(db: LibraryDb): Promise<TagCount[]> {
  const tx = db.transaction(['summaries', 'meta']);
  const counted = (await tx.objectStore('meta').get('stats'))?.tags;
  let tags: TagCount[];
  if (counted) tags = Object.entries(counted).map(([tag, count]) => ({ tag, count }));
  else {
    // A stats record without tag counts: one step per distinct tag.
    const index = tx.objectStore('summaries').index('byTag');
    tags = [];
    for (let c = await index.openKeyCursor(null, 'nextunique'); c; c = await c.continue())
      tags.push({ tag: c.key, count: await index.count(c.key) });
  }
  return tags.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'zh'));
}

/**
 * Renames tag `from` to `to` on every article carrying it, or merges it into `to` where an article
 * already has both; all in one transaction. Each changed article's tags count as edited by the user
 * (`editedFields` 'tags'), so a re-save keeps them, and go to the outbox as 'tags'.
 * @returns how many articles changed.
 * @throws StoreError when `to` is refused (empty or over TAG_MAX_CHARS); nothing is written.
 */
export async function renameTag(db: LibraryDb, from: string, to: string, now = new Date()): Promise<number> {
  const check = validateTag(to);
  if (!check.ok) throw new StoreError('write-failed', `Tag refused (${check.reason}): ${to.slice(0, 80)}`);
  const old = normalizeTag(from);
  const target = check.tag;
  if (old === target || old === '') return 0;
  return runWrite(db, USER_EDIT_STORES, `rename tag ${old}`, async (tx) => {
    const ids = await tx.objectStore('summaries').index('byTag').getAllKeys(old);
    for (const id of ids) {
      const stored = await tx.objectStore('articles').get(id);
      if (!stored) continue;
      const tags = [...new Set(stored.tags.map((tag) => (tag === old ? target : tag)))];
      const edited = new Set(stored.editedFields ?? []).add('tags');
      await putEdited(tx, stored, { ...stored, tags, editedFields: [...edited] }, now);
    }
    await recordChanges(
      tx,
      ids.map((id) => [id, ['tags']] as const),
      now.getTime(),
    );
    return ids.length;
  });
}
