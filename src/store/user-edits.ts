/**
 * Writes of the reader's own layer (flags, note, tags, highlights, fetch state): the record, its summary
 * and, when the notes changed, the postings of the notes' tokens, under the article's doc number, since
 * its title and body are unchanged.
 */
import { limitNote, validateTag } from '../annotations/limits.ts';
import type { Article } from '../shared/article.ts';
import { toIsoWithOffset } from '../shared/iso-date.ts';
import { StoreError } from './errors.ts';
import { notesText } from './notes-text.ts';
import { OUTBOX_STORES } from './outbox.ts';
import type { OutboxField, WriteTx } from './schema.ts';
import { countArticle, IndexBatch, readStats, writeStats } from './search-index.ts';
import { toSummaryRow } from './summaries.ts';
import { sameTags } from './tag-token.ts';
import type { ArticlePatch } from './types.ts';

/** The stores a user edit opens: no images, and postings only for the notes. */
export const USER_EDIT_STORES = ['articles', 'summaries', 'postings', 'meta', ...OUTBOX_STORES] as const;

/** Patch keys in the order the outbox records them; each is its own OutboxField. */
export const PATCH_FIELDS = [
  'category',
  'tags',
  'read',
  'readingPosition',
  'favourite',
  'archived',
  'note',
] as const satisfies ReadonlyArray<keyof ArticlePatch & OutboxField>;

/**
 * Tags as stored: each normalized (limits.ts), empty ones and repeats dropped, first place kept. A tag
 * over TAG_MAX_CHARS is refused with an error, never cut: the UI checks first and says why.
 */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const check = validateTag(raw);
    if (!check.ok && check.reason === 'too-long')
      throw new StoreError('write-failed', `Tag refused (longer than the limit): ${raw.slice(0, 80)}`);
    if (check.ok && !out.includes(check.tag)) out.push(check.tag);
  }
  return out;
}

/** `stored` with `patch` applied (updatedAt is putEdited's). */
export function patchedArticle(stored: Article, patch: ArticlePatch): Article {
  const next: Article = { ...stored };
  const edited = new Set(stored.editedFields ?? []);
  if (patch.category !== undefined) {
    next.category = patch.category;
    edited.add('category');
  }
  if (patch.tags !== undefined) {
    next.tags = cleanTags(patch.tags);
    edited.add('tags');
  }
  if (patch.read !== undefined) next.read = patch.read;
  if (patch.readingPosition !== undefined)
    next.readingPosition = Math.min(1, Math.max(0, patch.readingPosition));
  if (patch.favourite !== undefined) next.favourite = patch.favourite;
  if (patch.archived !== undefined) next.archived = patch.archived;
  if (patch.note !== undefined) {
    const { note } = limitNote(patch.note);
    if (note.trim()) next.note = note;
    else delete next.note;
  }
  if (edited.size) next.editedFields = [...edited];
  return next;
}

/**
 * Writes `next` in place of `stored` (same id, same title and body): counters, the postings of the
 * notes and tags, record and summary. Sets `next.updatedAt`.
 */
export async function putEdited(tx: WriteTx, stored: Article, next: Article, now: Date): Promise<void> {
  next.updatedAt = toIsoWithOffset(now);
  const row = await tx.objectStore('summaries').get(stored.id);
  if (!row) throw new StoreError('not-found', `No article ${stored.id}`);
  const tagsKept = sameTags(stored, next);
  // The stats count categories, tags and each category's archived articles.
  if (stored.category !== next.category || !tagsKept || !!stored.archived !== !!next.archived) {
    const stats = await readStats(tx);
    countArticle(stats, stored, -1);
    countArticle(stats, next, 1);
    await writeStats(tx, stats);
  }
  // Notes are searched as body text and each tag has its token: either change rewrites a few postings.
  if (notesText(stored) !== notesText(next) || !tagsKept) {
    const batch = new IndexBatch();
    batch.change(row.doc, stored, next);
    await batch.apply(tx);
  }
  await tx.objectStore('articles').put(next);
  await tx.objectStore('summaries').put(toSummaryRow(next, row.doc));
}
