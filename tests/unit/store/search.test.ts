import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import {
  deleteArticle,
  openLibrary,
  restoreArticle,
  saveArticle,
  saveArticles,
  scanSearch,
  searchArticles,
  updateArticle,
} from '../../../src/store/index.ts';
import { SEGMENT_DOCS } from '../../../src/store/postings.ts';
import { SEARCH_TUNING } from '../../../src/store/search.ts';
import { makeExtracted } from './fixtures.ts';

async function library() {
  const db = await openLibrary(new IDBFactory());
  await saveArticles(
    db,
    [
      makeExtracted({
        id: 'A',
        infoCode: undefined,
        url: 'https://x.cn/a',
        title: '央行宣布降准',
        textContent: '中国人民银行决定下调存款准备金率。',
      }),
      makeExtracted({
        id: 'B',
        infoCode: undefined,
        url: 'https://x.cn/b',
        title: '股市收盘',
        textContent: '沪指收涨，市场关注央行降准消息。Reuters 报道。',
      }),
      makeExtracted({
        id: 'C',
        infoCode: undefined,
        url: 'https://x.cn/c',
        title: '天气预报',
        textContent: '明天北京有雨。',
        source: '新华社',
      }),
    ],
    new Date('2024-01-01T00:00:00Z'),
  );
  return db;
}

describe('searchArticles', () => {
  it('joins posting segments: articles on both sides of a segment boundary are found, deletes and re-saves kept in step', async () => {
    const db = await openLibrary(new IDBFactory());
    // Doc numbers are never reused: start just below the boundary, as a library with a long history would.
    await db.put('meta', { nextDoc: SEGMENT_DOCS - 3, docCount: 0 }, 'stats');
    const list = Array.from({ length: 8 }, (_, i) =>
      makeExtracted({
        id: `S${i}`,
        infoCode: undefined,
        url: `https://x.cn/s${i}`,
        title: `第${i}篇`,
        textContent: `央行公告${i % 2 ? '降准' : '加息'}。`,
      }),
    );
    await saveArticles(db, list);
    const segments = new Set(
      (await db.getAllKeys('postings')).filter((k) => k[0] === '央行').map((k) => k[1]),
    );
    expect([...segments].sort()).toEqual([0, 1]);
    expect((await searchArticles(db, '央行')).map((h) => h.summary.id).sort()).toEqual(list.map((a) => a.id));
    expect((await searchArticles(db, '降准')).map((h) => h.summary.id).sort()).toEqual([
      'S1',
      'S3',
      'S5',
      'S7',
    ]);
    await deleteArticle(db, 'S1');
    await saveArticle(db, { ...list[6]!, textContent: '央行公告降准。' });
    expect((await searchArticles(db, '降准')).map((h) => h.summary.id).sort()).toEqual([
      'S3',
      'S5',
      'S6',
      'S7',
    ]);
    expect((await searchArticles(db, '加息')).map((h) => h.summary.id).sort()).toEqual(['S0', 'S2', 'S4']);
  });

  it('finds any 2-character substring, title hits first', async () => {
    const db = await library();
    const hits = await searchArticles(db, '降准');
    expect(hits.map((h) => h.summary.id)).toEqual(['A', 'B']);
    expect(hits[0]).toMatchObject({ titleMatch: true, highlights: { title: [[4, 6]] } });
    expect(hits[1]!.titleMatch).toBe(false);
    // '备金' straddles the segmenter's 准备|金 cut.
    expect((await searchArticles(db, '备金')).map((h) => h.summary.id)).toEqual(['A']);
  });

  it('gives a snippet with the match from the body', async () => {
    const db = await library();
    const [hit] = await searchArticles(db, '沪指');
    expect(hit!.highlights.snippet).toContain('沪指');
    const [s, e] = hit!.highlights.snippetRanges![0]!;
    expect(hit!.highlights.snippet!.slice(s, e)).toBe('沪指');
  });

  it('folds case and width for Latin words and searches the source', async () => {
    const db = await library();
    expect((await searchArticles(db, 'ＲＥＵＴＥＲＳ')).map((h) => h.summary.id)).toEqual(['B']);
    expect((await searchArticles(db, 'reu')).map((h) => h.summary.id)).toEqual(['B']);
    expect((await searchArticles(db, '新华社')).map((h) => h.summary.id)).toEqual(['C']);
    expect(await searchArticles(db, '火星探测')).toEqual([]);
  });

  it('follows saves, edits and deletes without a rebuild', async () => {
    const db = await library();
    await saveArticle(
      db,
      makeExtracted({
        id: 'A',
        infoCode: undefined,
        url: 'https://x.cn/a',
        title: '央行宣布降准',
        textContent: '新内容：火星探测器着陆。',
      }),
    );
    expect((await searchArticles(db, '火星')).map((h) => h.summary.id)).toEqual(['A']);
    expect((await searchArticles(db, '存款')).map((h) => h.summary.id)).toEqual([]);
    await updateArticle(db, 'A', { read: true });
    expect((await searchArticles(db, '火星'))[0]!.summary.read).toBe(true);
    const snap = await deleteArticle(db, 'A');
    expect(await searchArticles(db, '火星')).toEqual([]);
    await restoreArticle(db, snap!);
    expect((await searchArticles(db, '火星')).map((h) => h.summary.id)).toEqual(['A']);
  });

  it('agrees with the scan', async () => {
    const db = await library();
    for (const q of ['降准', '央行', '北京', 'reuters', '人民银行', '没有']) {
      const fast = (await searchArticles(db, q)).map((h) => h.summary.id).sort();
      const slow = (await scanSearch(db, q)).map((s) => s.id).sort();
      expect(fast, q).toEqual(slow);
    }
  });
});

describe('ranking', () => {
  it('title hits first, then by score, then the newest among equals', async () => {
    const db = await openLibrary(new IDBFactory());
    const base = { infoCode: undefined, title: '新闻', excerpt: '' };
    await saveArticle(
      db,
      makeExtracted({ ...base, id: 'apart', url: 'https://x.cn/1', textContent: '人工呼吸。智能手机。' }),
      new Date('2024-03-01T00:00:00Z'),
    );
    await saveArticle(
      db,
      makeExtracted({ ...base, id: 'whole', url: 'https://x.cn/2', textContent: '人工智能改变世界。' }),
      new Date('2024-01-01T00:00:00Z'),
    );
    await saveArticle(
      db,
      makeExtracted({
        ...base,
        id: 'title',
        url: 'https://x.cn/3',
        title: '人工智能',
        textContent: '无关。',
      }),
      new Date('2023-01-01T00:00:00Z'),
    );
    await saveArticle(
      db,
      makeExtracted({ ...base, id: 'whole-new', url: 'https://x.cn/4', textContent: '人工智能改变世界。' }),
      new Date('2024-02-01T00:00:00Z'),
    );
    const ids = (await searchArticles(db, '人工智能')).map((h) => h.summary.id);
    expect(ids[0]).toBe('title');
    expect(ids.indexOf('whole-new')).toBeLessThan(ids.indexOf('whole'));
    expect(ids).not.toContain('apart'); // 工智 is not in it
  });

  // ICU keeps 房地产 whole, and cuts 投资|者 apart; either way the bigrams can also occur apart.
  it.each([
    { term: '房地产', whole: '房地产市场回暖。', apart: '他翻出房地契，又去见地产商。', bigram: '地产' },
    { term: '投资者', whole: '保护中小投资者的权益。', apart: '投资人增多，融资者减少。', bigram: '资者' },
  ])(
    'a 3-character query ($term) finds the articles holding it whole, not those with only its bigrams apart',
    async ({ term, whole, apart, bigram }) => {
      const db = await openLibrary(new IDBFactory());
      const base = { infoCode: undefined, title: '新闻', excerpt: '' };
      await saveArticle(
        db,
        makeExtracted({ ...base, id: 'whole', url: 'https://x.cn/2', textContent: whole }),
        new Date('2024-01-01T00:00:00Z'),
      );
      await saveArticle(
        db,
        makeExtracted({ ...base, id: 'apart', url: 'https://x.cn/1', textContent: apart }),
        new Date('2024-03-01T00:00:00Z'),
      );
      expect((await searchArticles(db, term)).map((h) => h.summary.id)).toEqual(['whole']);
      expect((await scanSearch(db, term)).map((s) => s.id)).toEqual(['whole']);
      // Both hold the bigrams: a 2-character query still finds both.
      expect((await searchArticles(db, bigram)).map((h) => h.summary.id).sort()).toEqual(['apart', 'whole']);
    },
  );

  it('reads no more bodies for the phrase check than the hits it returns, when every candidate holds the phrase', async () => {
    const db = await openLibrary(new IDBFactory());
    const base = { infoCode: undefined, title: '新闻', excerpt: '' };
    await saveArticles(
      db,
      Array.from({ length: 40 }, (_, i) =>
        makeExtracted({
          ...base,
          id: `w${i}`,
          url: `https://x.cn/w${i}`,
          textContent: '保护中小投资者的权益。',
        }),
      ),
    );
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    try {
      expect(await searchArticles(db, '投资者', { limit: 14 })).toHaveLength(14);
      expect(get.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'articles')).toHaveLength(
        14,
      );
    } finally {
      get.mockRestore();
    }
  });

  it('keeps looking past the first ranked candidates when most of them hold the bigrams only apart', async () => {
    const db = await openLibrary(new IDBFactory());
    const base = { infoCode: undefined, title: '新闻', excerpt: '' };
    // More bigram matches than the first cut keeps, each ranked above the two real hits: they name
    // 投资 and 资者 four times each (the top frequency bucket), the real hits once.
    const apart = Array.from({ length: SEARCH_TUNING.phrasePages * 30 }, (_, i) =>
      makeExtracted({
        ...base,
        id: `apart${i}`,
        url: `https://x.cn/a${i}`,
        textContent: '投资人增多，融资者减少。'.repeat(4),
      }),
    );
    await saveArticles(db, apart, new Date('2024-03-01T00:00:00Z'));
    for (const id of ['whole1', 'whole2']) {
      await saveArticle(
        db,
        makeExtracted({ ...base, id, url: `https://x.cn/${id}`, textContent: '保护中小投资者的权益。' }),
        new Date('2024-01-01T00:00:00Z'),
      );
    }
    expect((await searchArticles(db, '投资者', { limit: 16 })).map((h) => h.summary.id).sort()).toEqual([
      'whole1',
      'whole2',
    ]);
  });
});

describe('snippets from long bodies', () => {
  it('finds the first match however deep in the body, across window edges', async () => {
    const { makeSnippet } = await import('../../../src/store/highlight.ts');
    for (const at of [0, 10, 510, 511, 1023, 2400]) {
      const text = `${'甲'.repeat(at)}投资者${'乙'.repeat(2500 - at)}`;
      const snip = makeSnippet(text, ['投资者'])!;
      const [s, e] = snip.snippetRanges[0]!;
      expect(snip.snippet.slice(s, e)).toBe('投资者');
      expect(snip.snippet.startsWith(at > 20 ? '…' : '甲'.slice(0, at ? 1 : 0) || '投')).toBe(true);
    }
    expect(makeSnippet('没有匹配的正文'.repeat(200), ['投资者'])).toBeUndefined();
  });
});
