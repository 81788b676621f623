import { IDBFactory, IDBIndex } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  applySynced,
  deleteArticle,
  openLibrary,
  renameTag,
  saveArticle,
  saveArticles,
  searchArticles,
  setSyncEnabled,
  updateArticle,
  type LibraryDb,
} from '../../../src/store/index.ts';
import type { SummaryRow } from '../../../src/store/schema.ts';
import { makeExtracted } from './fixtures.ts';

const day = (n: number) => new Date(Date.UTC(2024, 0, n));

/**
 * 45 articles: 30 saved one a day (S0 oldest), then 15 saved together by one bulk save (B0…B14, one
 * save time, told apart by doc). Every article is tagged 全部; the even ones 双 too; every seventh is a
 * favourite; every third is read. Titles and bodies hold 央行 in varying amounts, for the word path.
 */
async function library(): Promise<LibraryDb> {
  const db = await openLibrary(new IDBFactory());
  const article = (id: string, i: number) =>
    makeExtracted({
      id,
      infoCode: id,
      url: `https://x.cn/${id}`,
      title: i % 4 === 0 ? `央行公告${i}` : `市场消息${i}`,
      textContent: `${'央行'.repeat(1 + (i % 5))}操作。第${i}篇。`,
      tags: i % 2 === 0 ? ['全部', '双'] : ['全部'],
    });
  for (let i = 0; i < 30; i++) await saveArticle(db, article(`S${i}`, i), day(i + 1));
  await saveArticles(
    db,
    Array.from({ length: 15 }, (_, i) => article(`B${i}`, 30 + i)),
    day(40),
  );
  for (let i = 0; i < 45; i++) {
    const id = i < 30 ? `S${i}` : `B${i - 30}`;
    if (i % 7 === 0) await updateArticle(db, id, { favourite: true });
    if (i % 3 === 0) await updateArticle(db, id, { read: true });
  }
  return db;
}

/** The rule a filter alone follows, from the rows themselves: newest first, then the higher doc. */
async function newest(db: LibraryDb, keep: (row: SummaryRow) => boolean): Promise<string[]> {
  return (await db.getAll('summaries'))
    .filter(keep)
    .sort((a, b) => b.savedMs - a.savedMs || b.doc - a.doc)
    .map((row) => row.id);
}

const ids = async (db: LibraryDb, query: string, limit = 100) =>
  (await searchArticles(db, query, { limit })).map((h) => h.summary.id);

let db: LibraryDb;
beforeAll(async () => {
  db = await library();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a tag filter alone', () => {
  it('lists the newest articles of the tag first, ties on the save time by the later doc, cut at the limit', async () => {
    const all = await newest(db, (row) => row.tags?.includes('全部') ?? false);
    expect(all).toHaveLength(45);
    // The bulk save's articles share one time: the later doc (saved after) comes first.
    expect(all.slice(0, 3)).toEqual(['B14', 'B13', 'B12']);
    for (const limit of [1, 7, 15, 16, 45, 100])
      expect(await ids(db, 'tag:全部', limit)).toEqual(all.slice(0, limit));
    const even = await newest(db, (row) => row.tags?.includes('双') ?? false);
    expect(await ids(db, 'tag:双', 10)).toEqual(even.slice(0, 10));
  });

  it('reads only the rows it shows when the tag is the only filter', async () => {
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    expect(await ids(db, 'tag:全部', 5)).toHaveLength(5);
    expect(getAll.mock.calls).toEqual([[expect.anything(), 5]]);
  });

  it('keeps reading pages until enough rows pass the other filters', async () => {
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const fav = await newest(db, (row) => (row.tags?.includes('全部') ?? false) && row.favourite === true);
    expect(fav.length).toBeGreaterThan(4);
    expect(await ids(db, 'tag:全部 is:fav', 4)).toEqual(fav.slice(0, 4));
    expect(getAll.mock.calls.length).toBeGreaterThan(1);
    expect(await ids(db, 'tag:全部 is:fav')).toEqual(fav);
    const evenUnread = await newest(db, (row) => (row.tags?.includes('双') ?? false) && !row.read);
    expect(await ids(db, 'tag:全部 tag:双 is:unread', 6)).toEqual(evenUnread.slice(0, 6));
    expect(await ids(db, 'is:read', 5)).toEqual((await newest(db, (row) => row.read === true)).slice(0, 5));
  });
});

describe('a tag filter with words', () => {
  it('ranks exactly the articles of the tag, in the order of the unfiltered ranking', async () => {
    const ranked = await searchArticles(db, '央行', { limit: 100 });
    expect(ranked).toHaveLength(45);
    const of = (keep: (tags: string[], id: string) => boolean) =>
      ranked.filter((h) => keep(h.summary.tags ?? [], h.summary.id)).map((h) => h.summary.id);
    expect(await ids(db, '央行 tag:双')).toEqual(of((tags) => tags.includes('双')));
    expect(await ids(db, '央行 tag:双', 5)).toEqual(of((tags) => tags.includes('双')).slice(0, 5));
    const favourites = new Set((await newest(db, (row) => row.favourite === true)).map(String));
    expect(await ids(db, '央行 tag:全部 is:fav')).toEqual(of((_, id) => favourites.has(id)));
    expect(await ids(db, '央行 tag:没有')).toEqual([]);
  });
});

/**
 * `央行 tag:X` reads the tag's postings (tag-token.ts), `tag:X` alone its byTagKey keys: both must agree
 * with the rows' own tags after every write.
 */
async function expectWordsWithTag(db: LibraryDb, tag: string, expected?: string[]): Promise<void> {
  const tagged = new Set(await newest(db, (row) => row.tags?.includes(tag) ?? false));
  const ranked = (await ids(db, '央行')).filter((id) => tagged.has(id));
  if (expected) expect(ranked).toEqual(expected);
  expect(await ids(db, `央行 tag:${tag}`)).toEqual(ranked);
}

describe('every writer keeps the keys of the tag filter', () => {
  it('tag edits, renames, re-saves, synced changes and deletes', async () => {
    const own = await library();
    await updateArticle(own, 'S3', { tags: ['全部', '新'] });
    expect(await ids(own, 'tag:新')).toEqual(['S3']);
    await expectWordsWithTag(own, '新', ['S3']);
    await updateArticle(own, 'S3', { tags: ['全部'] });
    expect(await ids(own, 'tag:新')).toEqual([]);
    await expectWordsWithTag(own, '新', []);

    await renameTag(own, '双', '偶数');
    expect(await ids(own, 'tag:双')).toEqual([]);
    expect(await ids(own, 'tag:偶数', 3)).toEqual(['B14', 'B12', 'B10']);
    await expectWordsWithTag(own, '双', []);
    await expectWordsWithTag(own, '偶数');
    expect((await ids(own, '央行 tag:偶数')).length).toBe(23);

    // A re-save whose body changed gets a new doc: its old key goes, its new one takes the same place.
    const before = (await own.get('summaries', 'S0'))!.doc;
    await saveArticle(
      own,
      makeExtracted({
        id: 'S0',
        infoCode: 'S0',
        url: 'https://x.cn/S0',
        textContent: '改过的正文。',
        tags: ['全部'],
      }),
      day(50),
    );
    expect((await own.get('summaries', 'S0'))!.doc).not.toBe(before);
    const tagged = await newest(own, (row) => row.tags?.includes('全部') ?? false);
    expect(await ids(own, 'tag:全部')).toEqual(tagged);
    expect(tagged.filter((id) => id === 'S0')).toHaveLength(1);
    await expectWordsWithTag(own, '全部');

    await setSyncEnabled(own, true);
    const synced = {
      ...makeExtracted({
        id: 'Y1',
        infoCode: 'Y1',
        url: 'https://x.cn/Y1',
        textContent: '央行同步的文章。',
        tags: ['同步'],
      }),
      savedAt: '2024-03-01T08:00:00+08:00',
    };
    await applySynced(own, [{ seq: 1, change: { kind: 'article', id: 'Y1', article: synced } }]);
    expect(await ids(own, 'tag:同步')).toEqual(['Y1']);
    await expectWordsWithTag(own, '同步', ['Y1']);
    await applySynced(own, [
      { seq: 2, change: { kind: 'article', id: 'Y1', article: { ...synced, tags: ['全部'] } } },
    ]);
    expect(await ids(own, 'tag:同步')).toEqual([]);
    await expectWordsWithTag(own, '同步', []);
    expect((await ids(own, 'tag:全部', 1))[0]).toBe('Y1');
    await expectWordsWithTag(own, '全部');

    await deleteArticle(own, 'Y1');
    expect(await ids(own, 'tag:全部', 1)).toEqual(['B14']);
    await expectWordsWithTag(own, '全部');
  });
});
