import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  deleteArticle,
  getArticle,
  getImage,
  IMAGE_LIMITS,
  openLibrary,
  putImages,
  restoreArticle,
  saveArticle,
} from '../../../src/store/index.ts';
import { makeExtracted } from './fixtures.ts';

const A = 'https://img.example.com/a.jpg';
const B = 'https://img.example.com/b.jpg';
const twoImages =
  '<p>文</p><img src="https://img.example.com/a.jpg"><img src="https://img.example.com/b.jpg">';

describe('images', () => {
  it('stores blobs, notes failures, and deleting the article deletes them; undo restores them', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted({ contentHtml: twoImages }));
    const res = await putImages(
      db,
      'NW202112222222635819',
      [{ url: A, blob: new Blob(['jpeg-bytes']) }],
      [{ url: B, reason: 'http-404' }],
    );
    expect(res).toEqual({ stored: [A], failed: [{ url: B, reason: 'http-404' }] });
    expect(await (await getImage(db, 'NW202112222222635819', A))?.text()).toBe('jpeg-bytes');
    expect(await getArticle(db, 'NW202112222222635819')).toMatchObject({
      imagesStored: [A],
      imagesFailed: [{ url: B, reason: 'http-404' }],
    });

    const snap = await deleteArticle(db, 'NW202112222222635819');
    expect(snap?.images?.map((i) => i.url)).toEqual([A]);
    expect(await getImage(db, 'NW202112222222635819', A)).toBeUndefined();
    await restoreArticle(db, snap!);
    expect(await (await getImage(db, 'NW202112222222635819', A))?.text()).toBe('jpeg-bytes');
  });

  it('notes images over the per-image cap as too-large instead of storing them', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted({ contentHtml: twoImages }));
    const big = new Blob([new Uint8Array(IMAGE_LIMITS.maxImageBytes + 1)]);
    const res = await putImages(db, 'NW202112222222635819', [{ url: A, blob: big }], []);
    expect(res.failed).toEqual([{ url: A, reason: 'too-large' }]);
    expect(await getImage(db, 'NW202112222222635819', A)).toBeUndefined();
  });

  it('notes the images past the per-article cap as too-large and stores the earlier ones', async () => {
    const urls = Array.from({ length: 5 }, (_, i) => `https://img.example.com/${i}.jpg`);
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted({ contentHtml: urls.map((u) => `<img src="${u}">`).join('') }));
    // Each just under the per-image cap: four fit in 20 MB, the fifth would pass it.
    const blob = new Blob([new Uint8Array(IMAGE_LIMITS.maxImageBytes - 1)]);
    expect(4 * blob.size).toBeLessThanOrEqual(IMAGE_LIMITS.maxArticleBytes);
    const res = await putImages(
      db,
      'NW202112222222635819',
      urls.map((url) => ({ url, blob })),
      [],
    );
    expect(res).toEqual({ stored: urls.slice(0, 4), failed: [{ url: urls[4], reason: 'too-large' }] });
    expect(await getArticle(db, 'NW202112222222635819')).toMatchObject({
      imagesStored: urls.slice(0, 4),
      imagesFailed: [{ url: urls[4], reason: 'too-large' }],
    });
    expect((await getImage(db, 'NW202112222222635819', urls[3]!))?.size).toBe(blob.size);
    expect(await getImage(db, 'NW202112222222635819', urls[4]!)).toBeUndefined();

    // Images stored by an earlier call count too: a small one more is still too many bytes.
    const more = 'https://img.example.com/more.jpg';
    const again = await putImages(
      db,
      'NW202112222222635819',
      [{ url: more, blob: new Blob([new Uint8Array(8)]) }],
      [],
    );
    expect(again.failed).toEqual([{ url: more, reason: 'too-large' }]);
    expect(await getImage(db, 'NW202112222222635819', more)).toBeUndefined();
  });

  it('a re-save keeps images still shown, drops the rest, and moves them to the winning id', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(
      db,
      makeExtracted({ id: 'u1', infoCode: undefined, url: 'https://x.cn/1', contentHtml: twoImages }),
    );
    await putImages(
      db,
      'u1',
      [
        { url: A, blob: new Blob(['a']) },
        { url: B, blob: new Blob(['b']) },
      ],
      [],
    );
    const { article } = await saveArticle(
      db,
      makeExtracted({ id: 'NW9', infoCode: 'NW9', url: 'https://x.cn/1', contentHtml: `<img src="${A}">` }),
    );
    expect(article).toMatchObject({ id: 'NW9', imagesStored: [A] });
    expect(await (await getImage(db, 'NW9', A))?.text()).toBe('a');
    expect(await getImage(db, 'NW9', B)).toBeUndefined();
    expect(await getImage(db, 'u1', A)).toBeUndefined();
  });

  it('putImages for a missing article is not-found', async () => {
    const db = await openLibrary(new IDBFactory());
    await expect(putImages(db, 'nope', [], [])).rejects.toMatchObject({ code: 'not-found' });
  });
});
