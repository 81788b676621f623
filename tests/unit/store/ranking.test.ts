import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLibrary, saveArticle, searchArticles } from '../../../src/store/index.ts';
import { makeExtracted } from './fixtures.ts';

/**
 * searchArticles ranks title hits first, then by score, then by recency. Each case is checked twice:
 * on the full result (the final sort) and with `limit: 1` (the candidate cut in topCandidates, which
 * decides which hits are read at all).
 */
const base = { infoCode: undefined, title: '新闻', excerpt: '' };
const day = (d: string) => new Date(`${d}T00:00:00Z`);

async function ids(db: Awaited<ReturnType<typeof openLibrary>>, query: string, limit?: number) {
  return (await searchArticles(db, query, limit === undefined ? {} : { limit })).map((h) => h.summary.id);
}

describe('ranking: title hits first', () => {
  it('ranks a title hit with a lower score before a body-only hit with a higher one', async () => {
    const db = await openLibrary(new IDBFactory());
    // ICU cuts 研究生 whole in 研究生招生 but 研究|生命 in the title, so only the body hit gets the
    // whole-word boost; its 4+ mentions outscore the title hit's single title mention.
    await saveArticle(
      db,
      makeExtracted({
        ...base,
        id: 'title',
        url: 'https://x.cn/t',
        title: '研究生命起源',
        textContent: '无关。',
      }),
      day('2024-01-01'),
    );
    await saveArticle(
      db,
      makeExtracted({ ...base, id: 'body', url: 'https://x.cn/b', textContent: '研究生招生。'.repeat(6) }),
      day('2024-03-01'),
    );
    // Fillers hold the bigrams 研究 and 究生 but never 研究生: they make the bigrams common (low idf).
    for (let i = 0; i < 3; i++) {
      await saveArticle(
        db,
        makeExtracted({
          ...base,
          id: `filler${i}`,
          url: `https://x.cn/f${i}`,
          textContent: '研究讲究生活。',
        }),
        day('2024-02-01'),
      );
    }
    const hits = await searchArticles(db, '研究生');
    expect(hits.map((h) => h.summary.id)).toEqual(['title', 'body']);
    const [title, body] = hits;
    expect(title!.titleMatch).toBe(true);
    expect(body!.titleMatch).toBe(false);
    // The premise: the body hit does score higher, and is newer, yet comes second.
    expect(body!.score).toBeGreaterThan(title!.score);
    expect(await ids(db, '研究生', 1)).toEqual(['title']);
  });
});

describe('ranking: relevance before recency', () => {
  it('ranks a higher-scoring older body hit before a lower-scoring newer one', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(
      db,
      makeExtracted({
        ...base,
        id: 'old-strong',
        url: 'https://x.cn/1',
        textContent: '央行降准。市场期待降准。再次降准。继续降准。',
      }),
      day('2024-01-01'),
    );
    await saveArticle(
      db,
      makeExtracted({ ...base, id: 'new-weak', url: 'https://x.cn/2', textContent: '央行降准。' }),
      day('2024-06-01'),
    );
    const hits = await searchArticles(db, '降准');
    expect(hits.map((h) => h.summary.id)).toEqual(['old-strong', 'new-weak']);
    expect(hits.every((h) => !h.titleMatch)).toBe(true);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(await ids(db, '降准', 1)).toEqual(['old-strong']);
  });
});

describe('ranking: recency among equal scores', () => {
  const same = { ...base, textContent: '央行宣布降准。' };

  it('puts the later save first, in the full result and in the candidate cut', async () => {
    const db = await openLibrary(new IDBFactory());
    for (const [i, id] of ['first', 'second', 'third', 'fourth'].entries()) {
      await saveArticle(
        db,
        makeExtracted({ ...same, id, url: `https://x.cn/${i}` }),
        day(`2024-0${i + 1}-01`),
      );
    }
    const hits = await searchArticles(db, '降准');
    expect(new Set(hits.map((h) => h.score)).size).toBe(1);
    expect(hits.map((h) => h.summary.id)).toEqual(['fourth', 'third', 'second', 'first']);
    expect(await ids(db, '降准', 1)).toEqual(['fourth']);
  });

  it('counts a re-save as recent, the same way whatever the limit, so more hits never reorder the first', async () => {
    const db = await openLibrary(new IDBFactory());
    const a = makeExtracted({ ...same, id: 'A', url: 'https://x.cn/a' });
    await saveArticle(db, a, day('2024-01-01'));
    await saveArticle(db, makeExtracted({ ...same, id: 'B', url: 'https://x.cn/b' }), day('2024-02-01'));
    await saveArticle(db, a, day('2024-03-01'));
    expect(await ids(db, '降准')).toEqual(['A', 'B']);
    expect(await ids(db, '降准', 1)).toEqual(['A']);
  });
});
