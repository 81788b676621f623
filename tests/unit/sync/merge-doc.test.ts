import { describe, expect, it } from 'vitest';
import { freshDoc } from '../../../src/sync/article-doc.ts';
import type { ArticleContent, ArticleDoc } from '../../../src/sync/doc-types.ts';
import {
  isDeleted,
  mergeDocs,
  mergeRegister,
  mergeSet,
  mergeSetEntry,
  sameDoc,
} from '../../../src/sync/merge-doc.ts';
import { makeExtracted } from '../store/fixtures.ts';

const content = (title: string, savedAt = '2026-01-01T00:00:00+08:00'): ArticleContent => ({
  ...makeExtracted({ title }),
  savedAt,
});
const doc = (over: Partial<ArticleDoc> = {}): ArticleDoc => ({ ...freshDoc('NW1'), ...over });

/** Both orders give the same known fields: every device ends with the same document. */
function mergeBoth(a: ArticleDoc, b: ArticleDoc): ArticleDoc {
  const ab = mergeDocs(a, b);
  expect(sameDoc(ab, mergeDocs(b, a))).toBe(true);
  return ab;
}

describe('registers (category, read, readingPosition, favourite, archived, note)', () => {
  it('the later write wins', () => {
    expect(mergeRegister({ value: 'A', at: 1 }, { value: 'B', at: 2 })).toEqual({ value: 'B', at: 2 });
    expect(mergeRegister({ value: 'A', at: 3 }, { value: 'B', at: 2 })).toEqual({ value: 'A', at: 3 });
  });

  it('a tie goes to the greater canonical JSON, in either order', () => {
    expect(mergeRegister({ value: false, at: 5 }, { value: true, at: 5 })).toEqual({ value: true, at: 5 });
    expect(mergeRegister({ value: true, at: 5 }, { value: false, at: 5 })).toEqual({ value: true, at: 5 });
    expect(mergeRegister({ value: 0.25, at: 5 }, { value: 0.5, at: 5 })).toEqual({ value: 0.5, at: 5 });
    // 甲 is U+7532, 乙 U+4E59: code-unit order, the same on every device.
    expect(mergeRegister({ value: '乙', at: 5 }, { value: '甲', at: 5 })).toEqual({ value: '甲', at: 5 });
  });

  it('a side without the field takes the other', () => {
    expect(mergeRegister(undefined, { value: 'B', at: 2 })).toEqual({ value: 'B', at: 2 });
    expect(mergeRegister({ value: 'A', at: 2 }, undefined)).toEqual({ value: 'A', at: 2 });
    expect(mergeRegister(undefined, undefined)).toBeUndefined();
  });

  it('each field merges on its own: read from one side, category from the other', () => {
    const a = doc({ read: { value: true, at: 10 }, category: { value: '旧', at: 1 } });
    const b = doc({ read: { value: false, at: 2 }, category: { value: '新', at: 20 } });
    const merged = mergeBoth(a, b);
    expect(merged.read).toEqual({ value: true, at: 10 });
    expect(merged.category).toEqual({ value: '新', at: 20 });
  });
});

describe('sets (tags)', () => {
  it('adds on both sides are both kept', () => {
    expect(mergeSet({ 财经: { at: 1 } }, { 股市: { at: 2 } })).toEqual({ 财经: { at: 1 }, 股市: { at: 2 } });
  });

  it('per element, the later add or remove wins', () => {
    expect(mergeSetEntry({ at: 1 }, { at: 2, removed: true })).toEqual({ at: 2, removed: true });
    expect(mergeSetEntry({ at: 3 }, { at: 2, removed: true })).toEqual({ at: 3 });
  });

  it('a tie between present and removed: present wins, in either order', () => {
    expect(mergeSetEntry({ at: 4 }, { at: 4, removed: true })).toEqual({ at: 4 });
    expect(mergeSetEntry({ at: 4, removed: true }, { at: 4 })).toEqual({ at: 4 });
  });

  it('a tie between two present (or two removed) entries goes to the greater canonical JSON', () => {
    expect(mergeSetEntry({ at: 4, value: { colour: 'blue' } }, { at: 4, value: { colour: 'red' } })).toEqual({
      at: 4,
      value: { colour: 'red' },
    });
    expect(mergeSetEntry({ at: 4, value: { colour: 'red' } }, { at: 4, value: { colour: 'blue' } })).toEqual({
      at: 4,
      value: { colour: 'red' },
    });
    expect(mergeSetEntry({ at: 4, removed: true }, { at: 4, removed: true })).toEqual({
      at: 4,
      removed: true,
    });
  });
});

describe('content', () => {
  it('the newer save wins; the first savedAt is kept', () => {
    const a = doc({ content: content('旧标题', '2026-01-01T00:00:00+08:00'), contentAt: 1 });
    const b = doc({ content: content('新标题', '2026-02-01T00:00:00+08:00'), contentAt: 2 });
    const merged = mergeBoth(a, b);
    expect(merged.content?.title).toBe('新标题');
    expect(merged.content?.savedAt).toBe('2026-01-01T00:00:00+08:00');
    expect(merged.contentAt).toBe(2);
  });

  it('a tie goes to the greater canonical JSON, in either order', () => {
    const a = doc({ content: content('甲'), contentAt: 7 });
    const b = doc({ content: content('乙'), contentAt: 7 });
    expect(mergeDocs(a, b).content?.title).toBe('甲');
    expect(mergeDocs(b, a).content?.title).toBe('甲');
  });

  it('a side without content takes the other side’s', () => {
    const merged = mergeBoth(
      doc({ read: { value: true, at: 3 } }),
      doc({ content: content('有'), contentAt: 1 }),
    );
    expect(merged.content?.title).toBe('有');
    expect(merged.read?.value).toBe(true);
  });
});

describe('delete vs edit', () => {
  const alive = doc({ content: content('文章'), contentAt: 1, read: { value: false, at: 1 } });

  it('a delete later than every change wins: a tombstone without content', () => {
    const merged = mergeBoth(alive, doc({ deletedAt: 5, contentAt: 1 }));
    expect(isDeleted(merged)).toBe(true);
    expect(merged.content).toBeUndefined();
    expect(merged.deletedAt).toBe(5);
  });

  it('an edit after the delete brings the article back, with its content', () => {
    const edited = { ...alive, read: { value: true, at: 9 } };
    const merged = mergeBoth(doc({ deletedAt: 5, contentAt: 1 }), edited);
    expect(isDeleted(merged)).toBe(false);
    expect(merged.content?.title).toBe('文章');
    expect(merged.read).toEqual({ value: true, at: 9 });
  });

  it('an edit at the same time as the delete: the delete wins', () => {
    const edited = { ...alive, read: { value: true, at: 5 } };
    expect(isDeleted(mergeBoth(doc({ deletedAt: 5 }), edited))).toBe(true);
  });

  it('a tag added after the delete, or a re-save after it, brings it back too', () => {
    expect(isDeleted(mergeBoth(doc({ deletedAt: 5 }), { ...alive, tags: { 财经: { at: 6 } } }))).toBe(false);
    expect(isDeleted(mergeBoth(doc({ deletedAt: 5 }), { ...alive, contentAt: 6 }))).toBe(false);
  });

  it('two deletes keep the later time', () => {
    expect(mergeBoth(doc({ deletedAt: 5 }), doc({ deletedAt: 8 })).deletedAt).toBe(8);
  });
});

describe('documents of other versions', () => {
  it('unknown top-level fields of either side survive; the base side wins where both have one', () => {
    const a = doc({ stars: { value: 4, at: 3 }, shelf: 'a' });
    const b = doc({ readingLists: { l1: { at: 2, value: { name: '周末' } } }, shelf: 'b' });
    const merged = mergeDocs(a, b);
    expect(merged.stars).toEqual({ value: 4, at: 3 });
    expect(merged.readingLists).toEqual({ l1: { at: 2, value: { name: '周末' } } });
    expect(merged.shelf).toBe('a');
  });

  it('keeps the newer schema number, and unknown content fields travel with the content', () => {
    const newer = doc({
      schema: 3,
      content: { ...content('新'), wordCount: 120 } as ArticleContent,
      contentAt: 2,
    });
    const merged = mergeBoth(doc({ schema: 2, read: { value: true, at: 1 } }), newer);
    expect(merged.schema).toBe(3);
    expect((merged.content as Record<string, unknown>).wordCount).toBe(120);
  });

  it('a merge keeps the base revision and drops the conflict list', () => {
    const merged = mergeDocs(doc({ _rev: '3-a', _conflicts: ['3-b'] }), doc({ _rev: '3-b' }));
    expect(merged._rev).toBe('3-a');
    expect(merged._conflicts).toBeUndefined();
  });
});
