/** Bulk writes: batches cut at postings segment boundaries; a bulk restore is all or nothing. */
import { IDBDatabase, IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import {
  countArticles,
  countCategories,
  getArticle,
  getImage,
  openLibrary,
  putImages,
  restoreArticles,
  saveArticle,
  saveArticles,
  searchArticles,
  type ArticleSnapshot,
  type LibraryDb,
} from '../../../src/store/index.ts';
import { bulkTake } from '../../../src/store/bulk.ts';
import { SEGMENT_DOCS } from '../../../src/store/postings.ts';
import { makeExtracted } from './fixtures.ts';

const IMG = 'https://img.example.com/a.jpg';

/** Postings keys written while `run` runs, as JSON, one entry per put. */
async function postingsPuts(run: () => Promise<unknown>): Promise<string[]> {
  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  try {
    await run();
    return put.mock.contexts.flatMap((store, i) =>
      (store as IDBObjectStore).name === 'postings' ? [JSON.stringify(put.mock.calls[i]![1])] : [],
    );
  } finally {
    put.mockRestore();
  }
}

/** Moves the next doc number on, as a library with a long history has it, so a batch boundary is near. */
async function startDocsAt(db: LibraryDb, nextDoc: number): Promise<void> {
  const stats = await db.get('meta', 'stats');
  await db.put('meta', { ...stats!, nextDoc }, 'stats');
}

/** Article A with an offline image, and B, both searchable by their own words. */
async function twoSaved(): Promise<LibraryDb> {
  const db = await openLibrary(new IDBFactory());
  await saveArticle(
    db,
    makeExtracted({
      id: 'A',
      infoCode: undefined,
      url: 'https://x.cn/a',
      title: '原来的标题',
      textContent: '原文讲央行加息。',
      contentHtml: `<p>原文</p><img src="${IMG}">`,
    }),
  );
  await putImages(db, 'A', [{ url: IMG, blob: new Blob(['old-image']) }], []);
  await saveArticle(
    db,
    makeExtracted({
      id: 'B',
      infoCode: undefined,
      url: 'https://x.cn/b',
      title: '另一篇',
      textContent: '债市收盘。',
    }),
  );
  return db;
}

async function incoming(id: string, over: Partial<ArticleSnapshot> = {}): Promise<ArticleSnapshot> {
  const scratch = await openLibrary(new IDBFactory());
  const { article } = await saveArticle(
    scratch,
    makeExtracted({
      id,
      infoCode: undefined,
      url: `https://x.cn/${id.toLowerCase()}`,
      title: `导入${id}`,
      textContent: `导入的文章${id}讲期货。`,
    }),
  );
  return { ...article, ...over };
}

describe('saveArticles', () => {
  it('ends each batch at a postings segment boundary', () => {
    expect(bulkTake(1)).toBe(SEGMENT_DOCS - 1);
    expect(bulkTake(SEGMENT_DOCS)).toBe(SEGMENT_DOCS);
    expect(bulkTake(3 * SEGMENT_DOCS - 2)).toBe(2);
  });

  it('writes each postings row once, even when the articles span more than one batch', async () => {
    const db = await openLibrary(new IDBFactory());
    const list = Array.from({ length: SEGMENT_DOCS + 80 }, (_, i) =>
      makeExtracted({
        id: `P${i}`,
        infoCode: undefined,
        url: `https://x.cn/p${i}`,
        title: `第${i}篇`,
        textContent: i % 2 ? '央行降准' : '央行加息',
      }),
    );
    let results: Awaited<ReturnType<typeof saveArticles>> = [];
    const rows = await postingsPuts(async () => {
      results = await saveArticles(db, list);
    });
    expect(results.map((r) => r.article.id)).toEqual(list.map((a) => a.id));
    expect(rows).toContain(JSON.stringify(['央行', 0]));
    expect(rows).toContain(JSON.stringify(['央行', 1]));
    expect(rows.length).toBe(new Set(rows).size);
    expect(await countArticles(db)).toBe(list.length);
  });
});

describe('restoreArticles', () => {
  it('adds and replaces over several batches: records, images and index as if restored one by one', async () => {
    const db = await twoSaved();
    await startDocsAt(db, SEGMENT_DOCS - 1);
    const replacement = await incoming('A', { images: [{ url: IMG, blob: new Blob(['new-image']) }] });
    const list = [replacement, await incoming('C'), await incoming('D')];
    const rows = await postingsPuts(() => restoreArticles(db, list));
    expect(rows.length).toBe(new Set(rows).size);
    expect(await countArticles(db)).toBe(4);
    expect((await getArticle(db, 'A'))?.title).toBe('导入A');
    expect(await (await getImage(db, 'A', IMG))?.text()).toBe('new-image');
    expect((await searchArticles(db, '期货')).map((h) => h.summary.id).sort()).toEqual(['A', 'C', 'D']);
    expect(await searchArticles(db, '加息')).toEqual([]);
    expect(await countCategories(db)).toEqual(expect.arrayContaining([{ category: '南方Plus', count: 4 }]));
  });

  it('drops the images of a record it replaces that the snapshot does not bring', async () => {
    const db = await twoSaved();
    await restoreArticles(db, [await incoming('A')]);
    expect(await getImage(db, 'A', IMG)).toBeUndefined();
  });

  it('writes every part in one transaction, so nobody sees half of it', async () => {
    const db = await twoSaved();
    await startDocsAt(db, SEGMENT_DOCS - 1);
    const list = [await incoming('A'), await incoming('C'), await incoming('D')];
    const open = vi.spyOn(IDBDatabase.prototype, 'transaction');
    try {
      await restoreArticles(db, list);
      expect(open.mock.calls.filter((call) => call[1] === 'readwrite')).toHaveLength(1);
    } finally {
      open.mockRestore();
    }
    expect(await countArticles(db)).toBe(4);
  });

  it('keeps the later of two snapshots of one id, counted and indexed once', async () => {
    const db = await twoSaved();
    const first = await incoming('C', { title: '第一版' });
    const second = await incoming('C', { title: '第二版', textContent: '第二版讲黄金。' });
    await restoreArticles(db, [first, await incoming('A'), second]);
    expect(await countArticles(db)).toBe(3);
    expect((await getArticle(db, 'C'))?.title).toBe('第二版');
    expect((await searchArticles(db, '黄金')).map((h) => h.summary.id)).toEqual(['C']);
    expect((await searchArticles(db, '期货')).map((h) => h.summary.id)).toEqual(['A']);
    expect(await countCategories(db)).toEqual([{ category: '南方Plus', count: 3 }]);
    expect((await db.get('meta', 'stats'))?.docCount).toBe(3);
  });

  it('writes nothing when a record in the middle of a part cannot be stored', async () => {
    const db = await twoSaved();
    const broken = await incoming('D', { tags: [(() => 1) as unknown as string] });
    const list = [await incoming('A'), await incoming('C'), broken, await incoming('E')];
    await expect(restoreArticles(db, list)).rejects.toMatchObject({ code: 'write-failed' });
    expect(await countArticles(db)).toBe(2);
    for (const id of ['C', 'D', 'E']) expect(await getArticle(db, id)).toBeUndefined();
    expect((await getArticle(db, 'A'))?.title).toBe('原来的标题');
    expect(await (await getImage(db, 'A', IMG))?.text()).toBe('old-image');
    expect(await searchArticles(db, '期货')).toEqual([]);
    expect((await db.get('meta', 'stats'))?.docCount).toBe(2);
  });

  it('writes nothing when a later part fails after earlier parts were written', async () => {
    const db = await twoSaved();
    await startDocsAt(db, SEGMENT_DOCS - 2);
    // The first batch (A, C) commits; D cannot be stored, so the second batch (D, E) aborts.
    const broken = await incoming('D', { tags: [(() => 1) as unknown as string] });
    const list = [await incoming('A'), await incoming('C'), broken, await incoming('E')];
    await expect(restoreArticles(db, list)).rejects.toMatchObject({ code: 'write-failed' });
    expect(await countArticles(db)).toBe(2);
    for (const id of ['C', 'D', 'E']) expect(await getArticle(db, id)).toBeUndefined();
    expect((await getArticle(db, 'A'))?.title).toBe('原来的标题');
    expect(await (await getImage(db, 'A', IMG))?.text()).toBe('old-image');
    expect((await searchArticles(db, '加息')).map((h) => h.summary.id)).toEqual(['A']);
    expect(await searchArticles(db, '期货')).toEqual([]);
    expect(await countCategories(db)).toEqual([{ category: '南方Plus', count: 2 }]);
  });
});
