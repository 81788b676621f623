import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article.ts';
import {
  addHighlight,
  countArticles,
  failFetch,
  getArticle,
  listPendingFetches,
  listSummaries,
  listTags,
  openLibrary,
  restoreArticles,
  retryFetch,
  saveArticle,
  searchArticles,
  type LibraryDb,
} from '../../../src/store/index.ts';
import { highlightOf, makeExtracted } from './fixtures.ts';

const T1 = new Date('2024-02-01T00:00:00Z');

/** A link imported without its page, as an importer writes it. */
function link(n: number, over: Partial<Article> = {}): Article {
  return {
    id: `url:https://news.example.cn/a/${n}`,
    url: `https://news.example.cn/a/${n}`,
    title: `news.example.cn/a/${n}`,
    category: 'news.example.cn',
    tags: [],
    excerpt: '',
    contentHtml: '',
    textContent: '',
    extractor: 'import',
    savedAt: `2023-0${n}-01T10:00:00+08:00`,
    fetch: { state: 'pending' },
    ...over,
  };
}

async function withLinks(...links: Article[]): Promise<LibraryDb> {
  const db = await openLibrary(new IDBFactory());
  await restoreArticles(db, links);
  return db;
}

const extractedFor = (n: number, over: Parameters<typeof makeExtracted>[0] = {}) =>
  makeExtracted({
    id: `url:https://news.example.cn/a/${n}`,
    infoCode: undefined,
    url: `https://news.example.cn/a/${n}`,
    title: '央行宣布降准',
    textContent: '中国人民银行决定下调存款准备金率。',
    tags: ['南方Plus新闻'],
    ...over,
  });

describe('the fetch queue in the store', () => {
  it('lists pending links oldest first, and drops them from the list once failed; a retry queues again', async () => {
    const db = await withLinks(
      link(3),
      link(1),
      link(2),
      link(4, { fetch: { state: 'failed', reason: 'gone' } }),
    );
    expect((await listPendingFetches(db)).map((a) => a.id)).toEqual([link(1).id, link(2).id, link(3).id]);
    expect((await listPendingFetches(db, 1)).map((a) => a.id)).toEqual([link(1).id]);
    const failed = await failFetch(db, link(1).id, 'timeout', T1);
    expect(failed.fetch).toEqual({
      state: 'failed',
      reason: 'timeout',
      triedAt: expect.any(String) as string,
    });
    expect(Date.parse(failed.fetch!.triedAt!)).toBe(T1.getTime());
    expect((await listPendingFetches(db)).map((a) => a.id)).toEqual([link(2).id, link(3).id]);
    expect((await listSummaries(db)).find((s) => s.id === link(1).id)?.fetch).toBe('failed');
    await retryFetch(db, link(4).id);
    expect((await listPendingFetches(db)).map((a) => a.id)).toEqual([link(2).id, link(3).id, link(4).id]);
    await expect(failFetch(db, 'missing', 'gone')).rejects.toMatchObject({ code: 'not-found' });
  });

  it("saving the extracted page fills the link record, keeps the user's state and clears fetch", async () => {
    const db = await withLinks(
      link(1, { tags: ['稍后读'], read: true, archived: true, favourite: true, note: '朋友推荐' }),
    );
    const body = extractedFor(1).textContent;
    const { article, created } = await saveArticle(db, extractedFor(1), T1);
    expect(created).toBe(false);
    expect(article).toMatchObject({
      id: link(1).id,
      title: '央行宣布降准',
      tags: ['稍后读', '南方Plus新闻'],
      read: true,
      archived: true,
      favourite: true,
      note: '朋友推荐',
      savedAt: link(1).savedAt,
    });
    expect(article).not.toHaveProperty('fetch');
    expect(await countArticles(db)).toBe(1);
    expect(await listPendingFetches(db)).toEqual([]);
    expect((await listSummaries(db))[0]).not.toHaveProperty('fetch');
    expect((await searchArticles(db, '准备金')).map((h) => h.summary.id)).toEqual([link(1).id]);
    expect(await listTags(db)).toEqual(
      expect.arrayContaining([
        { tag: '稍后读', count: 1 },
        { tag: '南方Plus新闻', count: 1 },
      ]),
    );
    // Highlights made afterwards anchor in the fetched body like any other.
    await addHighlight(db, link(1).id, highlightOf(body, '存款准备金率', 'h1'));
    expect((await getArticle(db, link(1).id))?.highlights).toHaveLength(1);
  });

  it('finds the link by URL when the page has an infoCode id, which then becomes the id', async () => {
    const db = await withLinks(link(1, { tags: ['稍后读'], favourite: true }));
    const { article } = await saveArticle(
      db,
      extractedFor(1, { id: 'NW2024', infoCode: 'NW2024', url: 'https://news.example.cn/a/1?from=share' }),
      T1,
    );
    expect(article).toMatchObject({ id: 'NW2024', favourite: true, tags: ['稍后读', '南方Plus新闻'] });
    expect(article).not.toHaveProperty('fetch');
    expect(await getArticle(db, link(1).id)).toBeUndefined();
    expect(await countArticles(db)).toBe(1);
  });

  it('a link whose page came from another site (a redirect) is filled under its id, keeping user-edited tags', async () => {
    const shortLink = { id: 'url:https://t.example.com/x', url: 'https://t.example.com/x' };
    const db = await withLinks(link(1, { ...shortLink, tags: ['我的'], editedFields: ['tags'] }));
    const { article } = await saveArticle(
      db,
      extractedFor(1, { id: shortLink.id, url: 'https://news.other.cn/p/1.html' }),
      T1,
    );
    expect(article).toMatchObject({
      id: shortLink.id,
      url: 'https://news.other.cn/p/1.html',
      title: '央行宣布降准',
      tags: ['我的'],
      editedFields: ['tags'],
    });
    expect(article).not.toHaveProperty('fetch');
  });
});
