/**
 * The reader's highlights: each add, edit or delete is one transaction over the record, its summary
 * (highlightCount), the postings of highlight notes and the outbox ('highlights').
 */
import { deleteHighlight } from '../annotations/merge.ts';
import { isHighlightColor, limitNote } from '../annotations/limits.ts';
import type { Highlight, HighlightColor } from '../annotations/types.ts';
import type { Article } from '../shared/article.ts';
import { toIsoWithOffset } from '../shared/iso-date.ts';
import { StoreError } from './errors.ts';
import { recordChanges } from './outbox.ts';
import type { LibraryDb } from './schema.ts';
import { runWrite } from './tx.ts';
import { putEdited, USER_EDIT_STORES } from './user-edits.ts';

function checkColor(color: unknown): asserts color is HighlightColor {
  if (!isHighlightColor(color))
    throw new StoreError('write-failed', `Unknown highlight colour: ${String(color)}`);
}

/** Sets or removes (when blank) a note on a highlight, cut to NOTE_MAX_CHARS. */
function withNote(highlight: Highlight, note: string | undefined): Highlight {
  if (note === undefined) return highlight;
  const next = { ...highlight };
  const { note: kept } = limitNote(note);
  if (kept.trim()) next.note = kept;
  else delete next.note;
  return next;
}

/** Reads the article, lets `change` build its next version, writes it; one transaction. */
async function editHighlights(
  db: LibraryDb,
  articleId: string,
  what: string,
  now: Date,
  change: (stored: Article) => Article,
): Promise<Article> {
  return runWrite(db, USER_EDIT_STORES, `${what} in ${articleId}`, async (tx) => {
    const stored = await tx.objectStore('articles').get(articleId);
    if (!stored) throw new StoreError('not-found', `No article ${articleId}`);
    const next = change(stored);
    if (next === stored) return stored;
    await putEdited(tx, stored, next, now);
    await recordChanges(tx, [[articleId, ['highlights']]], now.getTime());
    return next;
  });
}

/**
 * Stores a highlight the reader made (its id, selectors and times as given; the note cut to
 * NOTE_MAX_CHARS). A highlight with the same id is replaced, and a tombstone of that id goes.
 */
export async function addHighlight(
  db: LibraryDb,
  articleId: string,
  highlight: Highlight,
  now = new Date(),
): Promise<Article> {
  checkColor(highlight.color);
  const added = withNote(highlight, highlight.note ?? '');
  return editHighlights(db, articleId, `add highlight ${highlight.id}`, now, (stored) => {
    const next: Article = {
      ...stored,
      highlights: [...(stored.highlights ?? []).filter((h) => h.id !== highlight.id), added],
    };
    const tombstones = stored.highlightTombstones?.filter((t) => t.id !== highlight.id);
    if (tombstones?.length) next.highlightTombstones = tombstones;
    else delete next.highlightTombstones;
    return next;
  });
}

/** Changes a highlight's colour and/or note (a blank note removes it); its `updatedAt` becomes `now`. */
export async function editHighlight(
  db: LibraryDb,
  articleId: string,
  highlightId: string,
  change: { color?: HighlightColor; note?: string },
  now = new Date(),
): Promise<Article> {
  if (change.color !== undefined) checkColor(change.color);
  return editHighlights(db, articleId, `edit highlight ${highlightId}`, now, (stored) => {
    const highlights = stored.highlights ?? [];
    const current = highlights.find((h) => h.id === highlightId);
    if (!current) throw new StoreError('not-found', `No highlight ${highlightId} in ${articleId}`);
    const edited = withNote({ ...current, updatedAt: toIsoWithOffset(now) }, change.note);
    if (change.color !== undefined) edited.color = change.color;
    return { ...stored, highlights: highlights.map((h) => (h.id === highlightId ? edited : h)) };
  });
}

/**
 * Deletes a highlight, leaving a tombstone (annotations/merge.ts deleteHighlight) so that sync does not
 * bring it back. Deleting one that is not there changes nothing.
 */
export async function removeHighlight(
  db: LibraryDb,
  articleId: string,
  highlightId: string,
  now = new Date(),
): Promise<Article> {
  return editHighlights(db, articleId, `remove highlight ${highlightId}`, now, (stored) => {
    if (!stored.highlights?.some((h) => h.id === highlightId)) return stored;
    const set = deleteHighlight(
      { highlights: stored.highlights, tombstones: stored.highlightTombstones ?? [] },
      highlightId,
      toIsoWithOffset(now),
    );
    const next: Article = { ...stored, highlightTombstones: set.tombstones };
    if (set.highlights.length) next.highlights = set.highlights;
    else delete next.highlights;
    return next;
  });
}
