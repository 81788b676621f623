/**
 * How two versions of one article document become one (docs/sync.md, *Merge rules*). Pure and
 * deterministic: every device merging the same versions gets the same document, whatever the order.
 */
import { mergeHighlights } from '../annotations/merge.ts';
import type { HighlightSet } from '../annotations/types.ts';
import { compareCanonical } from '../shared/canonical-json.ts';
import {
  HIGHLIGHTS,
  REGISTERS,
  SETS,
  type ArticleDoc,
  type LwwSet,
  type Register,
  type SetEntry,
} from './doc-types.ts';

/** Top-level fields this version understands; any other field is a newer version's and is carried along. */
const KNOWN = new Set<string>([
  '_id',
  '_rev',
  '_conflicts',
  '_revisions',
  'type',
  'schema',
  'articleId',
  'content',
  'contentAt',
  'deletedAt',
  ...REGISTERS,
  ...SETS,
  HIGHLIGHTS,
]);

/** The later write wins; at the same `at`, the value with the greater canonical JSON (true beats false). */
export function mergeRegister<T>(
  a: Register<T> | undefined,
  b: Register<T> | undefined,
): Register<T> | undefined {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return compareCanonical(a.value, b.value) >= 0 ? a : b;
}

/**
 * Per element, the later write wins; at the same `at`, present beats removed (nothing the user added
 * disappears on a tie), then the greater canonical JSON.
 */
export function mergeSetEntry(a: SetEntry | undefined, b: SetEntry | undefined): SetEntry | undefined {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  if (!a.removed !== !b.removed) return a.removed ? b : a;
  return compareCanonical(a, b) >= 0 ? a : b;
}

export function mergeSet(a: LwwSet | undefined, b: LwwSet | undefined): LwwSet | undefined {
  if (!a || !b) return a ?? b;
  const merged: LwwSet = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]).values())
    merged[key] = mergeSetEntry(a[key], b[key])!;
  return merged;
}

const NO_HIGHLIGHTS: HighlightSet = { highlights: [], tombstones: [] };

/**
 * Highlights as one set: each highlight and tombstone by its own time (src/annotations/merge.ts), so
 * the result is the same in either order and merging it again changes nothing. A side's set on its own
 * comes out in the same canonical order (by id), so equal sets always make equal documents.
 */
export function mergeHighlightSets(
  a: HighlightSet | undefined,
  b: HighlightSet | undefined,
): HighlightSet | undefined {
  if (!a && !b) return undefined;
  return mergeHighlights(a ?? NO_HIGHLIGHTS, b ?? NO_HIGHLIGHTS);
}

/** Whether `value` has the shape this version merges: lists of highlights and tombstones, each with an id. */
export function isHighlightSet(value: unknown): value is HighlightSet {
  const set = value as Partial<HighlightSet> | null;
  const hasIds = (list: unknown): boolean =>
    Array.isArray(list) && list.every((item) => typeof (item as { id?: unknown } | null)?.id === 'string');
  return typeof set === 'object' && set !== null && hasIds(set.highlights) && hasIds(set.tombstones);
}

/** Epoch ms of an ISO time on a highlight; a time that does not parse changes nothing. */
const msOf = (iso: string): number => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? -Infinity : ms;
};

/**
 * The latest `at` of any content or user field (a highlight's `updatedAt`, a highlight tombstone's
 * `deletedAt`): what a delete must be later than to win.
 */
export function lastChangeAt(doc: ArticleDoc): number {
  let last = doc.contentAt ?? -Infinity;
  for (const name of REGISTERS) last = Math.max(last, doc[name]?.at ?? -Infinity);
  for (const name of SETS)
    for (const entry of Object.values(doc[name] ?? {})) last = Math.max(last, entry.at);
  if (isHighlightSet(doc.highlights)) {
    for (const highlight of doc.highlights.highlights) last = Math.max(last, msOf(highlight.updatedAt));
    for (const tombstone of doc.highlights.tombstones) last = Math.max(last, msOf(tombstone.deletedAt));
  }
  return last;
}

/**
 * Delete vs edit: deleted when the delete is as late as every change (a tie goes to the delete).
 * A field changed after the delete brings the article back, with the newest content anyone kept.
 */
export function isDeleted(doc: ArticleDoc): boolean {
  return doc.deletedAt !== undefined && doc.deletedAt >= lastChangeAt(doc);
}

type WithContent = Pick<ArticleDoc, 'content' | 'contentAt'>;

/**
 * Newer `contentAt` wins, among the sides that still hold content; a tie goes to the greater canonical
 * JSON.
 */
function pickContent(a: WithContent, b: WithContent): WithContent {
  if (!a.content || !b.content) return a.content ? a : b.content ? b : {};
  const winner =
    (a.contentAt ?? 0) !== (b.contentAt ?? 0)
      ? (a.contentAt ?? 0) > (b.contentAt ?? 0)
        ? a
        : b
      : compareCanonical(a.content, b.content) >= 0
        ? a
        : b;
  const other = winner === a ? b : a;
  // The article was first saved at the earlier of the two saves, whichever content wins.
  const savedAt =
    Date.parse(other.content!.savedAt) < Date.parse(winner.content!.savedAt)
      ? other.content!.savedAt
      : winner.content!.savedAt;
  return { content: { ...winner.content!, savedAt }, contentAt: winner.contentAt };
}

const maxOf = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/**
 * Merges two versions of one article document. `a` is the base (the winning revision, or the stored
 * document a local change goes onto): its `_id`, `_rev` and unknown fields are kept, and unknown
 * fields only `b` has are added. `schema` is the higher of the two, so a newer version's document
 * stays marked as such. A deleted result has its content stripped (a tombstone).
 */
export function mergeDocs(a: ArticleDoc, b: ArticleDoc): ArticleDoc {
  const merged: ArticleDoc = { ...a };
  for (const [key, value] of Object.entries(b)) if (!KNOWN.has(key) && !(key in a)) merged[key] = value;
  delete merged._conflicts;
  delete merged._revisions;
  merged.schema = Math.max(a.schema, b.schema);
  const { content, contentAt } = pickContent(a, b);
  delete merged.content;
  if (content) merged.content = content;
  const latestContentAt = content ? contentAt : maxOf(a.contentAt, b.contentAt);
  if (latestContentAt === undefined) delete merged.contentAt;
  else merged.contentAt = latestContentAt;
  setOrDelete(merged, 'category', mergeRegister(a.category, b.category));
  setOrDelete(merged, 'read', mergeRegister(a.read, b.read));
  setOrDelete(merged, 'readingPosition', mergeRegister(a.readingPosition, b.readingPosition));
  setOrDelete(merged, 'favourite', mergeRegister(a.favourite, b.favourite));
  setOrDelete(merged, 'archived', mergeRegister(a.archived, b.archived));
  setOrDelete(merged, 'note', mergeRegister(a.note, b.note));
  setOrDelete(merged, 'tags', mergeSet(a.tags, b.tags));
  // A set of another shape (a newer schema's, or damaged) is carried as an unknown field: base side first.
  if (isHighlightSet(a.highlights ?? NO_HIGHLIGHTS) && isHighlightSet(b.highlights ?? NO_HIGHLIGHTS))
    setOrDelete(merged, HIGHLIGHTS, mergeHighlightSets(a.highlights, b.highlights));
  else setOrDelete(merged, HIGHLIGHTS, a.highlights ?? b.highlights);
  setOrDelete(merged, 'deletedAt', maxOf(a.deletedAt, b.deletedAt));
  if (isDeleted(merged)) delete merged.content;
  return merged;
}

function setOrDelete<K extends keyof ArticleDoc>(
  doc: ArticleDoc,
  key: K,
  value: ArticleDoc[K] | undefined,
): void {
  if (value === undefined) delete doc[key];
  else doc[key] = value;
}

/**
 * Whether two documents say the same thing (revision fields aside): a merge that changes nothing is
 * not written.
 */
export function sameDoc(a: ArticleDoc, b: ArticleDoc): boolean {
  const strip = ({ _rev, _conflicts, _revisions, ...rest }: ArticleDoc) => rest;
  return compareCanonical(strip(a), strip(b)) === 0;
}
