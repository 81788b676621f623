import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article.ts';
import { applyLocalChange, articleFromDoc } from '../../../src/sync/article-doc.ts';
import { DOC_SCHEMA } from '../../../src/sync/doc-types.ts';
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
    expect(doc).toMatchObject({
      _id: 'article:NW1',
      type: 'jianbao/article',
      schema: DOC_SCHEMA,
      articleId: 'NW1',
    });
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

describe('the text a document leaves out', () => {
  const html =
    '<p>中国人民银行&amp;财政部</p><p>决定<b>下调</b>准备金率。</p><ul><li>一</li><li>二</li></ul>';
  const text = '中国人民银行&财政部\n决定下调准备金率。\n一\n二';

  it('is left out when contentHtml gives it back, and comes back exactly', () => {
    const record = article({ contentHtml: html, textContent: text });
    const doc = applyLocalChange(undefined, record, { id: 'NW1', at: 100, fields: ['all'] });
    expect(doc.content).not.toHaveProperty('textContent');
    expect(doc.content?.contentHtml).toBe(html);
    expect(articleFromDoc(doc)).toEqual(record);
  });

  it('is kept when it is not what contentHtml gives (an import’s own text, say)', () => {
    const record = article({ contentHtml: html, textContent: `${text} 另有摘要` });
    const doc = applyLocalChange(undefined, record, { id: 'NW1', at: 100, fields: ['all'] });
    expect(doc.content?.textContent).toBe(`${text} 另有摘要`);
    expect(articleFromDoc(doc)).toEqual(record);
  });

  it('a document an earlier schema wrote with its text holds the same content: a re-save changes nothing', () => {
    const record = article({ contentHtml: html, textContent: text });
    const fresh = applyLocalChange(undefined, record, { id: 'NW1', at: 100, fields: ['all'] });
    const older = { ...fresh, schema: 2, content: { ...fresh.content!, textContent: text } };
    const resaved = applyLocalChange(older, record, { id: 'NW1', at: 200, fields: ['content'] });
    expect(resaved.contentAt).toBe(100);
    expect(resaved.content?.textContent).toBe(text);
    const edited = applyLocalChange(
      older,
      { ...record, title: '新标题' },
      { id: 'NW1', at: 200, fields: ['content'] },
    );
    expect(edited.contentAt).toBe(200);
    expect(edited.content).not.toHaveProperty('textContent');
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
