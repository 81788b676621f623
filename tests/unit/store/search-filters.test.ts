import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addHighlight,
  openLibrary,
  saveArticle,
  saveArticles,
  searchArticles,
  updateArticle,
  type LibraryDb,
} from '../../../src/store/index.ts';
import { highlightOf, makeExtracted } from './fixtures.ts';

const day = (n: number) => new Date(Date.UTC(2024, 0, n));

/**
 * Five articles saved a day apart (A oldest):
 * A 央行降准, tags [财经], favourite, note 复盘
 * B 央行降息, tags [财经, 稍后读], read, highlight on 降息 with a note
 * C 北京天气, tags [稍后读], archived
 * D 央行公开市场操作, no tags
 * E 股市收盘, tags [财经], read, archived, favourite
 */
async function library(): Promise<LibraryDb> {
  const db = await openLibrary(new IDBFactory());
  const article = (id: string, title: string, textContent: string, tags: string[]) =>
    makeExtracted({ id, infoCode: id, url: `https://x.cn/${id}`, title, textContent, tags, excerpt: '' });
  await saveArticle(db, article('A', '央行降准', '央行宣布下调存款准备金率。', ['财经']), day(1));
  const b = await saveArticle(
    db,
    article('B', '央行降息', '央行下调贷款市场报价利率十个基点。', ['财经', '稍后读']),
    day(2),
  );
  await saveArticle(db, article('C', '北京天气', '明天北京有雨，气温下降。', ['稍后读']), day(3));
  await saveArticle(db, article('D', '央行公开市场操作', '央行开展逆回购操作。', []), day(4));
  await saveArticle(db, article('E', '股市收盘', '沪指收涨，成交放量。', ['财经']), day(5));
  await updateArticle(db, 'A', { favourite: true, note: '复盘时对照去年' });
  await updateArticle(db, 'B', { read: true });
  await addHighlight(
    db,
    'B',
    highlightOf(b.article.textContent, '贷款市场报价利率', 'hB', { note: '关注房贷影响' }),
  );
  await updateArticle(db, 'C', { archived: true });
  await updateArticle(db, 'E', { read: true, archived: true, favourite: true });
  return db;
}

let db: LibraryDb;
beforeAll(async () => {
  db = await library();
});

const ids = async (query: string, limit?: number) =>
  (await searchArticles(db, query, limit === undefined ? {} : { limit })).map((h) => h.summary.id);

describe('search syntax in searchArticles', () => {
  it('a filter alone lists the articles it keeps, newest first', async () => {
    expect(await ids('tag:财经')).toEqual(['E', 'B', 'A']);
    expect(await ids('tag:稍后读')).toEqual(['C', 'B']);
    expect(await ids('is:fav')).toEqual(['E', 'A']);
    expect(await ids('is:archived')).toEqual(['E', 'C']);
    expect(await ids('is:read')).toEqual(['E', 'B']);
    expect(await ids('is:unread')).toEqual(['D', 'C', 'A']);
    expect(await ids('has:highlights')).toEqual(['B']);
    expect(await ids('has:note')).toEqual(['A']);
    expect(await ids('tag:财经', 2)).toEqual(['E', 'B']);
  });

  it('combines filters (all must hold), in any case and with a full-width colon', async () => {
    expect(await ids('tag:财经 is:fav')).toEqual(['E', 'A']);
    expect(await ids('TAG：财经 IS:unread')).toEqual(['A']);
    expect(await ids('tag:财经 tag:稍后读')).toEqual(['B']);
    expect(await ids('is:fav is:archived')).toEqual(['E']);
    expect(await ids('tag:没有这个标签')).toEqual([]);
    const [hit] = await searchArticles(db, 'tag:稍后读');
    expect(hit).toMatchObject({ score: 0, titleMatch: false, highlights: { title: [] } });
    expect(hit?.summary).toMatchObject({ id: 'C', archived: true, tags: ['稍后读'] });
  });

  it('with words, ranks only the articles the filters keep', async () => {
    expect((await ids('央行')).sort()).toEqual(['A', 'B', 'D']);
    expect(await ids('央行 tag:财经')).toEqual(['B', 'A']);
    expect(await ids('tag:财经 央行 is:unread')).toEqual(['A']);
    expect(await ids('央行 has:highlights')).toEqual(['B']);
    expect(await ids('北京 is:fav')).toEqual([]);
  });

  it('finds words in the article note and in highlight notes', async () => {
    expect(await ids('复盘')).toEqual(['A']);
    expect(await ids('房贷')).toEqual(['B']);
    expect(await ids('房贷 tag:稍后读')).toEqual(['B']);
    expect(await ids('房贷 is:unread')).toEqual([]);
  });

  it('names the highlight whose quote or note holds the words', async () => {
    const [byNote] = await searchArticles(db, '房贷');
    expect(byNote?.highlight).toEqual({ id: 'hB', exact: '贷款市场报价利率', note: '关注房贷影响' });
    const [byQuote] = await searchArticles(db, '报价 is:read');
    expect(byQuote?.highlight?.id).toBe('hB');
    const elsewhere = (await searchArticles(db, '央行')).find((h) => h.summary.id === 'B');
    expect(elsewhere).toBeDefined();
    expect(elsewhere).not.toHaveProperty('highlight');
  });

  it('keeps the filter when the words are still being typed and when they find nothing', async () => {
    expect(await ids('tag:财经 央')).toEqual(['B', 'A']);
    expect(await ids('tag:财经 不存在的词')).toEqual([]);
    expect(await ids('tag:')).toEqual([]);
  });
});

describe('filters before the cut', () => {
  it('finds the one tagged article among many that match the words better', async () => {
    const many = await openLibrary(new IDBFactory());
    await saveArticles(
      many,
      Array.from({ length: 60 }, (_, i) =>
        makeExtracted({
          id: `N${i}`,
          infoCode: `N${i}`,
          url: `https://x.cn/n${i}`,
          title: i === 0 ? '普通标题' : '央行央行',
          textContent: '央行'.repeat(i === 0 ? 1 : 5),
          tags: i === 0 ? ['冷门'] : ['财经'],
        }),
      ),
      day(1),
    );
    expect((await searchArticles(many, '央行 tag:冷门', { limit: 1 })).map((h) => h.summary.id)).toEqual([
      'N0',
    ]);
  });
});
