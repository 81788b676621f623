/**
 * Offline images: an `img` whose original URL has a stored copy is shown from that Blob through an
 * object URL; the others keep their original URL. Runs on sanitized HTML, before it reaches the page,
 * so the browser never starts fetching an original that has a stored copy.
 */

import { parseInertBody } from '../extract/dom.ts';

/** Looks up the stored copy of one original image URL. */
export type ImageLookup = (url: string) => Promise<Blob | undefined>;

export interface OfflineHtml {
  html: string;
  /** Object URLs created; the caller revokes them when the article leaves the page. */
  objectUrls: string[];
}

/**
 * @param safeHtml already sanitized; it is parsed into an inert document (nothing loads or runs there).
 * @param doc the document whose window parses it.
 */
export async function withOfflineImages(
  safeHtml: string,
  doc: Document,
  lookup: ImageLookup,
): Promise<OfflineHtml> {
  const body = parseInertBody(doc, safeHtml);
  const images = [...body.querySelectorAll('img')];
  const srcs = [
    ...new Set(images.map((img) => img.getAttribute('src') ?? '').filter((src) => /^https?:/i.test(src))),
  ];
  if (srcs.length === 0) return { html: safeHtml, objectUrls: [] };
  const blobs = await Promise.all(
    srcs.map(async (src) => [src, await lookup(src).catch(() => undefined)] as const),
  );
  const objectUrls = new Map<string, string>();
  for (const [src, blob] of blobs) if (blob) objectUrls.set(src, URL.createObjectURL(blob));
  if (objectUrls.size === 0) return { html: safeHtml, objectUrls: [] };
  for (const img of images) {
    const local = objectUrls.get(img.getAttribute('src') ?? '');
    if (!local) continue;
    img.setAttribute('src', local);
  }
  return { html: body.innerHTML, objectUrls: [...objectUrls.values()] };
}
