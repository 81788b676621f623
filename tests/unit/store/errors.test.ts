import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  countArticles,
  getArticle,
  getImage,
  listSummaries,
  openLibrary,
  putImages,
  saveArticle,
  searchArticles,
  StoreError,
} from '../../../src/store/index.ts';
import { limitStore, makeExtracted } from './fixtures.ts';

describe('write failures', () => {
  it('quota exceeded while storing images: typed error, record and images untouched', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted());
    const before = await getArticle(db, 'NW202112222222635819');
    limitStore(db, 'images', 1000);
    const error = await putImages(
      db,
      'NW202112222222635819',
      [
        { url: 'https://img.example.com/a.jpg', blob: new Blob([new Uint8Array(600)]) },
        { url: 'https://img.example.com/b.jpg', blob: new Blob([new Uint8Array(600)]) },
      ],
      [],
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'quota-exceeded' });
    expect(await getArticle(db, 'NW202112222222635819')).toEqual(before);
    expect(await getImage(db, 'NW202112222222635819', 'https://img.example.com/a.jpg')).toBeUndefined();
  });

  it('quota exceeded in the search index aborts the whole save', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(
      db,
      makeExtracted({ id: 'old', infoCode: undefined, url: 'https://x.cn/old', textContent: '旧文章。' }),
    );
    limitStore(db, 'postings', 10);
    await expect(
      saveArticle(
        db,
        makeExtracted({
          id: 'new',
          infoCode: undefined,
          url: 'https://x.cn/new',
          textContent: '新文章内容很长很长。',
        }),
      ),
    ).rejects.toMatchObject({ code: 'quota-exceeded' });
    expect(await countArticles(db)).toBe(1);
    expect((await listSummaries(db)).map((s) => s.id)).toEqual(['old']);
    expect((await searchArticles(db, '旧文')).map((h) => h.summary.id)).toEqual(['old']);
  });

  it('a record that cannot be stored is write-failed and leaves the old version', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted());
    const broken = makeExtracted({ title: '新', tags: [(() => 1) as unknown as string] });
    await expect(saveArticle(db, broken)).rejects.toMatchObject({ code: 'write-failed' });
    expect((await getArticle(db, 'NW202112222222635819'))?.title).toBe('央行宣布降准0.5个百分点');
    expect((await searchArticles(db, '降准')).length).toBe(1);
  });
});
