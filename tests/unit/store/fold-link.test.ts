import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article.ts';
import {
  clearOutbox,
  countArticles,
  foldLink,
  getArticle,
  openLibrary,
  readOutbox,
  restoreArticles,
  saveArticle,
  savedElsewhere,
  searchArticles,
  setSyncEnabled,
  type LibraryDb,
} from '../../../src/store/index.ts';
import { highlightOf, makeExtracted } from './fixtures.ts';

const TEXT = '中国人民银行决定下调存款准备金率。此次降准释放长期资金约一万亿元。';
const SAVED_URL = 'https://www.example.cn/news/2024/rrr.html';

/** The article already in the library, saved from the address the link now redirects to. */
const article = makeExtracted({
  id: `url:${SAVED_URL}`,
  infoCode: undefined,
  url: SAVED_URL,
  title: '央行宣布降准',
  textContent: TEXT,
});

/** A link imported from another service, with the state the person gave it there. */
function link(over: Partial<Article> = {}): Article {
  return {
    id: 'url:https://t.example/abc',
    url: 'https://t.example/abc',
    title: '央行宣布降准 - Pocket',
    category: 't.example',
    tags: ['货币政策'],
    favourite: true,
    excerpt: '',
    contentHtml: '',
    textContent: '',
    extractor: 'import',
    savedAt: '2023-05-01T10:00:00+08:00',
    fetch: { state: 'pending' },
    // Made on the service's copy: no body here yet, so it waits detached.
    highlights: [{ ...highlightOf(TEXT, '释放长期资金', 'h1'), detached: true }],
    ...over,
  };
}

async function library(...links: Article[]): Promise<LibraryDb> {
  const db = await openLibrary(new IDBFactory());
  await saveArticle(db, article, new Date('2024-01-01T00:00:00Z'));
  await restoreArticles(db, links);
  return db;
}

/** The page the link's fetch extracted: the saved article's address, reached by redirect. */
const fetched = makeExtracted({ ...article, id: 'url:https://www.example.cn/news/2024/rrr.html' });

describe('a fetched link whose page is an article already saved', () => {
  it('is found under the page address, never as the link itself or another waiting link', async () => {
    const db = await library(link(), link({ id: 'url:https://t.example/other', url: SAVED_URL }));
    expect(await savedElsewhere(db, fetched, 'url:https://t.example/abc')).toBe(article.id);
    // The link's own record, or a waiting link under the same address, is not "saved elsewhere".
    expect(await savedElsewhere(db, fetched, article.id)).toBeUndefined();
    const unsaved = makeExtracted({
      ...article,
      id: 'url:https://elsewhere.cn/x',
      url: 'https://elsewhere.cn/x',
    });
    expect(await savedElsewhere(db, unsaved, 'url:https://t.example/abc')).toBeUndefined();
  });

  it('is not taken for another article sharing its address under a different infoCode', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted({ id: 'NW1', infoCode: 'NW1', url: SAVED_URL }));
    const other = makeExtracted({ id: 'NW2', infoCode: 'NW2', url: SAVED_URL });
    expect(await savedElsewhere(db, other, 'url:https://t.example/abc')).toBeUndefined();
  });

  it("joins the link's tags, favourite and highlight to the article and removes the link", async () => {
    const db = await library(link());
    await setSyncEnabled(db, true, 1000);
    // Turning sync on queues the whole library: pushed, as a first round would.
    await clearOutbox(db, await readOutbox(db));
    const merged = await foldLink(
      db,
      'url:https://t.example/abc',
      article.id,
      new Date('2024-06-01T00:00:00Z'),
    );
    expect(merged?.id).toBe(article.id);
    expect(await countArticles(db)).toBe(1);
    expect(await getArticle(db, 'url:https://t.example/abc')).toBeUndefined();
    const stored = (await getArticle(db, article.id))!;
    expect(stored.title).toBe('央行宣布降准');
    expect(stored.textContent).toBe(TEXT);
    expect(stored.tags).toContain('货币政策');
    expect(stored.favourite).toBe(true);
    expect(stored.fetch).toBeUndefined();
    // The highlight is placed in the article's body now.
    expect(stored.highlights?.map((h) => [h.quote.exact, h.detached])).toEqual([['释放长期资金', undefined]]);
    // The joined tag is searchable, and both changes wait for sync.
    expect((await searchArticles(db, 'tag:货币政策')).map((hit) => hit.summary.id)).toEqual([article.id]);
    const outbox = Object.fromEntries((await readOutbox(db)).map((row) => [row.id, row.fields]));
    expect(outbox['url:https://t.example/abc']).toEqual(['deleted']);
    expect(outbox[article.id]).toEqual(['all']);
  });

  it('changes nothing when the link was fetched meanwhile, or is the article itself', async () => {
    const db = await library(link({ fetch: undefined, textContent: '另一篇文章的正文。' }));
    expect(await foldLink(db, 'url:https://t.example/abc', article.id)).toBeUndefined();
    expect(await foldLink(db, article.id, article.id)).toBeUndefined();
    expect(await countArticles(db)).toBe(2);
  });
});
