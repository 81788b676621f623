/**
 * The replicated documents (docs/sync.md): one per article, one per offline image. Only documents
 * whose `type` starts with `jianbao/` are Jianbao's; anything else in the database is left alone.
 */
import type { HighlightSet } from '../annotations/types.ts';
import type { Article } from '../shared/article.ts';

/**
 * The document schema this version writes (2: favourite, archived, note and highlights; 3: content
 * may leave out its text, `DocContent`). A newer one is merged field by field, never dropped; an older
 * device carries the fields it does not know unchanged.
 */
export const DOC_SCHEMA = 3;
export const ARTICLE_TYPE = 'jianbao/article';
export const IMAGE_TYPE = 'jianbao/image';

/** A user field: the write with the later `at` (epoch ms) wins. */
export interface Register<T> {
  value: T;
  at: number;
}

/**
 * One element of a per-element last-writer-wins set: added or removed at `at`. `value` carries the
 * element's data where it has any; tags have none.
 */
export interface SetEntry {
  at: number;
  removed?: true;
  /** Place among the elements added by the same write (they share `at`): keeps a list's order. */
  pos?: number;
  value?: unknown;
}
export type LwwSet = Record<string, SetEntry>;

/** Fields of a record that are not its content: user fields, and what only this device knows. */
export const NOT_CONTENT = [
  'id',
  'read',
  'readingPosition',
  'editedFields',
  'favourite',
  'archived',
  'note',
  'highlights',
  'highlightTombstones',
  'imagesStored',
  'imagesFailed',
  'updatedAt',
] as const;

/**
 * What a save writes: everything extraction produced plus savedAt. `category` and `tags` here are
 * the extracted ones; the user's own live in the registers and sets beside it.
 */
export type ArticleContent = Omit<Article, (typeof NOT_CONTENT)[number]>;

/**
 * Content as a document holds it: without `textContent` when reading `contentHtml` without a DOM
 * (src/shared/html-text.ts, the reading every receiving device does) gives that text back exactly, as
 * it does for the bodies Jianbao sanitizes. The text is otherwise about half of a document's size.
 */
export type DocContent = Omit<ArticleContent, 'textContent'> & { textContent?: string };

/** User fields merged by `at`. */
export const REGISTERS = ['category', 'read', 'readingPosition', 'favourite', 'archived', 'note'] as const;
/** User sets merged per element by `at`. */
export const SETS = ['tags'] as const;
/**
 * The highlights and their tombstones, merged by src/annotations/merge.ts (each highlight by its own
 * `updatedAt`, a tombstone by its `deletedAt`): the record's own times, not a write's `at`.
 */
export const HIGHLIGHTS = 'highlights';

export interface ArticleDoc {
  _id: string;
  _rev?: string;
  _conflicts?: string[];
  type: typeof ARTICLE_TYPE;
  schema: number;
  articleId: string;
  /** Absent in a tombstone. */
  content?: DocContent;
  /** When the content was saved (kept in a tombstone: the delete rule compares it). */
  contentAt?: number;
  category?: Register<string>;
  read?: Register<boolean>;
  readingPosition?: Register<number>;
  favourite?: Register<boolean>;
  archived?: Register<boolean>;
  /** The article note; an empty string is a note the user cleared. */
  note?: Register<string>;
  tags?: LwwSet;
  highlights?: HighlightSet;
  deletedAt?: number;
  /** Fields of a newer Jianbao: carried along untouched. */
  [unknown: string]: unknown;
}

export interface ImageDoc {
  _id: string;
  _rev?: string;
  type: typeof IMAGE_TYPE;
  schema: number;
  articleId: string;
  url: string;
  _attachments?: Record<string, { content_type: string; data?: string; stub?: boolean; length?: number }>;
}

export const articleDocId = (articleId: string): string => `article:${articleId}`;

/** The image document's id: the URL hashed, so ids stay short and free of `/`-style surprises. */
export async function imageDocId(articleId: string, url: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(url));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${imageDocPrefix(articleId)}${hex}`;
}
export const imageDocPrefix = (articleId: string): string => `image:${articleId}:`;

export function isJianbaoDoc(doc: { type?: unknown } | undefined): boolean {
  return typeof doc?.type === 'string' && doc.type.startsWith('jianbao/');
}
export function isArticleDoc(doc: { type?: unknown } | undefined): doc is ArticleDoc {
  return doc?.type === ARTICLE_TYPE;
}
export function isImageDoc(doc: { type?: unknown } | undefined): doc is ImageDoc {
  return doc?.type === IMAGE_TYPE;
}
