import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  applySynced,
  clearOutbox,
  deleteAll,
  deleteArticle,
  getArticle,
  getSyncState,
  openLibrary,
  putImages,
  readOutbox,
  restoreArticle,
  restoreArticles,
  saveArticle,
  saveArticles,
  searchArticles,
  setSyncEnabled,
  updateArticle,
  type LibraryDb,
} from '../../../src/store/index.ts';
import { recordChanges } from '../../../src/store/outbox.ts';
import { makeExtracted } from './fixtures.ts';

const A = makeExtracted({ id: 'NW1', infoCode: 'NW1', url: 'https://x.cn/1', textContent: '央行降准。' });
const B = makeExtracted({ id: 'NW2', infoCode: 'NW2', url: 'https://x.cn/2', textContent: '北京下雨。' });

async function fields(db: LibraryDb): Promise<Record<string, string[]>> {
  return Object.fromEntries((await readOutbox(db)).map((row) => [row.id, row.fields]));
}

describe('the sync outbox', () => {
  it('records nothing while sync is off', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, A);
    await updateArticle(db, 'NW1', { read: true });
    await putImages(db, 'NW1', [{ url: 'https://img.example.com/a.jpg', blob: new Blob(['x']) }], []);
    await deleteArticle(db, 'NW1');
    expect(await readOutbox(db)).toEqual([]);
  });

  it('unites what one write says of an id twice with what is already queued, in one row', async () => {
    const db = await openLibrary(new IDBFactory());
    await setSyncEnabled(db, true, 1000);
    const write = async (changes: Parameters<typeof recordChanges>[1], at: number) => {
      const tx = db.transaction(['outbox', 'sync'], 'readwrite');
      await recordChanges(tx, changes, at);
      await tx.done;
    };
    await write([['NW1', ['read']]], 2000);
    await write(
      [
        ['NW1', ['tags']],
        ['NW2', ['deleted']],
        ['NW1', ['note']],
        ['NW3', []],
      ],
      1500,
    );
    expect(await readOutbox(db)).toEqual([
      { id: 'NW1', at: 2000, fields: ['note', 'read', 'tags'] },
      { id: 'NW2', at: 1500, fields: ['deleted'] },
    ]);
  });

  it('turning sync on queues every article; every kind of write records what it changed', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, A);
    await setSyncEnabled(db, true, 1000);
    expect(await readOutbox(db)).toEqual([{ id: 'NW1', at: 1000, fields: ['all'] }]);
    await clearOutbox(db, await readOutbox(db));
    expect(await getSyncState(db)).toEqual({ enabled: true });

    await saveArticle(db, B, new Date(2000));
    await saveArticle(db, { ...A, title: '更正' }, new Date(3000));
    await updateArticle(db, 'NW1', { read: true, tags: ['x'] }, new Date(4000));
    await putImages(db, 'NW1', [{ url: 'https://img.example.com/a.jpg', blob: new Blob(['x']) }], []);
    expect(await fields(db)).toEqual({ NW1: ['content', 'images', 'read', 'tags'], NW2: ['all'] });
    expect((await readOutbox(db)).find((r) => r.id === 'NW2')?.at).toBe(2000);

    await clearOutbox(db, await readOutbox(db));
    const snapshot = await deleteArticle(db, 'NW1');
    expect(await fields(db)).toEqual({ NW1: ['deleted'] });
    await restoreArticle(db, snapshot!);
    expect(await fields(db)).toEqual({ NW1: ['all', 'deleted'] });

    await clearOutbox(db, await readOutbox(db));
    await saveArticles(db, [makeExtracted({ id: 'NW3', infoCode: 'NW3', url: 'https://x.cn/3' })]);
    await restoreArticles(db, [{ ...A, savedAt: '2026-01-01T00:00:00+08:00' }]);
    expect(await fields(db)).toEqual({ NW1: ['all'], NW3: ['all'] });

    await clearOutbox(db, await readOutbox(db));
    await deleteAll(db);
    expect(await fields(db)).toEqual({ NW1: ['deleted'], NW2: ['deleted'], NW3: ['deleted'] });
  });

  it('a re-save that moves an article to its infoCode id records the old id deleted and the new one whole', async () => {
    const db = await openLibrary(new IDBFactory());
    await setSyncEnabled(db, true);
    await saveArticle(db, { ...A, id: 'u:x.cn/1', infoCode: undefined });
    await clearOutbox(db, await readOutbox(db));
    await saveArticle(db, A);
    expect(await fields(db)).toEqual({ NW1: ['all'], 'u:x.cn/1': ['deleted'] });
  });

  it('clearing keeps a row written again after it was read', async () => {
    const db = await openLibrary(new IDBFactory());
    await setSyncEnabled(db, true);
    await saveArticle(db, A);
    const read = await readOutbox(db);
    await updateArticle(db, 'NW1', { read: true }, new Date(Date.now() + 1000));
    await clearOutbox(db, read);
    expect(await fields(db)).toEqual({ NW1: ['all', 'read'] });
  });

  it('turning sync off forgets the queue and the flag; writes stop recording', async () => {
    const db = await openLibrary(new IDBFactory());
    await setSyncEnabled(db, true);
    await saveArticle(db, A);
    await setSyncEnabled(db, false);
    expect(await readOutbox(db)).toEqual([]);
    expect(await getSyncState(db)).toBeUndefined();
    await updateArticle(db, 'NW1', { read: true });
    expect(await readOutbox(db)).toEqual([]);
  });
});

describe('applying synced changes', () => {
  it('adds, updates and deletes records with their index, records the checkpoint, never the outbox', async () => {
    const db = await openLibrary(new IDBFactory());
    await setSyncEnabled(db, true);
    const article = { ...A, savedAt: '2026-01-01T00:00:00+08:00' };
    const added = await applySynced(db, [{ seq: 1, change: { kind: 'article', id: 'NW1', article } }]);
    expect(added).toEqual({ done: 1, changed: ['NW1'], skipped: [] });
    expect(await getArticle(db, 'NW1')).toEqual(article);
    expect((await searchArticles(db, '降准')).map((h) => h.summary.id)).toEqual(['NW1']);
    expect(await getSyncState(db)).toEqual({ enabled: true, appliedSeq: 1 });

    const renamed = { ...article, title: '更正', textContent: '北京降温。', read: true };
    await applySynced(db, [{ seq: 2, change: { kind: 'article', id: 'NW1', article: renamed } }]);
    expect((await searchArticles(db, '降准')).length).toBe(0);
    expect((await searchArticles(db, '降温')).map((h) => h.summary.id)).toEqual(['NW1']);

    const same = await applySynced(db, [
      { seq: 3, change: { kind: 'article', id: 'NW1', article: renamed } },
    ]);
    expect(same.changed).toEqual([]);

    await applySynced(db, [{ seq: 4, change: { kind: 'article', id: 'NW1' } }]);
    expect(await getArticle(db, 'NW1')).toBeUndefined();
    expect(await readOutbox(db)).toEqual([]);
    expect((await getSyncState(db))?.appliedSeq).toBe(4);
  });

  it('skips an article with an unpushed local change', async () => {
    const db = await openLibrary(new IDBFactory());
    await setSyncEnabled(db, true);
    await saveArticle(db, A);
    const result = await applySynced(db, [{ seq: 5, change: { kind: 'article', id: 'NW1' } }]);
    expect(result).toEqual({ done: 1, changed: [], skipped: ['NW1'] });
    expect(await getArticle(db, 'NW1')).toBeDefined();
  });

  it('stores an image the article shows, within the caps, and lists it as stored', async () => {
    const db = await openLibrary(new IDBFactory());
    await setSyncEnabled(db, true);
    const url = 'https://img.example.com/a.jpg';
    const article = { ...A, savedAt: '2026-01-01T00:00:00+08:00' };
    await applySynced(db, [
      {
        seq: 1,
        change: { kind: 'article', id: 'NW1', article, images: [{ url, blob: new Blob(['jpeg']) }] },
      },
      {
        seq: 2,
        change: {
          kind: 'image',
          id: 'NW1',
          image: { url: 'https://elsewhere/x.jpg', blob: new Blob(['x']) },
        },
      },
    ]);
    expect((await getArticle(db, 'NW1'))?.imagesStored).toEqual([url]);
    expect(await (await db.get('images', ['NW1', url]))?.blob.text()).toBe('jpeg');
    expect(await db.get('images', ['NW1', 'https://elsewhere/x.jpg'])).toBeUndefined();
  });

  it('does nothing once sync is off', async () => {
    const db = await openLibrary(new IDBFactory());
    const article = { ...A, savedAt: '2026-01-01T00:00:00+08:00' };
    const result = await applySynced(db, [{ seq: 1, change: { kind: 'article', id: 'NW1', article } }]);
    expect(result.off).toBe(true);
    expect(await getArticle(db, 'NW1')).toBeUndefined();
  });
});
