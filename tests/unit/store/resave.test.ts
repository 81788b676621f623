import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  countArticles,
  getArticle,
  listSummaries,
  openLibrary,
  saveArticle,
  searchArticles,
  updateArticle,
} from '../../../src/store/index.ts';
import { makeExtracted } from './fixtures.ts';

const T0 = new Date('2024-01-01T00:00:00Z');
const T1 = new Date('2024-01-02T00:00:00Z');
const T2 = new Date('2024-01-03T00:00:00Z');
const ID = 'NW202112222222635819';

describe('re-save and tags', () => {
  it('keeps the tags the user edited, whatever the extractor now says', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted({ tags: ['财经'] }), T0);
    const edited = await updateArticle(db, ID, { tags: ['我的', '稍后读'] }, T1);
    expect(edited.editedFields).toEqual(['tags']);
    const { article, created } = await saveArticle(
      db,
      makeExtracted({ title: '新标题', tags: ['股市', '央行'] }),
      T2,
    );
    expect(created).toBe(false);
    expect(article.tags).toEqual(['我的', '稍后读']);
    expect(article.editedFields).toContain('tags');
    expect(article.title).toBe('新标题'); // the content itself is re-extracted
    const stored = await getArticle(db, ID);
    expect(stored?.tags).toEqual(['我的', '稍后读']);
    expect(stored?.editedFields).toContain('tags');
  });

  it('keeps edited tags and category apart: editing only tags lets the category follow the extractor', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted({ category: '南方Plus', tags: ['财经'] }), T0);
    await updateArticle(db, ID, { tags: ['我的'] }, T1);
    const { article } = await saveArticle(db, makeExtracted({ category: '南方+', tags: ['股市'] }), T2);
    expect(article).toMatchObject({ category: '南方+', tags: ['我的'], editedFields: ['tags'] });
  });

  it('takes the new extractor tags when the user never edited them', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted({ tags: ['财经'] }), T0);
    await updateArticle(db, ID, { read: true }, T1); // an edit, but not of tags
    const { article, created } = await saveArticle(db, makeExtracted({ tags: ['股市', '央行'] }), T2);
    expect(created).toBe(false);
    expect(article.tags).toEqual(['股市', '央行']);
    expect(article.editedFields ?? []).not.toContain('tags');
    expect(article.read).toBe(true);
    expect((await getArticle(db, ID))?.tags).toEqual(['股市', '央行']);
  });
});

describe('re-save matched by canonical URL only', () => {
  it('updates the stored record instead of adding a second one', async () => {
    const db = await openLibrary(new IDBFactory());
    const canonicalUrl = 'https://www.example.cn/news/2024/0101/123.html';
    const first = makeExtracted({
      id: 'url-first',
      infoCode: undefined,
      url: 'https://m.example.cn/share/abc?from=wx',
      canonicalUrl,
      title: '旧标题',
      textContent: '旧正文：天气晴朗。',
    });
    await saveArticle(db, first, T0);
    // Another page address (different id, path and host of the same site), no infoCode: only the
    // canonical URL ties it to what is stored.
    const again = makeExtracted({
      id: 'url-second',
      infoCode: undefined,
      url: 'https://news.example.cn/p/998877',
      canonicalUrl,
      title: '新标题',
      textContent: '新正文：火星探测器着陆。',
    });
    const { article, created } = await saveArticle(db, again, T1);
    expect(created).toBe(false);
    expect(await countArticles(db)).toBe(1);
    expect(article.id).toBe('url-first'); // the stored id survives
    expect(await getArticle(db, 'url-second')).toBeUndefined();
    const stored = await getArticle(db, 'url-first');
    expect(stored).toMatchObject({
      title: '新标题',
      textContent: '新正文：火星探测器着陆。',
      url: again.url,
    });
    expect(Date.parse(stored!.savedAt)).toBe(T0.getTime());
    expect(Date.parse(stored!.updatedAt!)).toBe(T1.getTime());
    expect((await listSummaries(db)).map((s) => [s.id, s.title])).toEqual([['url-first', '新标题']]);
    // The index follows the new content.
    expect((await searchArticles(db, '火星')).map((h) => h.summary.id)).toEqual(['url-first']);
    expect(await searchArticles(db, '天气')).toEqual([]);
  });
});
