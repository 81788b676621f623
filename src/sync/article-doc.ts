/**
 * Between a library record and its replicated document: the record a document describes, and the
 * document change a local write makes. Pure.
 */
import type { Highlight, HighlightSet } from '../annotations/types.ts';
import type { Article } from '../shared/article.ts';
import type { OutboxRow } from '../store/schema.ts';
import { canonicalJson } from '../shared/canonical-json.ts';
import { textOfHtml } from '../shared/html-text.ts';
import {
  ARTICLE_TYPE,
  articleDocId,
  DOC_SCHEMA,
  NOT_CONTENT,
  type ArticleContent,
  type ArticleDoc,
  type DocContent,
  type LwwSet,
} from './doc-types.ts';
import { isDeleted, isHighlightSet, mergeDocs } from './merge-doc.ts';

/** An empty document for an article no document exists for yet. */
export function freshDoc(articleId: string): ArticleDoc {
  return { _id: articleDocId(articleId), type: ARTICLE_TYPE, schema: DOC_SCHEMA, articleId };
}

/**
 * Tags present in a set, oldest addition first (then as listed, then by name), so every device lists
 * them alike.
 */
function presentTags(set: LwwSet): string[] {
  return Object.entries(set)
    .filter(([, entry]) => !entry.removed)
    .sort(([a, x], [b, y]) => x.at - y.at || (x.pos ?? 0) - (y.pos ?? 0) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([tag]) => tag);
}

const createdMs = (highlight: Highlight): number => Date.parse(highlight.createdAt) || 0;

/**
 * Highlights as a record lists them, oldest first (the order the reader adds them in); the document's set
 * is ordered by id, which means nothing to a person.
 */
function inCreationOrder(highlights: readonly Highlight[]): Highlight[] {
  return [...highlights].sort(
    (a, b) => createdMs(a) - createdMs(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Content without its text where every device reads the same text from `contentHtml` (DocContent). */
export function packContent(content: DocContent): DocContent {
  const { textContent, ...rest } = content;
  if (typeof textContent !== 'string' || typeof content.contentHtml !== 'string') return content;
  return textOfHtml(content.contentHtml) === textContent ? rest : content;
}

/** A record as a document describes it, with its text when the document carries it. */
type DescribedRecord = Omit<Article, 'textContent'> & { textContent?: string };

/**
 * The record a document describes, its user fields laid over its content, without reading a text the
 * document left out (a local write compares user fields only); undefined for a tombstone or a document
 * without content.
 */
function describedRecord(doc: ArticleDoc): DescribedRecord | undefined {
  if (isDeleted(doc) || !doc.content) return undefined;
  const article: DescribedRecord = { ...doc.content, id: doc.articleId };
  const edited: Array<'category' | 'tags'> = [];
  if (doc.category) {
    article.category = doc.category.value;
    edited.push('category');
  }
  if (doc.tags && Object.keys(doc.tags).length) {
    article.tags = presentTags(doc.tags);
    edited.push('tags');
  }
  if (doc.read) article.read = doc.read.value;
  if (doc.readingPosition) article.readingPosition = doc.readingPosition.value;
  if (edited.length) article.editedFields = edited;
  if (doc.favourite) article.favourite = doc.favourite.value;
  if (doc.archived) article.archived = doc.archived.value;
  if (doc.note?.value) article.note = doc.note.value;
  if (isHighlightSet(doc.highlights)) {
    if (doc.highlights.highlights.length) article.highlights = inCreationOrder(doc.highlights.highlights);
    if (doc.highlights.tombstones.length) article.highlightTombstones = doc.highlights.tombstones;
  }
  return article;
}

/** The record a document describes, its text read from `contentHtml` where the document left it out. */
export function articleFromDoc(doc: ArticleDoc): Article | undefined {
  const record = describedRecord(doc);
  if (!record) return undefined;
  const { textContent, contentHtml } = record;
  return {
    ...record,
    textContent:
      typeof textContent === 'string'
        ? textContent
        : textOfHtml(typeof contentHtml === 'string' ? contentHtml : ''),
  };
}

/** The record's highlights as the set a document holds, or undefined when it has none of either kind. */
function highlightSetOf(article: Article): HighlightSet | undefined {
  const highlights = article.highlights ?? [];
  const tombstones = article.highlightTombstones ?? [];
  return highlights.length || tombstones.length ? { highlights, tombstones } : undefined;
}

/**
 * A record's content as a document holds it (packed: DocContent). Hand-edited category and tags are not
 * content: the extracted ones stay as `base` has them (the record no longer knows them).
 */
export function contentOf(article: Article, base?: DocContent): DocContent {
  const content: Record<string, unknown> = { ...article };
  for (const key of NOT_CONTENT) delete content[key];
  const edited = article.editedFields ?? [];
  if (edited.includes('category')) content.category = base?.category ?? article.category;
  if (edited.includes('tags')) content.tags = base?.tags ?? article.tags;
  return packContent(content as ArticleContent);
}

/** The user's tags as set changes against `set`: additions and removals at `at`. */
function tagChanges(tags: readonly string[], set: LwwSet, at: number): LwwSet {
  const changes: LwwSet = {};
  const wanted = new Set(tags);
  [...wanted].forEach((tag, pos) => {
    if (!set[tag] || set[tag].removed) changes[tag] = pos ? { at, pos } : { at };
  });
  for (const [tag, entry] of Object.entries(set))
    if (!entry.removed && !wanted.has(tag)) changes[tag] = { at, removed: true };
  return changes;
}

/**
 * When this write changed the content, as the document should record it; undefined when it did not.
 * A document deleted elsewhere comes back only for a save or a restore (undo, import) made after the
 * delete, or for `all` (the user put the whole record back): a restore is dated after the delete even
 * when this device's clock is behind. Other edits made before the delete leave it deleted.
 */
function contentChangeAt(
  base: ArticleDoc,
  content: DocContent,
  changed: (field: OutboxRow['fields'][number]) => boolean,
  at: number,
): number | undefined {
  if (isDeleted(base)) {
    if (changed('all')) return Math.max(at, base.deletedAt! + 1);
    return changed('content') && at > base.deletedAt! ? at : undefined;
  }
  if (!base.content) return at;
  // Packed both sides: a document an earlier schema wrote with its text says the same content.
  return changed('content') && canonicalJson(content) !== canonicalJson(packContent(base.content))
    ? at
    : undefined;
}

/**
 * The document after a local write: `change` names what the write changed, `article` is the record
 * now (undefined when it is gone). Only the changed fields get `change.at`; they are merged into
 * `existing` by the merge rules, so a newer change from another device is never overwritten.
 */
export function applyLocalChange(
  existing: ArticleDoc | undefined,
  article: Article | undefined,
  change: Pick<OutboxRow, 'id' | 'at' | 'fields'>,
): ArticleDoc {
  const base = existing ?? freshDoc(change.id);
  const local = freshDoc(change.id);
  const { at } = change;
  const changed = (field: OutboxRow['fields'][number]) =>
    change.fields.includes(field) || change.fields.includes('all');
  if (!article) {
    if (changed('deleted')) local.deletedAt = at;
    return mergeDocs(base, local);
  }
  const content = contentOf(article, base.content);
  const contentAt = contentChangeAt(base, content, changed, at);
  if (contentAt !== undefined) {
    local.content = content;
    local.contentAt = contentAt;
  }
  const edited = article.editedFields ?? [];
  const user = describedRecord(base);
  if (changed('category') && edited.includes('category') && user?.category !== article.category)
    local.category = { value: article.category, at };
  if (changed('tags') && edited.includes('tags')) {
    const tags = tagChanges(article.tags, base.tags ?? {}, at);
    if (Object.keys(tags).length || !base.tags) local.tags = tags;
  }
  if (changed('read') && article.read !== undefined && user?.read !== article.read)
    local.read = { value: article.read, at };
  if (
    changed('readingPosition') &&
    article.readingPosition !== undefined &&
    user?.readingPosition !== article.readingPosition
  )
    local.readingPosition = { value: article.readingPosition, at };
  // A flag or note the record does not hold is off or empty: clearing one is a change like setting it.
  if (changed('favourite') && (user?.favourite ?? false) !== (article.favourite ?? false))
    local.favourite = { value: article.favourite ?? false, at };
  if (changed('archived') && (user?.archived ?? false) !== (article.archived ?? false))
    local.archived = { value: article.archived ?? false, at };
  if (changed('note') && (user?.note ?? '') !== (article.note ?? ''))
    local.note = { value: article.note ?? '', at };
  // Highlights carry their own times: the set merges into the document's whatever this write's `at`,
  // so a highlight added or deleted elsewhere meanwhile stays as that device left it.
  const highlights = changed('highlights') ? highlightSetOf(article) : undefined;
  if (highlights) local.highlights = highlights;
  return mergeDocs(base, local);
}
