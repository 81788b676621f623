import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  clearOutbox,
  deleteArticle,
  getArticle,
  listTags,
  openLibrary,
  readOutbox,
  renameTag,
  saveArticle,
  setSyncEnabled,
  StoreError,
  updateArticle,
  type LibraryDb,
} from '../../../src/store/index.ts';
import { makeExtracted } from './fixtures.ts';

const T0 = new Date('2024-01-01T00:00:00Z');
const T1 = new Date('2024-01-02T00:00:00Z');

/** Three articles: A [财经, 稍后读], B [财经], C [南方Plus新闻, 稍后读]. */
async function library(): Promise<LibraryDb> {
  const db = await openLibrary(new IDBFactory());
  const article = (id: string, tags: string[]) =>
    makeExtracted({ id, infoCode: id, url: `https://x.cn/${id}`, tags });
  await saveArticle(db, article('A', ['财经', '稍后读']), T0);
  await saveArticle(db, article('B', ['财经']), T0);
  await saveArticle(db, article('C', ['南方Plus新闻', '稍后读']), T0);
  return db;
}

describe('tags across the library', () => {
  it('lists every tag with its count, most first, and follows edits and deletes', async () => {
    const db = await library();
    expect(await listTags(db)).toEqual([
      { tag: '财经', count: 2 },
      { tag: '稍后读', count: 2 },
      { tag: '南方Plus新闻', count: 1 },
    ]);
    await updateArticle(db, 'B', { tags: ['稍后读', '宏观'] }, T1);
    await deleteArticle(db, 'C');
    expect(await listTags(db)).toEqual([
      { tag: '稍后读', count: 2 },
      { tag: '财经', count: 1 },
      { tag: '宏观', count: 1 },
    ]);
  });

  it('renames a tag on every article carrying it, marking the tags as edited', async () => {
    const db = await library();
    expect(await renameTag(db, '稍后读', ' 待读 ', T1)).toBe(2);
    expect((await getArticle(db, 'A'))?.tags).toEqual(['财经', '待读']);
    expect(await getArticle(db, 'C')).toMatchObject({
      tags: ['南方Plus新闻', '待读'],
      editedFields: ['tags'],
    });
    expect((await getArticle(db, 'B'))?.editedFields).toBeUndefined();
    expect(await listTags(db)).toEqual(
      expect.arrayContaining([
        { tag: '待读', count: 2 },
        { tag: '财经', count: 2 },
      ]),
    );
    expect((await listTags(db)).map((t) => t.tag)).not.toContain('稍后读');
    // A re-save keeps the renamed tags rather than the extractor's.
    const { article } = await saveArticle(
      db,
      makeExtracted({ id: 'A', infoCode: 'A', url: 'https://x.cn/A', tags: ['财经', '稍后读'] }),
    );
    expect(article.tags).toEqual(['财经', '待读']);
  });

  it('merges into an existing tag without listing it twice on one article', async () => {
    const db = await library();
    expect(await renameTag(db, '稍后读', '财经', T1)).toBe(2);
    expect((await getArticle(db, 'A'))?.tags).toEqual(['财经']);
    expect((await getArticle(db, 'C'))?.tags).toEqual(['南方Plus新闻', '财经']);
    expect(await listTags(db)).toEqual([
      { tag: '财经', count: 3 },
      { tag: '南方Plus新闻', count: 1 },
    ]);
  });

  it('records the renamed articles as "tags" in the outbox', async () => {
    const db = await library();
    await setSyncEnabled(db, true, 1);
    await clearOutbox(db, await readOutbox(db));
    await renameTag(db, '稍后读', '待读', T1);
    expect(await readOutbox(db)).toEqual([
      { id: 'A', at: T1.getTime(), fields: ['tags'] },
      { id: 'C', at: T1.getTime(), fields: ['tags'] },
    ]);
  });

  it('refuses a blank or over-long new name and changes nothing; an unknown tag changes nothing', async () => {
    const db = await library();
    await expect(renameTag(db, '财经', '   ')).rejects.toBeInstanceOf(StoreError);
    await expect(renameTag(db, '财经', 'x'.repeat(65))).rejects.toBeInstanceOf(StoreError);
    expect(await renameTag(db, '没有', '有')).toBe(0);
    expect((await getArticle(db, 'B'))?.tags).toEqual(['财经']);
  });
});
