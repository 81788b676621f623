import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  countArticles,
  countCategories,
  deleteAll,
  deleteArticle,
  getArticle,
  listCategories,
  listSummaries,
  openLibrary,
  restoreArticle,
  saveArticle,
  saveArticles,
  updateArticle,
} from '../../../src/store/index.ts';
import { makeExtracted } from './fixtures.ts';

const T0 = new Date('2024-01-01T00:00:00Z');
const T1 = new Date('2024-02-01T00:00:00Z');

describe('category counts kept in the stats', () => {
  it('match a count of the summaries through saves, re-saves, moves, deletes, undo and delete-all', async () => {
    const db = await openLibrary(new IDBFactory());
    const counted = async () => {
      const byList = new Map<string, number>();
      for (const s of await listSummaries(db)) byList.set(s.category, (byList.get(s.category) ?? 0) + 1);
      return [...byList]
        .map(([category, count]) => ({ category, count }))
        .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category, 'zh'));
    };
    const at = (id: string, category: string) =>
      makeExtracted({ id, infoCode: undefined, url: `https://x.cn/${id}`, category });
    await saveArticles(db, [at('a', '新华社'), at('b', '新华社'), at('c', '财新')]);
    expect(await listCategories(db)).toEqual([
      { category: '新华社', count: 2 },
      { category: '财新', count: 1 },
    ]);
    await saveArticle(db, at('c', '新华社')); // re-save: the extractor's new category
    await updateArticle(db, 'a', { category: '我的收藏' });
    const snapshot = await deleteArticle(db, 'b');
    expect(await listCategories(db)).toEqual(await counted());
    expect(await listCategories(db)).toEqual([
      { category: '我的收藏', count: 1 },
      { category: '新华社', count: 1 },
    ]);
    await restoreArticle(db, snapshot!);
    expect(await listCategories(db)).toEqual(await counted());
    // The popup's first screen takes the same counts unsorted.
    const unsorted = await countCategories(db);
    expect(unsorted).toHaveLength(2);
    expect(unsorted).toEqual(expect.arrayContaining(await counted()));
    await deleteAll(db);
    expect(await listCategories(db)).toEqual([]);
  });

  it('count the archived articles of each category apart, through archive, move, unarchive and delete', async () => {
    const db = await openLibrary(new IDBFactory());
    const at = (id: string, category: string) =>
      makeExtracted({ id, infoCode: undefined, url: `https://x.cn/${id}`, category });
    await saveArticles(db, [at('a', '新华社'), at('b', '新华社'), at('c', '财新')]);
    await updateArticle(db, 'a', { archived: true });
    await updateArticle(db, 'c', { archived: true });
    expect(await listCategories(db)).toEqual([
      { category: '新华社', count: 2, archived: 1 },
      { category: '财新', count: 1, archived: 1 },
    ]);
    await updateArticle(db, 'c', { category: '新华社' });
    expect(await listCategories(db)).toEqual([{ category: '新华社', count: 3, archived: 2 }]);
    await updateArticle(db, 'a', { archived: false });
    await deleteArticle(db, 'c');
    expect(await listCategories(db)).toEqual([{ category: '新华社', count: 2 }]);
  });
});

describe('articles', () => {
  it('saves, gets, counts and lists newest first', async () => {
    const db = await openLibrary(new IDBFactory());
    const { article, created } = await saveArticle(db, makeExtracted(), T0);
    expect(created).toBe(true);
    expect(article.savedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
    await saveArticle(
      db,
      makeExtracted({ id: 'B', infoCode: undefined, url: 'https://x.cn/b', category: '新华社' }),
      T1,
    );
    expect(await countArticles(db)).toBe(2);
    expect((await listSummaries(db)).map((s) => s.id)).toEqual(['B', 'NW202112222222635819']);
    expect(await listCategories(db)).toEqual(
      expect.arrayContaining([
        { category: '新华社', count: 1 },
        { category: '南方Plus', count: 1 },
      ]),
    );
    expect((await getArticle(db, 'B'))?.title).toBe('央行宣布降准0.5个百分点');
    expect((await listSummaries(db, { limit: 1 })).map((s) => s.id)).toEqual(['B']);
    expect((await listSummaries(db, { category: '新华社' })).map((s) => s.id)).toEqual(['B']);
    const [summary] = await listSummaries(db, { category: '南方Plus' });
    expect(Object.keys(summary!).sort()).toEqual([
      'category',
      'excerpt',
      'id',
      'publishedAt',
      'savedAt',
      'source',
      'tags',
      'title',
    ]);
  });

  it('re-save keeps savedAt and the user edits, updates content', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted(), T0);
    await updateArticle(db, 'NW202112222222635819', { category: '我的', read: true, readingPosition: 0.4 });
    const { article, created } = await saveArticle(
      db,
      makeExtracted({ title: '新标题', category: '南方+' }),
      T1,
    );
    expect(created).toBe(false);
    expect(article).toMatchObject({
      title: '新标题',
      category: '我的',
      read: true,
      readingPosition: 0.4,
      editedFields: ['category'],
    });
    expect(article.savedAt).toBe((await getArticle(db, article.id))?.savedAt);
    expect(Date.parse(article.savedAt)).toBe(T0.getTime());
    expect(Date.parse(article.updatedAt!)).toBe(T1.getTime());
  });

  it('dedupes by URL; the infoCode id wins', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(
      db,
      makeExtracted({ id: 'url-derived', infoCode: undefined, url: 'http://www.eastmoney.com/a/1.html#top' }),
      T0,
    );
    await updateArticle(db, 'url-derived', { read: true });
    const { article, created } = await saveArticle(
      db,
      makeExtracted({ id: 'NW1', infoCode: 'NW1', url: 'https://eastmoney.com/a/1.html/?utm_medium=x' }),
      T1,
    );
    expect(created).toBe(false);
    expect(article.id).toBe('NW1');
    expect(article.read).toBe(true);
    expect(await countArticles(db)).toBe(1);
    expect(await getArticle(db, 'url-derived')).toBeUndefined();
  });

  it('keeps two share articles apart when they share an address but not an infoCode', async () => {
    const db = await openLibrary(new IDBFactory());
    const shared = {
      url: 'https://wap.eastmoney.com/share.html',
      canonicalUrl: 'https://wap.eastmoney.com/news/share.html',
    };
    await saveArticle(
      db,
      makeExtracted({
        ...shared,
        id: 'NW202112222222635819',
        infoCode: 'NW202112222222635819',
        title: '第一篇',
      }),
      T0,
    );
    const { created } = await saveArticle(
      db,
      makeExtracted({
        ...shared,
        id: 'NW202201072239307540',
        infoCode: 'NW202201072239307540',
        title: '第二篇',
      }),
      T1,
    );
    expect(created).toBe(true);
    expect((await getArticle(db, 'NW202112222222635819'))?.title).toBe('第一篇');
    expect((await getArticle(db, 'NW202201072239307540'))?.title).toBe('第二篇');
    expect(await countArticles(db)).toBe(2);
  });

  it('lets no page on another site overwrite a saved article by carrying its infoCode', async () => {
    const db = await openLibrary(new IDBFactory());
    const original = (await saveArticle(db, makeExtracted(), T0)).article;
    const claim = makeExtracted({
      url: 'https://evil.example/x?infoCode=NW202112222222635819',
      title: '假新闻',
      contentHtml: '<p>篡改</p>',
    });
    const { article, created } = await saveArticle(db, claim, T1);
    expect(created).toBe(false);
    expect(article).toEqual(original);
    expect(await getArticle(db, original.id)).toEqual(original);
    expect(await countArticles(db)).toBe(1);
  });

  it('lets the built-in share sites replace what another site saved under their infoCode', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(
      db,
      makeExtracted({ url: 'https://evil.example/x?infoCode=NW202112222222635819', title: '假新闻' }),
      T0,
    );
    const mirror = makeExtracted({
      url: 'http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112222222635819',
    });
    expect((await saveArticle(db, mirror, T1)).article).toMatchObject({
      title: mirror.title,
      url: mirror.url,
    });
    const eastmoney = makeExtracted({ title: '央行降准' });
    expect((await saveArticle(db, eastmoney, T1)).article).toMatchObject({
      title: '央行降准',
      url: eastmoney.url,
    });
    expect(await countArticles(db)).toBe(1);
  });

  it('delete returns a snapshot that restore puts back', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted(), T0);
    const snap = await deleteArticle(db, 'NW202112222222635819');
    expect(snap?.id).toBe('NW202112222222635819');
    expect(await countArticles(db)).toBe(0);
    await restoreArticle(db, snap!);
    expect(await getArticle(db, 'NW202112222222635819')).toEqual(snap);
    await deleteAll(db);
    expect(await countArticles(db)).toBe(0);
  });

  it('update of a missing article is not-found', async () => {
    const db = await openLibrary(new IDBFactory());
    await expect(updateArticle(db, 'nope', { read: true })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('sharedLibrary', () => {
  it('returns one connection per factory and reopens after a versionchange closed it', async () => {
    const { sharedLibrary } = await import('../../../src/store/index.ts');
    const factory = new IDBFactory();
    const a = await sharedLibrary(factory);
    expect(await sharedLibrary(factory)).toBe(a);
    // Deleting the database fires a real 'versionchange' at open connections, as an upgrade would.
    await new Promise((resolve, reject) => {
      const req = factory.deleteDatabase('jianbao');
      req.onsuccess = resolve;
      req.onerror = reject;
    });
    const b = await sharedLibrary(factory);
    expect(b).not.toBe(a);
    expect(await countArticles(b)).toBe(0);
  });
});

describe('findSavedId', () => {
  it('finds a saved article by infoCode or by any spelling of its URL', async () => {
    const { findSavedId } = await import('../../../src/store/index.ts');
    const db = await openLibrary(new IDBFactory());
    await saveArticle(
      db,
      makeExtracted({
        id: 'u1',
        infoCode: undefined,
        url: 'https://x.cn/1',
        canonicalUrl: 'https://m.x.cn/a/1',
      }),
    );
    await saveArticle(db, makeExtracted());
    expect(await findSavedId(db, 'https://other.cn/share', 'NW202112222222635819')).toBe(
      'NW202112222222635819',
    );
    expect(await findSavedId(db, 'http://www.x.cn/1/?utm_source=wx#top')).toBe('u1');
    expect(await findSavedId(db, 'https://m.x.cn/a/1')).toBe('u1');
    expect(await findSavedId(db, 'https://x.cn/2')).toBeUndefined();
  });
});
