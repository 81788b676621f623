import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article.ts';
import { applyLocalChange, articleFromDoc } from '../../../src/sync/article-doc.ts';
import { isDeleted } from '../../../src/sync/merge-doc.ts';
import { makeExtracted } from '../store/fixtures.ts';

const article = (over: Partial<Article> = {}): Article => ({
  ...makeExtracted({ id: 'NW1', infoCode: 'NW1', category: '南方Plus', tags: ['财经'] }),
  savedAt: '2026-01-01T00:00:00+08:00',
  ...over,
});

describe('a record as a document and back', () => {
  it('keeps content, user fields and which fields were edited; leaves out what only this device knows', () => {
    const record = article({
      category: '我的收藏',
      tags: ['财经', '央行'],
      editedFields: ['category', 'tags'],
      read: true,
      readingPosition: 0.4,
      imagesStored: ['https://img.example.com/a.jpg'],
      updatedAt: '2026-01-02T00:00:00+08:00',
    });
    const doc = applyLocalChange(undefined, record, { id: 'NW1', at: 100, fields: ['all'] });
    expect(doc).toMatchObject({ _id: 'article:NW1', type: 'jianbao/article', schema: 2, articleId: 'NW1' });
    expect(doc.content?.category).toBe('我的收藏');
    expect(doc.category).toEqual({ value: '我的收藏', at: 100 });
    const { imagesStored: _images, updatedAt: _updated, ...shared } = record;
    expect(articleFromDoc(doc)).toEqual(shared);
  });

  it('an unedited category stays content: a re-save elsewhere may change it', () => {
    const doc = applyLocalChange(undefined, article(), { id: 'NW1', at: 100, fields: ['all'] });
    expect(doc.category).toBeUndefined();
    expect(doc.tags).toBeUndefined();
    expect(articleFromDoc(doc)).toEqual(article());
  });
});

describe('a local change onto the stored document', () => {
  const stored = applyLocalChange(undefined, article({ read: true }), {
    id: 'NW1',
    at: 100,
    fields: ['all'],
  });

  it('only the changed fields get the change time: an unchanged field is never overwritten', () => {
    // The record is behind (read: false) but the write only changed the category.
    const next = applyLocalChange(
      stored,
      article({ read: false, category: '新', editedFields: ['category'] }),
      {
        id: 'NW1',
        at: 200,
        fields: ['category'],
      },
    );
    expect(next.read).toEqual({ value: true, at: 100 });
    expect(next.category).toEqual({ value: '新', at: 200 });
  });

  it('a newer field from another device beats an older local write of it', () => {
    const remote = { ...stored, read: { value: true, at: 300 } };
    const next = applyLocalChange(remote, article({ read: false }), { id: 'NW1', at: 200, fields: ['read'] });
    expect(next.read).toEqual({ value: true, at: 300 });
    const later = applyLocalChange(remote, article({ read: false }), {
      id: 'NW1',
      at: 400,
      fields: ['read'],
    });
    expect(later.read).toEqual({ value: false, at: 400 });
  });

  it('tag edits become set additions and removals', () => {
    const tagged = applyLocalChange(stored, article({ tags: ['财经', '央行'], editedFields: ['tags'] }), {
      id: 'NW1',
      at: 200,
      fields: ['tags'],
    });
    expect(tagged.tags).toEqual({ 财经: { at: 200 }, 央行: { at: 200, pos: 1 } });
    const untagged = applyLocalChange(tagged, article({ tags: ['央行'], editedFields: ['tags'] }), {
      id: 'NW1',
      at: 300,
      fields: ['tags'],
    });
    expect(untagged.tags).toEqual({ 财经: { at: 300, removed: true }, 央行: { at: 200, pos: 1 } });
    expect(articleFromDoc(untagged)?.tags).toEqual(['央行']);
  });

  it('a re-save with the same content changes nothing; new content gets the save time', () => {
    expect(
      applyLocalChange(stored, article({ read: true }), { id: 'NW1', at: 200, fields: ['content'] }),
    ).toEqual(stored);
    const resaved = applyLocalChange(stored, article({ read: true, title: '更正' }), {
      id: 'NW1',
      at: 200,
      fields: ['content'],
    });
    expect(resaved.content?.title).toBe('更正');
    expect(resaved.contentAt).toBe(200);
  });

  it('a delete makes a tombstone; a restore (undo) brings it back even when this clock is behind', () => {
    const tombstone = applyLocalChange(stored, undefined, { id: 'NW1', at: 200, fields: ['deleted'] });
    expect(isDeleted(tombstone)).toBe(true);
    expect(tombstone.content).toBeUndefined();
    const restored = applyLocalChange(tombstone, article({ read: true }), {
      id: 'NW1',
      at: 150,
      fields: ['all'],
    });
    expect(isDeleted(restored)).toBe(false);
    expect(restored.contentAt).toBe(201);
    expect(articleFromDoc(restored)?.title).toBe(article().title);
  });

  it('an edit made before a delete from elsewhere leaves the article deleted', () => {
    const tombstone = applyLocalChange(stored, undefined, { id: 'NW1', at: 300, fields: ['deleted'] });
    const edited = applyLocalChange(tombstone, article({ read: false }), {
      id: 'NW1',
      at: 200,
      fields: ['read'],
    });
    expect(isDeleted(edited)).toBe(true);
    const later = applyLocalChange(tombstone, article({ read: false }), {
      id: 'NW1',
      at: 400,
      fields: ['read'],
    });
    expect(isDeleted(later)).toBe(false);
  });
});
