/**
 * Offline images as documents of their own (`image:<article id>:<sha-1 of the URL>`), the blob as an
 * attachment.
 */
import { fromBase64, toBase64 } from '../export/base64.ts';
import type { SyncedImage } from '../store/index.ts';
import {
  DOC_SCHEMA,
  IMAGE_TYPE,
  imageDocId,
  imageDocPrefix,
  isImageDoc,
  type ImageDoc,
} from './doc-types.ts';
import type { AnyDoc, PouchDatabase } from './pouch.ts';

/** The attachment's name inside an image document. */
const ATTACHMENT = 'blob';

/** The image documents of one article, attachments included. */
async function readImageDocs(
  db: PouchDatabase,
  articleId: string,
  attachments: boolean,
): Promise<ImageDoc[]> {
  const prefix = imageDocPrefix(articleId);
  const { rows } = await db.allDocs({
    startkey: prefix,
    endkey: `${prefix}\ufff0`,
    include_docs: true,
    attachments,
  });
  return rows.flatMap((row) => (isImageDoc(row.doc ?? undefined) ? [row.doc as unknown as ImageDoc] : []));
}

/** An image document's blob, when it carries one (base64, as every adapter returns it). */
export function syncedImageOf(doc: ImageDoc): SyncedImage | undefined {
  const attachment = doc._attachments?.[ATTACHMENT];
  const bytes = attachment?.data === undefined ? undefined : fromBase64(attachment.data);
  if (!bytes) return undefined;
  return {
    url: doc.url,
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: attachment!.content_type }),
  };
}

/** Ids of the articles that have image documents in `db` (one read of the ids, no documents). */
export async function articlesWithImages(db: PouchDatabase): Promise<Set<string>> {
  const { rows } = await db.allDocs({ startkey: 'image:', endkey: 'image:\ufff0' });
  // `image:<article id>:<40 hex digits>`: the article id may itself hold colons.
  return new Set(rows.map((row) => row.key.slice('image:'.length, -41)));
}

/** Every image an article's documents hold, for a device receiving the article. */
export async function imagesOf(db: PouchDatabase, articleId: string): Promise<SyncedImage[]> {
  return (await readImageDocs(db, articleId, true)).map(syncedImageOf).filter((i) => i !== undefined);
}

/** Adds documents for the article's images that have none yet (an image at one URL never changes). */
export async function putImageDocs(
  db: PouchDatabase,
  articleId: string,
  images: ReadonlyArray<{ url: string; blob: Blob }>,
): Promise<void> {
  const have = new Set((await readImageDocs(db, articleId, false)).map((doc) => doc.url));
  const docs: ImageDoc[] = [];
  for (const { url, blob } of images) {
    if (have.has(url)) continue;
    docs.push({
      _id: await imageDocId(articleId, url),
      type: IMAGE_TYPE,
      schema: DOC_SCHEMA,
      articleId,
      url,
      _attachments: {
        [ATTACHMENT]: {
          content_type: blob.type || 'application/octet-stream',
          data: toBase64(new Uint8Array(await blob.arrayBuffer())),
        },
      },
    });
  }
  if (docs.length) await db.bulkDocs(docs as unknown as AnyDoc[]);
}

/** Deletes an article's image documents (the article is deleted: a tombstone needs no images). */
export async function deleteImageDocs(db: PouchDatabase, articleId: string): Promise<void> {
  const docs = await readImageDocs(db, articleId, false);
  if (docs.length) await db.bulkDocs(docs.map((doc) => ({ _id: doc._id, _rev: doc._rev, _deleted: true })));
}
