/**
 * Offline images (issue #4 §2): cacheImages fetches an article's images into the real store on
 * fake-indexeddb; fetch is stubbed with real Response objects, so the body is read as a browser would.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheImages, IMAGE_FETCH } from '../../../src/background/cache-images.ts';
import type { Article } from '../../../src/shared/article.ts';
import {
  getArticle,
  getImage,
  IMAGE_LIMITS,
  openLibrary,
  saveArticle,
  type LibraryDb,
} from '../../../src/store/index.ts';
import { makeExtracted } from '../store/fixtures.ts';

// hasHostAccess asks the browser's permissions API; here the answer is a switch.
const hostAccess = vi.hoisted(() => ({ granted: true }));
vi.mock('webextension-polyfill', () => ({
  default: { permissions: { contains: () => Promise.resolve(hostAccess.granted) } },
}));

const ID = 'NW202112222222635819';
const A = 'https://img.example.com/a.jpg';
const B = 'https://img.example.com/b.jpg';
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);
const CHUNK = 64 * 1024;

const imgs = (...urls: string[]) => `<p>文</p>${urls.map((u) => `<img src="${u}">`).join('')}`;
const jpeg = () => new Response(JPEG, { headers: { 'content-type': 'image/jpeg' } });

/** Answers every fetch with `handler(url)`; returns the mock to inspect the calls. */
function serve(handler: (url: string) => Response | Promise<Response>) {
  const fetchMock = vi.fn(async (input: string | URL) => handler(String(input)));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function saved(contentHtml: string): Promise<{ db: LibraryDb; article: Article }> {
  const db = await openLibrary(new IDBFactory());
  const { article } = await saveArticle(db, makeExtracted({ contentHtml }));
  return { db, article };
}

/** A body of `total` bytes in 64 KB chunks, with no Content-Length, that counts what was pulled. */
function countingStream(total: number) {
  const seen = { pulled: 0, cancelled: false, chunks: Math.ceil(total / CHUNK) };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === seen.chunks) return controller.close();
      seen.pulled += 1;
      controller.enqueue(new Uint8Array(Math.min(CHUNK, total - (seen.pulled - 1) * CHUNK)));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

/** Nothing of the article's stored, and exactly these failures noted on its record. */
async function expectOnlyFailed(
  db: LibraryDb,
  failed: Array<{ url: string; reason: string }>,
): Promise<Article | undefined> {
  const record = await getArticle(db, ID);
  expect(record?.imagesStored).toBeUndefined();
  expect(record?.imagesFailed).toEqual(failed);
  for (const { url } of failed) expect(await getImage(db, ID, url)).toBeUndefined();
  return record;
}

afterEach(() => {
  vi.unstubAllGlobals();
  hostAccess.granted = true;
});

describe('cacheImages', () => {
  it('stores a JPEG with its bytes and type, without sending cookies', async () => {
    const { db, article } = await saved(imgs(A));
    const fetchMock = serve(jpeg);
    await cacheImages(db, article);
    const record = await getArticle(db, ID);
    expect(record?.imagesStored).toEqual([A]);
    expect(record?.imagesFailed).toBeUndefined();
    const blob = await getImage(db, ID, A);
    expect(blob?.type).toBe('image/jpeg');
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(JPEG);
    expect(fetchMock).toHaveBeenCalledWith(A, expect.objectContaining({ credentials: 'omit' }));
  });

  it('notes a 404 and leaves the saved article as it was, original URL included', async () => {
    const { db, article } = await saved(imgs(A));
    serve(() => new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } }));
    await cacheImages(db, article);
    const record = await getArticle(db, ID);
    expect(record).toEqual({ ...article, imagesFailed: [{ url: A, reason: 'http-404' }] });
    expect(record?.imagesStored).toBeUndefined();
    expect(record?.contentHtml).toContain(`src="${A}"`);
    expect(await getImage(db, ID, A)).toBeUndefined();
  });

  it('notes a network error as network, or as no-access without host access', async () => {
    const { db, article } = await saved(imgs(A));
    serve(() => Promise.reject(new TypeError('fetch failed')));
    await cacheImages(db, article);
    const record = await expectOnlyFailed(db, [{ url: A, reason: 'network' }]);

    hostAccess.granted = false;
    await cacheImages(db, record!);
    await expectOnlyFailed(db, [{ url: A, reason: 'no-access' }]);
  });

  it('notes an SVG and an HTML answer as not-an-image', async () => {
    const { db, article } = await saved(imgs(A, B));
    serve((url) =>
      url === A
        ? new Response('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', {
            headers: { 'content-type': 'image/svg+xml' },
          })
        : new Response('<html>login</html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    );
    await cacheImages(db, article);
    await expectOnlyFailed(db, [
      { url: A, reason: 'not-an-image' },
      { url: B, reason: 'not-an-image' },
    ]);
    expect(await getImage(db, ID, B)).toBeUndefined();
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const { db, article } = await saved(imgs(A));
    // The body itself is small: only the header can make this too-large.
    const response = new Response(JPEG, {
      headers: { 'content-type': 'image/jpeg', 'content-length': String(IMAGE_LIMITS.maxImageBytes + 1) },
    });
    serve(() => response);
    await cacheImages(db, article);
    await expectOnlyFailed(db, [{ url: A, reason: 'too-large' }]);
    expect(response.bodyUsed).toBe(false);
  });

  it('stops reading and cancels a body without Content-Length once it passes the cap', async () => {
    const { db, article } = await saved(imgs(A));
    const { stream, seen } = countingStream(10 * 1024 * 1024);
    serve(() => new Response(stream, { headers: { 'content-type': 'image/jpeg' } }));
    await cacheImages(db, article);
    await expectOnlyFailed(db, [{ url: A, reason: 'too-large' }]);
    expect(seen.cancelled).toBe(true);
    // 5 MB is 80 chunks: the 81st passes the cap, and the stream may have queued one more ahead.
    const capChunks = IMAGE_LIMITS.maxImageBytes / CHUNK;
    expect(seen.pulled).toBeLessThanOrEqual(capChunks + 2);
    expect(seen.pulled).toBeLessThan(seen.chunks);
  });

  it('stores a body without Content-Length of exactly the cap', async () => {
    const { db, article } = await saved(imgs(A));
    const { stream, seen } = countingStream(IMAGE_LIMITS.maxImageBytes);
    serve(() => new Response(stream, { headers: { 'content-type': 'image/jpeg' } }));
    await cacheImages(db, article);
    const record = await getArticle(db, ID);
    expect(record?.imagesStored).toEqual([A]);
    expect(record?.imagesFailed).toBeUndefined();
    expect((await getImage(db, ID, A))?.size).toBe(IMAGE_LIMITS.maxImageBytes);
    expect(seen.cancelled).toBe(false);
  });

  it('notes the images past maxImagesPerArticle as too-many without fetching them', async () => {
    const max = IMAGE_FETCH.maxImagesPerArticle;
    const urls = Array.from({ length: max + 2 }, (_, i) => `https://img.example.com/${i}.jpg`);
    const { db, article } = await saved(imgs(...urls));
    const fetchMock = serve(jpeg);
    await cacheImages(db, article);
    const record = await getArticle(db, ID);
    expect(record?.imagesStored).toEqual(urls.slice(0, max));
    expect(record?.imagesFailed).toEqual(urls.slice(max).map((url) => ({ url, reason: 'too-many' })));
    expect(fetchMock).toHaveBeenCalledTimes(max);
    expect(await getImage(db, ID, urls[max - 1]!)).toBeDefined();
    expect(await getImage(db, ID, urls[max]!)).toBeUndefined();
  });
});
