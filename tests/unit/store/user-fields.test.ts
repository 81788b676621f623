import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { NOTE_MAX_CHARS } from '../../../src/annotations/limits.ts';
import {
  clearOutbox,
  getArticle,
  listSummaries,
  openLibrary,
  readOutbox,
  saveArticle,
  searchArticles,
  setSyncEnabled,
  StoreError,
  updateArticle,
} from '../../../src/store/index.ts';
import { makeExtracted } from './fixtures.ts';

const T0 = new Date('2024-01-01T00:00:00Z');
const T1 = new Date('2024-01-02T00:00:00Z');
const T2 = new Date('2024-01-03T00:00:00Z');
const ID = 'NW202112222222635819';

const ids = async (db: Awaited<ReturnType<typeof openLibrary>>, query: string) =>
  (await searchArticles(db, query)).map((h) => h.summary.id);

describe('favourite, archive and the article note', () => {
  it('updateArticle sets the flags and the note on the record and its summary', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted(), T0);
    const next = await updateArticle(db, ID, { favourite: true, archived: true, note: ' 复盘时再看 ' }, T1);
    expect(next).toMatchObject({ favourite: true, archived: true, note: ' 复盘时再看 ' });
    expect(await getArticle(db, ID)).toEqual(next);
    const [summary] = await listSummaries(db);
    expect(summary).toMatchObject({ favourite: true, archived: true, hasNote: true, tags: ['财经'] });
    await updateArticle(db, ID, { favourite: false, note: '   ' }, T2);
    const [after] = await listSummaries(db);
    expect(after?.favourite).toBe(false);
    expect(after?.archived).toBe(true);
    expect(after).not.toHaveProperty('hasNote');
    expect(await getArticle(db, ID)).not.toHaveProperty('note');
  });

  it('cuts a 100,000-character note to NOTE_MAX_CHARS', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted(), T0);
    const next = await updateArticle(db, ID, { note: '注'.repeat(100_000) }, T1);
    expect(next.note).toHaveLength(NOTE_MAX_CHARS);
  });

  it('indexes the note: its words find the article, and stop finding it once it changes', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted(), T0);
    await saveArticle(db, makeExtracted({ id: 'NW2', infoCode: 'NW2', url: 'https://x.cn/2' }), T0);
    expect(await ids(db, '复盘')).toEqual([]);
    await updateArticle(db, ID, { note: '复盘时对照 Shibor 走势' }, T1);
    expect(await ids(db, '复盘')).toEqual([ID]);
    expect(await ids(db, 'shibor')).toEqual([ID]);
    // A phrase of three Han characters is checked against the body and the notes together.
    expect(await ids(db, '复盘时')).toEqual([ID]);
    await updateArticle(db, ID, { note: '不再相关' }, T2);
    expect(await ids(db, '复盘')).toEqual([]);
    expect(await ids(db, '相关')).toEqual([ID]);
    // The body's own words are untouched by the note's rows.
    expect((await ids(db, '准备金')).sort()).toEqual(['NW2', ID].sort());
  });

  it('normalizes and dedupes tags, refuses one over the limit, and leaves the record as it was', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted(), T0);
    const next = await updateArticle(db, ID, { tags: ['  稍后\u3000读 ', '稍后 读', '', '财经'] }, T1);
    expect(next.tags).toEqual(['稍后 读', '财经']);
    const refused = await updateArticle(db, ID, { tags: ['长'.repeat(65)] }, T2).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreError);
    expect((await getArticle(db, ID))?.tags).toEqual(['稍后 读', '财经']);
  });

  it('records each changed field under its own name in the outbox', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted(), T0);
    await setSyncEnabled(db, true, 1);
    await clearOutbox(db, await readOutbox(db));
    await updateArticle(db, ID, { favourite: true, archived: false, note: '笔记' }, T1);
    expect(await readOutbox(db)).toEqual([
      { id: ID, at: T1.getTime(), fields: ['archived', 'favourite', 'note'] },
    ]);
  });

  it('a re-save keeps favourite, archive, note, highlights and their tombstones', async () => {
    const db = await openLibrary(new IDBFactory());
    await saveArticle(db, makeExtracted(), T0);
    await updateArticle(db, ID, { favourite: true, archived: true, note: '我的笔记', read: true }, T1);
    const { article } = await saveArticle(db, makeExtracted({ title: '新标题' }), T2);
    expect(article).toMatchObject({
      title: '新标题',
      favourite: true,
      archived: true,
      note: '我的笔记',
      read: true,
    });
    expect(await ids(db, '笔记')).toEqual([ID]);
    expect((await listSummaries(db))[0]).toMatchObject({ favourite: true, archived: true, hasNote: true });
  });
});
