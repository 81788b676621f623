import type { Article } from '../shared/article.ts';
import { listImageUrls } from '../shared/image-urls.ts';
import { putImages, IMAGE_LIMITS, type LibraryDb } from '../store/index.ts';
import { hasHostAccess } from './host-access.ts';

/** How images are fetched for offline reading. */
export const IMAGE_FETCH = {
  /** A stalled image server must not keep the worker busy; 20 s covers slow mobile CDNs. */
  timeoutMs: 20_000,
  /** Few at a time: a gallery of 60 photos should not open 60 connections to one host. */
  concurrency: 4,
  /** Articles with more images than this are galleries; the rest keep their original URLs. */
  maxImagesPerArticle: 60,
} as const;

type Fetched = { url: string; blob: Blob } | { url: string; reason: string };

async function fetchImage(url: string): Promise<Fetched> {
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      signal: AbortSignal.timeout(IMAGE_FETCH.timeoutMs),
    });
    if (!response.ok) return { url, reason: `http-${response.status}` };
    const type = response.headers.get('content-type') ?? '';
    // SVG is markup that can carry script; only raster images are kept.
    if (!/^image\//i.test(type) || /svg/i.test(type)) return { url, reason: 'not-an-image' };
    // A declared size over the cap is refused before any of the body is read.
    const length = Number(response.headers.get('content-length'));
    if (length > IMAGE_LIMITS.maxImageBytes) return { url, reason: 'too-large' };
    // No body at all (a 204) is no image.
    if (!response.body) return { url, reason: 'not-an-image' };
    // The header may be missing or false, and response.blob() would take a body of any size into the
    // worker's memory: read the stream and stop as soon as it passes the cap.
    const reader = response.body.getReader();
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > IMAGE_LIMITS.maxImageBytes) {
        // Cancelling tells the browser to stop the download; the too-large answer stands even if that fails.
        await reader.cancel().catch(() => undefined);
        return { url, reason: 'too-large' };
      }
      chunks.push(value);
    }
    return { url, blob: new Blob(chunks, { type }) };
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return { url, reason: 'timeout' };
    // Without host access a cross-origin image without CORS headers fails like a network error: say which.
    return { url, reason: (await hasHostAccess(url)) ? 'network' : 'no-access' };
  }
}

/**
 * Fetches the article's images not stored yet and keeps them as Blobs; failures are noted on the
 * record and the original URLs stay in the body. Never throws: a missing image never undoes a save.
 */
export async function cacheImages(db: LibraryDb, article: Article): Promise<void> {
  const have = new Set(article.imagesStored ?? []);
  const all = listImageUrls(article.contentHtml, article.leadImage).filter((url) => !have.has(url));
  const wanted = all.slice(0, IMAGE_FETCH.maxImagesPerArticle);
  const skipped = all.slice(IMAGE_FETCH.maxImagesPerArticle).map((url) => ({ url, reason: 'too-many' }));
  if (wanted.length === 0 && skipped.length === 0) return;
  const results: Fetched[] = [];
  for (let start = 0; start < wanted.length; start += IMAGE_FETCH.concurrency) {
    results.push(
      ...(await Promise.all(wanted.slice(start, start + IMAGE_FETCH.concurrency).map(fetchImage))),
    );
  }
  const images = results.filter((r): r is { url: string; blob: Blob } => 'blob' in r);
  const failed = [...results.filter((r): r is { url: string; reason: string } => 'reason' in r), ...skipped];
  try {
    await putImages(db, article.id, images, failed);
  } catch (error) {
    // Deleted meanwhile, or storage full: the article itself is safe and keeps its original image URLs.
    console.warn('[jianbao] images not stored for', article.id, error);
  }
}
