import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { NOTE_MAX_CHARS } from '../../../src/annotations/limits.ts';
import type { HighlightColor } from '../../../src/annotations/types.ts';
import {
  addHighlight,
  clearOutbox,
  editHighlight,
  getArticle,
  listHighlights,
  listSummaries,
  openLibrary,
  readOutbox,
  removeHighlight,
  saveArticle,
  searchArticles,
  setSyncEnabled,
  StoreError,
  type LibraryDb,
} from '../../../src/store/index.ts';
import { highlightOf, makeExtracted } from './fixtures.ts';

const ID = 'NW202112222222635819';
const T0 = new Date('2024-01-01T00:00:00Z');
const T1 = new Date('2024-01-02T00:00:00Z');
const T2 = new Date('2024-01-03T00:00:00Z');

async function library(): Promise<{ db: LibraryDb; text: string }> {
  const db = await openLibrary(new IDBFactory());
  const { article } = await saveArticle(db, makeExtracted(), T0);
  return { db, text: article.textContent };
}

const found = async (db: LibraryDb, query: string) =>
  (await searchArticles(db, query)).map((h) => h.summary.id);

describe('highlights on the record', () => {
  it('adds a highlight with its note: record, summary count and search in one write', async () => {
    const { db, text } = await library();
    const h = highlightOf(text, '存款准备金率', 'h1', { note: '对比上次降准' });
    const next = await addHighlight(db, ID, h, T1);
    expect(next.highlights).toEqual([h]);
    expect(await getArticle(db, ID)).toEqual(next);
    expect((await listSummaries(db))[0]?.highlightCount).toBe(1);
    expect(await found(db, '上次')).toEqual([ID]);
    await addHighlight(db, ID, highlightOf(text, '长期资金', 'h2'), T1);
    expect((await listSummaries(db))[0]?.highlightCount).toBe(2);
  });

  it('edits colour and note, cutting a long note; the old note no longer finds the article', async () => {
    const { db, text } = await library();
    await addHighlight(db, ID, highlightOf(text, '存款准备金率', 'h1', { note: '对比上次降准' }), T1);
    const recoloured = await editHighlight(db, ID, 'h1', { color: 'pink' }, T2);
    expect(recoloured.highlights?.[0]).toMatchObject({ color: 'pink', note: '对比上次降准' });
    expect(recoloured.highlights?.[0]?.updatedAt).not.toBe('2024-01-01T08:00:00+08:00');
    const long = await editHighlight(db, ID, 'h1', { note: '记'.repeat(NOTE_MAX_CHARS + 5) }, T2);
    expect(long.highlights?.[0]?.note).toHaveLength(NOTE_MAX_CHARS);
    expect(await found(db, '上次')).toEqual([]);
    const cleared = await editHighlight(db, ID, 'h1', { note: '  ' }, T2);
    expect(cleared.highlights?.[0]).not.toHaveProperty('note');
    expect((await getArticle(db, ID))?.highlights?.[0]?.color).toBe('pink');
  });

  it('removes a highlight with a tombstone; its note leaves the index and the summary count', async () => {
    const { db, text } = await library();
    await addHighlight(db, ID, highlightOf(text, '存款准备金率', 'h1', { note: '对比上次降准' }), T1);
    const next = await removeHighlight(db, ID, 'h1', T2);
    expect(next.highlights).toBeUndefined();
    expect(next.highlightTombstones).toEqual([{ id: 'h1', deletedAt: expect.any(String) as string }]);
    expect(Date.parse(next.highlightTombstones![0]!.deletedAt)).toBe(T2.getTime());
    expect((await listSummaries(db))[0]).not.toHaveProperty('highlightCount');
    expect(await found(db, '上次')).toEqual([]);
    // Deleting it again changes nothing.
    expect(await removeHighlight(db, ID, 'h1', T2)).toEqual(await getArticle(db, ID));
  });

  it('records every highlight write as "highlights" in the outbox', async () => {
    const { db, text } = await library();
    await setSyncEnabled(db, true, 1);
    await clearOutbox(db, await readOutbox(db));
    await addHighlight(db, ID, highlightOf(text, '存款准备金率', 'h1'), T1);
    expect(await readOutbox(db)).toEqual([{ id: ID, at: T1.getTime(), fields: ['highlights'] }]);
    await clearOutbox(db, await readOutbox(db));
    await removeHighlight(db, ID, 'h1', T2);
    expect(await readOutbox(db)).toEqual([{ id: ID, at: T2.getTime(), fields: ['highlights'] }]);
  });

  it('refuses an unknown colour, a missing article and a missing highlight, writing nothing', async () => {
    const { db, text } = await library();
    const bad = { ...highlightOf(text, '存款准备金率', 'h1'), color: 'purple' as HighlightColor };
    await expect(addHighlight(db, ID, bad)).rejects.toBeInstanceOf(StoreError);
    await expect(addHighlight(db, 'missing', highlightOf(text, '存款', 'h2'))).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(editHighlight(db, ID, 'nope', { color: 'blue' })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect((await getArticle(db, ID))?.highlights).toBeUndefined();
  });
});

describe('listHighlights', () => {
  it('groups every highlight by article, newest first, groups by their newest highlight', async () => {
    const db = await openLibrary(new IDBFactory());
    const { article: a } = await saveArticle(db, makeExtracted(), T0);
    const { article: b } = await saveArticle(
      db,
      makeExtracted({ id: 'B', infoCode: 'B', url: 'https://x.cn/b', title: '另一篇' }),
      T0,
    );
    await saveArticle(db, makeExtracted({ id: 'C', infoCode: 'C', url: 'https://x.cn/c' }), T0);
    const at = (hour: number) => ({
      createdAt: `2024-01-01T${String(hour).padStart(2, '0')}:00:00+08:00`,
      updatedAt: `2024-01-01T${String(hour).padStart(2, '0')}:00:00+08:00`,
    });
    await addHighlight(db, ID, highlightOf(a.textContent, '存款准备金率', 'a1', at(9)));
    await addHighlight(db, 'B', highlightOf(b.textContent, '长期资金', 'b1', at(10)));
    // Written in another zone: 03:30Z is 11:30+08:00, the newest of the three.
    await addHighlight(
      db,
      ID,
      highlightOf(a.textContent, '金融机构', 'a2', { ...at(3), createdAt: '2024-01-01T03:30:00Z' }),
    );
    const groups = await listHighlights(db);
    expect(groups.map((g) => [g.summary.id, g.highlights.map((h) => h.id)])).toEqual([
      [ID, ['a2', 'a1']],
      ['B', ['b1']],
    ]);
    expect(groups[1]?.summary).toMatchObject({ title: '另一篇', highlightCount: 1 });
    await removeHighlight(db, 'B', 'b1');
    expect((await listHighlights(db)).map((g) => g.summary.id)).toEqual([ID]);
  });
});
