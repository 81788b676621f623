/** An import from another service merges into the library: united states and tags, all or nothing. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../src/annotations/types.ts';
import type { Article } from '../../../src/shared/article.ts';
import {
  countArticles,
  countCategories,
  getArticle,
  getImage,
  importItems,
  openLibrary,
  putImages,
  saveArticle,
  searchArticles,
  SEGMENT_DOCS,
} from '../../../src/store/index.ts';
import { limitStore, makeExtracted } from './fixtures.ts';

const NOW = new Date('2025-01-02T03:04:05Z');

/** A record as to-records.ts makes it: a link waiting for its page, unless a body is given. */
function imported(over: Partial<Article> = {}): Article {
  return {
    id: 'url:https://example.com/a',
    url: 'https://example.com/a',
    title: 'Imported title',
    category: 'example.com',
    tags: [],
    excerpt: '',
    contentHtml: '',
    textContent: '',
    extractor: 'import-pocket',
    savedAt: '2023-11-14T23:13:20+00:00',
    fetch: { state: 'pending' },
    ...over,
  };
}

function highlight(exact: string, over: Partial<Highlight> = {}): Highlight {
  return {
    id: `h-${exact}`,
    color: 'yellow',
    createdAt: '2024-01-01T00:00:00+00:00',
    updatedAt: '2024-01-01T00:00:00+00:00',
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 0 },
    detached: true,
    ...over,
  };
}

describe('importItems', () => {
  it('adds links searchable by title, and counts them as pending', async () => {
    const db = await openLibrary(new IDBFactory());
    const { counts } = await importItems(
      db,
      [
        imported({ tags: ['读书'], editedFields: ['tags'] }),
        imported({ id: 'url:https://example.com/b', url: 'https://example.com/b', title: '降准消息' }),
      ],
      NOW,
    );
    expect(counts).toEqual({ added: 2, merged: 0, unchanged: 0, pending: 2 });
    expect(await getArticle(db, 'url:https://example.com/a')).toMatchObject({
      title: 'Imported title',
      tags: ['读书'],
      fetch: { state: 'pending' },
    });
    const hits = await searchArticles(db, '降准');
    expect(hits.map((h) => h.summary.id)).toEqual(['url:https://example.com/b']);
  });

  it('merges into the article saved under another spelling of its URL: states and tags united', async () => {
    const db = await openLibrary(new IDBFactory());
    const saved = makeExtracted({
      id: 'url:https://www.example.com/a',
      infoCode: undefined,
      url: 'https://www.example.com/a/?utm_source=x',
    });
    await saveArticle(db, saved, new Date('2024-06-01T00:00:00Z'));
    await putImages(db, saved.id, [{ url: 'https://img.example.com/a.jpg', blob: new Blob(['jpg']) }], []);
    const first = await importItems(
      db,
      [
        imported({
          tags: ['财经', 'Reading'],
          editedFields: ['tags'],
          archived: true,
          read: true,
          highlights: [highlight('中国人民银行决定', { note: 'key' })],
        }),
      ],
      NOW,
    );
    expect(first.counts).toEqual({ added: 0, merged: 1, unchanged: 0, pending: 0 });
    expect(await countArticles(db)).toBe(1);
    const merged = await getArticle(db, saved.id);
    expect(merged).toMatchObject({
      id: saved.id,
      title: saved.title,
      contentHtml: saved.contentHtml,
      tags: ['财经', 'Reading'],
      editedFields: ['tags'],
      archived: true,
      read: true,
      savedAt: '2023-11-14T23:13:20+00:00',
      imagesStored: ['https://img.example.com/a.jpg'],
    });
    expect(merged?.fetch).toBeUndefined();
    expect(merged?.highlights).toHaveLength(1);
    // The stored body and its offline image stay.
    expect(await getImage(db, saved.id, 'https://img.example.com/a.jpg')).toBeDefined();
    // The same file again adds nothing: no duplicate record, tag or highlight.
    const again = await importItems(
      db,
      [imported({ tags: ['reading'], highlights: [highlight('中国人民银行决定', { id: 'other' })] })],
      NOW,
    );
    expect(again.counts).toEqual({ added: 0, merged: 0, unchanged: 1, pending: 0 });
    expect((await getArticle(db, saved.id))?.tags).toEqual(['财经', 'Reading']);
  });

  it('fills a link waiting for its page with a body from the file and places its highlights', async () => {
    const db = await openLibrary(new IDBFactory());
    await importItems(db, [imported({ highlights: [highlight('second part')] })], NOW);
    const { counts, written } = await importItems(
      db,
      [
        imported({
          title: 'With body',
          contentHtml: '<p>first part and second part</p>',
          textContent: 'first part and second part',
          extractor: 'import-wallabag',
          fetch: undefined,
          favourite: true,
        }),
      ],
      NOW,
    );
    expect(counts).toEqual({ added: 0, merged: 1, unchanged: 0, pending: 0 });
    expect(written).toHaveLength(1);
    const record = await getArticle(db, 'url:https://example.com/a');
    expect(record).toMatchObject({ title: 'With body', favourite: true, extractor: 'import-wallabag' });
    expect(record?.fetch).toBeUndefined();
    expect(record?.highlights?.[0]).toMatchObject({ position: { start: 15, end: 26 } });
    expect(record?.highlights?.[0]?.detached).toBeUndefined();
  });

  it('merges an article the file lists twice into one record', async () => {
    const db = await openLibrary(new IDBFactory());
    const { counts } = await importItems(
      db,
      [
        imported({ tags: ['a'], editedFields: ['tags'] }),
        imported({
          url: 'http://example.com/a/',
          id: 'url:http://example.com/a/',
          tags: ['b'],
          editedFields: ['tags'],
          favourite: true,
        }),
      ],
      NOW,
    );
    expect(counts.added).toBe(1);
    expect(await countArticles(db)).toBe(1);
    expect(await getArticle(db, 'url:https://example.com/a')).toMatchObject({
      tags: ['a', 'b'],
      favourite: true,
    });
  });

  it('merges two items that find the same stored article, one by its infoCode, one by its URL', async () => {
    const db = await openLibrary(new IDBFactory());
    const saved = makeExtracted();
    await saveArticle(db, saved, NOW);
    const byCode = imported({
      id: saved.id,
      infoCode: saved.infoCode,
      url: `http://finews.zning.xyz/html_News/NewsShare.html?infoCode=${saved.id}`,
      tags: ['x'],
      editedFields: ['tags'],
    });
    const byUrl = imported({
      id: `url:${saved.url}`,
      url: saved.url,
      tags: ['y'],
      editedFields: ['tags'],
      favourite: true,
    });
    const { counts } = await importItems(db, [byCode, byUrl], NOW);
    expect(counts).toEqual({ added: 0, merged: 1, unchanged: 0, pending: 0 });
    expect(await countArticles(db)).toBe(1);
    expect(await getArticle(db, saved.id)).toMatchObject({ tags: ['财经', 'x', 'y'], favourite: true });
  });

  it('writes nothing when the disk fills part-way', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted(), NOW);
    limitStore(db, 'articles', 20_000);
    const many = Array.from({ length: 300 }, (_, i) =>
      imported({
        id: `url:https://example.com/${i}`,
        url: `https://example.com/${i}`,
        title: `标题 ${i} ${'x'.repeat(200)}`,
      }),
    );
    await expect(importItems(db, many, NOW)).rejects.toThrow();
    expect(await countArticles(db)).toBe(1);
  });

  it('dedupes over more than one postings segment: within the file and against the library', async () => {
    const db = await openLibrary(new IDBFactory());
    const link = (i: number, over: Partial<Article> = {}) =>
      imported({
        id: `url:https://example.com/${i}`,
        url: `https://example.com/${i}`,
        title: `链接${i}`,
        ...over,
      });
    await importItems(db, [link(0, { tags: ['旧'] }), link(1)], NOW);
    const rows = SEGMENT_DOCS + 100;
    const file = Array.from({ length: rows }, (_, i) => link(i));
    // The same article again later in the file, under another spelling of its URL.
    file.push(link(5, { id: 'url:http://example.com/5/', url: 'http://example.com/5/', favourite: true }));
    const { counts } = await importItems(db, file, NOW);
    expect(counts).toEqual({ added: rows - 2, merged: 0, unchanged: 2, pending: rows - 2 });
    expect(await countArticles(db)).toBe(rows);
    expect(await countCategories(db)).toEqual([{ category: 'example.com', count: rows }]);
    expect(await getArticle(db, 'url:https://example.com/5')).toMatchObject({ favourite: true });
    expect(await getArticle(db, 'url:http://example.com/5/')).toBeUndefined();
    expect((await getArticle(db, 'url:https://example.com/0'))?.tags).toEqual(['旧']);
    const last = `链接${rows - 1}`;
    expect((await searchArticles(db, last)).map((h) => h.summary.id)).toEqual([
      `url:https://example.com/${rows - 1}`,
    ]);
  });

  it('leaves a merged record as it was when a record after it cannot be stored', async () => {
    const db = await openLibrary(new IDBFactory());
    await importItems(db, [imported({ tags: ['旧'], editedFields: ['tags'] })], NOW);
    const broken = imported({
      id: 'url:https://example.com/b',
      url: 'https://example.com/b',
      // Stored after the merged record (a later save); only the write itself refuses it.
      savedAt: '2024-01-01T00:00:00+00:00',
      tags: [(() => 'x') as unknown as string],
    });
    const file = [imported({ tags: ['新'], editedFields: ['tags'], read: true }), broken];
    await expect(importItems(db, file, NOW)).rejects.toMatchObject({ code: 'write-failed' });
    expect(await countArticles(db)).toBe(1);
    const stored = await getArticle(db, 'url:https://example.com/a');
    expect(stored?.tags).toEqual(['旧']);
    expect(stored?.read).toBeUndefined();
  });
});
