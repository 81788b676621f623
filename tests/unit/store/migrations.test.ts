import { IDBFactory } from 'fake-indexeddb';
import { wrap, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article.ts';
import {
  DB_VERSION,
  findSavedId,
  getArticle,
  getImage,
  listCategories,
  listSummaries,
  openLibrary,
  saveArticle,
  searchArticles,
} from '../../../src/store/index.ts';
import { runMigrations } from '../../../src/store/migrations.ts';
import { encodePostings } from '../../../src/store/postings.ts';
import type { JianbaoSchema } from '../../../src/store/schema.ts';
import { docTerms } from '../../../src/store/search-index.ts';
import { tagKeysOf } from '../../../src/store/tag-keys.ts';
import { TAG_TOKEN_RANGE, tagToken } from '../../../src/store/tag-token.ts';
import { makeExtracted } from './fixtures.ts';

/** Records exactly as v1 code wrote them: the Article contract, nothing more. */
const V1_RECORDS: Article[] = [
  {
    ...makeExtracted({
      id: 'NW1',
      infoCode: 'NW1',
      url: 'https://x.cn/1',
      title: '央行宣布降准',
      textContent: '下调存款准备金率。',
    }),
    savedAt: '2023-05-01T10:00:00+08:00',
    read: true,
    readingPosition: 0.5,
    editedFields: ['category'],
    category: '我的收藏',
  },
  {
    ...makeExtracted({
      id: 'u:x.cn/2',
      infoCode: undefined,
      url: 'https://x.cn/2',
      title: '天气预报',
      textContent: '明天北京有雨。',
      category: '新华社',
    }),
    savedAt: '2023-06-01T10:00:00+08:00',
  },
];

/** Builds the database as schema v1 left it, with raw IndexedDB (no current code involved). */
async function createV1(factory: IDBFactory, records: Article[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const req = factory.open('jianbao', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('articles', { keyPath: 'id' });
    req.onerror = () => reject(req.error ?? new Error('open failed'));
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('articles', 'readwrite');
      for (const r of records) tx.objectStore('articles').put(r);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    };
  });
}

/**
 * A summary row as v2 code wrote it, spelled out here rather than made by today's toSummaryRow, so a
 * later change to that function cannot change the old library this test opens.
 */
function v2SummaryRow(r: Article, doc: number): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: r.id,
    title: r.title,
    category: r.category,
    savedAt: r.savedAt,
    savedMs: Date.parse(r.savedAt),
    urlKeys: [r.url.replace(/^https?:\/\//, '')],
    doc,
  };
  if (r.source !== undefined) row.source = r.source;
  if (r.publishedAt !== undefined) row.publishedAt = r.publishedAt;
  if (r.read !== undefined) row.read = r.read;
  if (r.excerpt) row.excerpt = r.excerpt;
  return row;
}

/** An offline image of the first record, as v2 stored images (v2 added the store). */
const V2_IMAGE = { articleId: 'NW1', url: 'https://img.example.com/a.jpg', bytes: 'jpeg-bytes' };

/**
 * Builds the database as schema v2 left it, with raw IndexedDB: its stores and indexes, summaries
 * under doc numbers 1…n, one whole posting list per token keyed by the token string alone, no
 * category counts in the stats, and one offline image.
 */
async function createV2(factory: IDBFactory, records: Article[]): Promise<void> {
  const lists = new Map<string, Array<[number, number]>>();
  records.forEach((r, i) => {
    for (const [token, flags] of docTerms(r)) lists.set(token, [...(lists.get(token) ?? []), [i + 1, flags]]);
  });
  await new Promise<void>((resolve, reject) => {
    const req = factory.open('jianbao', 2);
    req.onupgradeneeded = () => {
      const db = req.result;
      const articles = db.createObjectStore('articles', { keyPath: 'id' });
      for (const [name, path] of [
        ['byCategory', 'category'],
        ['bySavedAt', 'savedAt'],
        ['byPublishedAt', 'publishedAt'],
        ['bySource', 'source'],
      ])
        articles.createIndex(name!, path!);
      const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
      summaries.createIndex('bySavedMs', 'savedMs');
      summaries.createIndex('byUrl', 'urlKeys', { multiEntry: true });
      summaries.createIndex('byDoc', 'doc', { unique: true });
      summaries.createIndex('byCategory', 'category');
      db.createObjectStore('postings');
      db.createObjectStore('images', { keyPath: ['articleId', 'url'] });
      db.createObjectStore('meta');
    };
    req.onerror = () => reject(req.error ?? new Error('open failed'));
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['articles', 'summaries', 'postings', 'images', 'meta'], 'readwrite');
      records.forEach((r, i) => {
        tx.objectStore('articles').put(r);
        tx.objectStore('summaries').put(v2SummaryRow(r, i + 1));
      });
      tx.objectStore('images').put({
        articleId: V2_IMAGE.articleId,
        url: V2_IMAGE.url,
        blob: new Blob([V2_IMAGE.bytes]),
      });
      for (const [token, list] of lists)
        tx.objectStore('postings').put(
          encodePostings(
            list.map((e) => e[0]),
            list.map((e) => e[1]),
          ),
          token,
        );
      tx.objectStore('meta').put({ nextDoc: records.length + 1, docCount: records.length }, 'stats');
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    };
  });
}

/**
 * Opens `factory`'s database at `version`, running the current migration blocks up to it (idb's openDB
 * would open the global indexedDB, not this factory).
 */
async function openAt(factory: IDBFactory, version: number): Promise<IDBPDatabase<JianbaoSchema>> {
  const request = factory.open('jianbao', version);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as IDBPDatabase<JianbaoSchema>;
    const tx = wrap(request.transaction!) as unknown as Parameters<typeof runMigrations>[1];
    void runMigrations(db, tx, event.oldVersion, version);
  });
  return (await wrap(request)) as IDBPDatabase<JianbaoSchema>;
}

/**
 * Builds the database as schema v4 left it: v2's raw build, then the v3 and v4 blocks (old blocks are
 * never edited).
 */
async function createV4(factory: IDBFactory, records: Article[]): Promise<void> {
  await createV2(factory, records);
  (await openAt(factory, 4)).close();
}

/** Builds the database as schema v5 left it: v4's, then the v5 block. */
async function createV5(factory: IDBFactory, records: Article[]): Promise<void> {
  await createV4(factory, records);
  (await openAt(factory, 5)).close();
}

/**
 * Writes records with raw IndexedDB into a v5 database, record only: the reader's fields were on the
 * record type at v5, but no v5 code put them in a summary or the postings.
 */
async function putV5Records(factory: IDBFactory, records: Article[]): Promise<void> {
  const db = await openAt(factory, 5);
  const tx = db.transaction('articles', 'readwrite');
  for (const r of records) await tx.store.put(r);
  await tx.done;
  db.close();
}

/**
 * Builds the database as schema v6 left it: v5's, then the v6 block. The old blocks call today's
 * toSummaryRow, which adds `tagKeys`; v6 code never wrote them, so they are taken off again.
 */
async function createV6(factory: IDBFactory, records: Article[]): Promise<void> {
  await createV5(factory, records);
  const db = await openAt(factory, 6);
  const tx = db.transaction('summaries', 'readwrite');
  for (const row of await tx.store.getAll()) {
    const { tagKeys: _tagKeys, ...v6Row } = row;
    await tx.store.put(v6Row);
  }
  await tx.done;
  db.close();
}

/** The postings keys of every tag token: the part of the index that v8 adds. */
const tagTokenKeys = IDBKeyRange.bound([TAG_TOKEN_RANGE.lower], [TAG_TOKEN_RANGE.upper, []]);

/**
 * Builds the database as schema v7 left it: v6's, then the v7 block. The old blocks index with today's
 * docTerms, which adds the tag tokens; v7 code never wrote them, so they are taken off again.
 */
async function createV7(factory: IDBFactory, records: Article[]): Promise<void> {
  await createV6(factory, records);
  const db = await openAt(factory, 7);
  const tx = db.transaction('postings', 'readwrite');
  await tx.store.delete(tagTokenKeys);
  await tx.done;
  db.close();
}

const HIGHLIGHT = {
  id: 'h-1',
  color: 'green',
  note: '值得重读的段落',
  quote: { type: 'TextQuoteSelector', exact: '存款准备金率', prefix: '下调', suffix: '。' },
  position: { type: 'TextPositionSelector', start: 2, end: 8 },
  createdAt: '2023-05-02T10:00:00+08:00',
  updatedAt: '2023-05-02T10:00:00+08:00',
} as const satisfies NonNullable<Article['highlights']>[number];

describe('migrations', () => {
  it("opens a v5 library: summaries backfilled with the reader's fields, tags counted, notes searchable, new indexes", async () => {
    const factory = new IDBFactory();
    await createV5(factory, V1_RECORDS);
    const marked: Article = {
      ...V1_RECORDS[0]!,
      tags: ['财经', '稍后读'],
      favourite: true,
      archived: false,
      note: '记得对比去年的降准幅度',
      highlights: [HIGHLIGHT],
      lang: 'zh-CN',
    };
    const link: Article = {
      ...makeExtracted({
        id: 'url:https://x.cn/9',
        infoCode: undefined,
        url: 'https://x.cn/9',
        title: 'x.cn/9',
        textContent: '',
        contentHtml: '',
        excerpt: '',
        tags: ['稍后读'],
      }),
      savedAt: '2023-04-01T10:00:00+08:00',
      fetch: { state: 'pending' },
    };
    await putV5Records(factory, [marked]);
    // The link record as a v5 writer would have left it: with its summary row, no postings.
    await putV5Records(factory, [link]);
    {
      const raw = await openAt(factory, 5);
      await raw.put('summaries', {
        id: link.id,
        title: link.title,
        category: link.category,
        savedAt: link.savedAt,
        savedMs: Date.parse(link.savedAt),
        urlKeys: ['x.cn/9'],
        doc: 99,
      });
      raw.close();
    }
    const db = await openLibrary(factory);
    expect(db.version).toBe(DB_VERSION);
    expect(await getArticle(db, 'NW1')).toEqual(marked);
    expect(await db.get('summaries', 'NW1')).toMatchObject({
      favourite: true,
      archived: false,
      tags: ['财经', '稍后读'],
      highlightCount: 1,
      hasNote: true,
      lang: 'zh-CN',
    });
    const plain = await db.get('summaries', 'u:x.cn/2');
    expect(plain).toMatchObject({ tags: ['财经'] });
    expect(plain).not.toHaveProperty('highlightCount');
    expect(plain).not.toHaveProperty('hasNote');
    expect(plain).not.toHaveProperty('fetch');
    expect(await db.getAllKeysFromIndex('summaries', 'byFetch', 'pending')).toEqual([link.id]);
    expect((await db.getAllKeysFromIndex('summaries', 'byTag', '稍后读')).sort()).toEqual(['NW1', link.id]);
    expect(await db.getAllKeysFromIndex('summaries', 'byHighlightCount')).toEqual(['NW1']);
    expect((await db.get('meta', 'stats'))?.tags).toEqual({ 财经: 2, 稍后读: 2 });
    // The article note and the highlight's note are searchable; the body still is.
    expect((await searchArticles(db, '去年')).map((h) => h.summary.id)).toEqual(['NW1']);
    expect((await searchArticles(db, '重读')).map((h) => h.summary.id)).toEqual(['NW1']);
    expect((await searchArticles(db, '准备')).map((h) => h.summary.id)).toEqual(['NW1']);
    expect((await searchArticles(db, '北京')).map((h) => h.summary.id)).toEqual(['u:x.cn/2']);
  });

  it('opens a v6 library: tagged summaries get their tag keys, and the tag filter lists newest first', async () => {
    const record = (id: string, tags: string[], savedAt: string, title: string): Article => ({
      ...makeExtracted({ id, infoCode: id, url: `https://x.cn/${id}`, title, tags }),
      savedAt,
    });
    const records = [
      record('M1', ['财经'], '2023-05-01T10:00:00+08:00', '央行宣布降准'),
      record('M2', ['财经', '稍后读'], '2023-06-01T10:00:00+08:00', '央行公开市场操作'),
      // The same instant as M2 in another offset: a tie on the time, which the later doc wins.
      record('M3', ['稍后读'], '2023-06-01T02:00:00Z', '央行降息'),
      record('M4', [], '2023-07-01T10:00:00+08:00', '央行年报'),
      record('M5', ['财经'], '2023-04-01T10:00:00+08:00', '股市收盘'),
    ];
    const factory = new IDBFactory();
    await createV6(factory, records);
    {
      const v6 = await openAt(factory, 6);
      expect((await v6.getAll('summaries')).filter((row) => 'tagKeys' in row)).toEqual([]);
      v6.close();
    }
    const db = await openLibrary(factory);
    expect(db.version).toBe(DB_VERSION);
    for (const r of records) expect(await getArticle(db, r.id)).toEqual(r);
    const rows = await db.getAll('summaries');
    for (const row of rows) {
      if (row.tags?.length) expect(row.tagKeys).toEqual(tagKeysOf(row.tags, row.savedMs, row.doc));
      else expect(row).not.toHaveProperty('tagKeys');
    }
    expect(await db.countFromIndex('summaries', 'byTagKey')).toBe(5);
    const ids = async (query: string) => (await searchArticles(db, query)).map((h) => h.summary.id);
    expect(await ids('tag:财经')).toEqual(['M2', 'M1', 'M5']);
    expect(await ids('tag:稍后读')).toEqual(['M3', 'M2']);
    expect((await ids('央行 tag:稍后读')).sort()).toEqual(['M2', 'M3']);
    expect(await ids('央行 tag:财经 tag:稍后读')).toEqual(['M2']);
    // A write after the upgrade keeps the keys in step.
    await saveArticle(
      db,
      makeExtracted({ id: 'M6', infoCode: 'M6', url: 'https://x.cn/M6', tags: ['稍后读'] }),
    );
    expect(await ids('tag:稍后读')).toEqual(['M6', 'M3', 'M2']);
  });

  it('opens a v7 library: every tag becomes a token of its docs, and words with a tag find their articles', async () => {
    const record = (id: string, tags: string[], title: string): Article => ({
      ...makeExtracted({ id, infoCode: id, url: `https://x.cn/${id}`, title, tags }),
      savedAt: `2023-05-0${id.slice(1)}T10:00:00+08:00`,
    });
    const records = [
      record('T1', ['财经'], '央行宣布降准'),
      record('T2', ['财经', '稍后读'], '央行公开市场操作'),
      record('T3', ['稍后读'], '股市收盘'),
      record('T4', [], '央行年报'),
    ];
    const factory = new IDBFactory();
    await createV7(factory, records);
    {
      const v7 = await openAt(factory, 7);
      expect(await v7.count('postings', tagTokenKeys)).toBe(0);
      v7.close();
    }
    const db = await openLibrary(factory);
    expect(db.version).toBe(DB_VERSION);
    for (const r of records) expect(await getArticle(db, r.id)).toEqual(r);
    const tokens = new Set((await db.getAllKeys('postings', tagTokenKeys)).map((key) => key[0]));
    expect([...tokens].sort()).toEqual([tagToken('稍后读'), tagToken('财经')].sort());
    const ids = async (query: string) => (await searchArticles(db, query)).map((h) => h.summary.id);
    expect((await ids('央行 tag:财经')).sort()).toEqual(['T1', 'T2']);
    expect(await ids('央行 tag:稍后读')).toEqual(['T2']);
    expect(await ids('股市 tag:稍后读')).toEqual(['T3']);
    expect(await ids('央行 tag:没有')).toEqual([]);
    // The words' own postings are untouched: T4, with no tag, is still found by them.
    expect((await ids('央行')).sort()).toEqual(['T1', 'T2', 'T4']);
  });

  it('opens a v8 library: archived articles are counted per category, so the popup sizes its default view', async () => {
    const record = (id: string, category: string, archived?: boolean): Article => ({
      ...makeExtracted({ id, infoCode: id, url: `https://x.cn/${id}`, category }),
      savedAt: '2023-05-01T10:00:00+08:00',
      ...(archived ? { archived } : {}),
    });
    const records = [record('A1', '宏观', true), record('A2', '宏观'), record('A3', '股市', true)];
    const factory = new IDBFactory();
    await createV7(factory, records);
    {
      const v8 = await openAt(factory, 8);
      expect((await v8.get('meta', 'stats'))?.archived).toBeUndefined();
      v8.close();
    }
    const db = await openLibrary(factory);
    expect(db.version).toBe(DB_VERSION);
    expect(await listCategories(db)).toEqual([
      { category: '宏观', count: 2, archived: 1 },
      { category: '股市', count: 1, archived: 1 },
    ]);
  });

  it('opens a v2 library (whole posting lists keyed by token): records intact, index rebuilt in segments, search and re-save work', async () => {
    const factory = new IDBFactory();
    await createV2(factory, V1_RECORDS);
    const db = await openLibrary(factory);
    expect(db.version).toBe(DB_VERSION);
    for (const r of V1_RECORDS) expect(await getArticle(db, r.id)).toEqual(r);
    const keys = await db.getAllKeys('postings');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => Array.isArray(k) && typeof k[0] === 'string' && typeof k[1] === 'number')).toBe(
      true,
    );
    expect((await searchArticles(db, '准备')).map((h) => h.summary.id)).toEqual(['NW1']);
    expect((await searchArticles(db, '北京')).map((h) => h.summary.id)).toEqual(['u:x.cn/2']);
    expect((await listSummaries(db)).map((s) => s.id)).toEqual(['u:x.cn/2', 'NW1']);
    // v3 counted the categories, which v2's stats did not hold; the image came through untouched.
    expect((await db.get('meta', 'stats'))?.categories).toEqual({ 我的收藏: 1, 新华社: 1 });
    expect(await listCategories(db)).toEqual([
      { category: '我的收藏', count: 1 },
      { category: '新华社', count: 1 },
    ]);
    expect(await (await getImage(db, V2_IMAGE.articleId, V2_IMAGE.url))?.text()).toBe(V2_IMAGE.bytes);
    const { created } = await saveArticle(
      db,
      makeExtracted({
        id: 'NW1',
        infoCode: 'NW1',
        url: 'https://x.cn/1',
        title: '新标题',
        textContent: '北京发布新规。',
      }),
    );
    expect(created).toBe(false);
    expect((await searchArticles(db, '北京')).map((h) => h.summary.id).sort()).toEqual(['NW1', 'u:x.cn/2']);
    expect(await searchArticles(db, '准备')).toEqual([]);
  });

  it('opens a v1 library with current code: every record intact, list and search work', async () => {
    const factory = new IDBFactory();
    await createV1(factory, V1_RECORDS);
    const db = await openLibrary(factory);
    expect(db.version).toBe(DB_VERSION);
    for (const r of V1_RECORDS) expect(await getArticle(db, r.id)).toEqual(r);
    expect((await listSummaries(db)).map((s) => s.id)).toEqual(['u:x.cn/2', 'NW1']);
    // Equal counts sort by pinyin: 我 (wo) before 新 (xin).
    expect(await listCategories(db)).toEqual([
      { category: '我的收藏', count: 1 },
      { category: '新华社', count: 1 },
    ]);
    expect((await searchArticles(db, '准备')).map((h) => h.summary.id)).toEqual(['NW1']);
    expect((await searchArticles(db, '北京')).map((h) => h.summary.id)).toEqual(['u:x.cn/2']);
    expect(await db.getAllKeys('articles', undefined)).toHaveLength(2);
    expect(await db.getAllFromIndex('articles', 'byCategory', '新华社')).toHaveLength(1);
  });

  it('after migrating, a re-save by URL keeps the v1 user edits', async () => {
    const factory = new IDBFactory();
    await createV1(factory, V1_RECORDS);
    const db = await openLibrary(factory);
    const { article, created } = await saveArticle(
      db,
      makeExtracted({ id: 'NW1', infoCode: 'NW1', url: 'https://x.cn/1?utm_source=a', title: '新标题' }),
    );
    expect(created).toBe(false);
    expect(article).toMatchObject({
      title: '新标题',
      category: '我的收藏',
      read: true,
      readingPosition: 0.5,
      savedAt: '2023-05-01T10:00:00+08:00',
    });
    const { created: c2 } = await saveArticle(
      db,
      makeExtracted({ id: 'other', infoCode: undefined, url: 'http://www.x.cn/2/' }),
    );
    expect(c2).toBe(false);
  });

  it('recomputes URL keys that still hold a tracking parameter, so the page finds its saved article', async () => {
    const factory = new IDBFactory();
    const tracked: Article = {
      ...makeExtracted({ id: 'url:https://x.cn/3', infoCode: undefined, url: 'https://x.cn/3?src=wx' }),
      savedAt: '2023-07-01T10:00:00+08:00',
    };
    await createV2(factory, [...V1_RECORDS, tracked]);
    const db = await openLibrary(factory);
    expect((await db.get('summaries', tracked.id))?.urlKeys).toEqual(['x.cn/3']);
    expect(await findSavedId(db, 'https://x.cn/3?src=wx')).toBe(tracked.id);
    expect(await findSavedId(db, 'https://x.cn/3')).toBe(tracked.id);
    expect((await db.get('summaries', 'NW1'))?.urlKeys).toEqual(['x.cn/1']);
    expect(await getArticle(db, tracked.id)).toEqual(tracked);
  });

  it('opens a v4 library: records, index and images intact, an empty outbox and sync off', async () => {
    const factory = new IDBFactory();
    await createV4(factory, V1_RECORDS);
    const db = await openLibrary(factory);
    expect(db.version).toBe(DB_VERSION);
    for (const r of V1_RECORDS) expect(await getArticle(db, r.id)).toEqual(r);
    expect((await searchArticles(db, '准备')).map((h) => h.summary.id)).toEqual(['NW1']);
    expect(await (await getImage(db, V2_IMAGE.articleId, V2_IMAGE.url))?.text()).toBe(V2_IMAGE.bytes);
    expect(await db.count('outbox')).toBe(0);
    expect(await db.get('sync', 'state')).toBeUndefined();
    // Sync is off after the upgrade, so writes queue nothing.
    await saveArticle(db, makeExtracted({ id: 'NW9', infoCode: 'NW9', url: 'https://x.cn/9' }));
    expect(await db.count('outbox')).toBe(0);
  });

  it('opening an empty factory builds the current schema', async () => {
    const db = await openLibrary(new IDBFactory());
    expect([...db.objectStoreNames].sort()).toEqual([
      'articles',
      'images',
      'meta',
      'outbox',
      'postings',
      'summaries',
      'sync',
    ]);
    expect([...db.transaction('articles').store.indexNames].sort()).toEqual([
      'byCategory',
      'byPublishedAt',
      'bySavedAt',
      'bySource',
    ]);
  });
});
