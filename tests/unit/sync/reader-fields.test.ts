/**
 * The reader's fields under sync (issue 17): favourite, archived and note as registers, highlights as a
 * set merged by src/annotations/merge.ts; each rule with its tie cases, in both merge orders.
 */
import { describe, expect, it } from 'vitest';
import type { Highlight, HighlightSet } from '../../../src/annotations/types.ts';
import type { Article } from '../../../src/shared/article.ts';
import { applyLocalChange, articleFromDoc, freshDoc } from '../../../src/sync/article-doc.ts';
import { DOC_SCHEMA, type ArticleContent, type ArticleDoc } from '../../../src/sync/doc-types.ts';
import { isDeleted, mergeDocs, mergeHighlightSets, sameDoc } from '../../../src/sync/merge-doc.ts';
import { makeExtracted } from '../store/fixtures.ts';

const record = (over: Partial<Article> = {}): Article => ({
  ...makeExtracted({ id: 'NW1', infoCode: 'NW1', category: '南方Plus', tags: ['南方Plus新闻'] }),
  savedAt: '2026-01-01T00:00:00+08:00',
  ...over,
});
const content: ArticleContent = { ...makeExtracted({ id: 'NW1' }), savedAt: '2026-01-01T00:00:00+08:00' };
const doc = (over: Partial<ArticleDoc> = {}): ArticleDoc => ({
  ...freshDoc('NW1'),
  content,
  contentAt: 1,
  ...over,
});

const T0 = Date.parse('2026-12-05T10:00:00+08:00');
/** An ISO time `seconds` after T0, written in Beijing time. */
const at = (seconds: number): string => {
  const local = new Date(T0 + seconds * 1000 + 8 * 3600_000).toISOString().slice(0, 19);
  return `${local}+08:00`;
};

const highlight = (id: string, over: Partial<Highlight> = {}): Highlight => ({
  id,
  color: 'yellow',
  quote: { type: 'TextQuoteSelector', exact: `引文${id}`, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 3 },
  createdAt: at(0),
  updatedAt: at(0),
  ...over,
});
const set = (highlights: Highlight[], tombstones: HighlightSet['tombstones'] = []): HighlightSet => ({
  highlights,
  tombstones,
});

/** Both orders give the same document, and merging the result again changes nothing. */
function mergeBoth(a: ArticleDoc, b: ArticleDoc): ArticleDoc {
  const ab = mergeDocs(a, b);
  expect(sameDoc(ab, mergeDocs(b, a))).toBe(true);
  expect(sameDoc(mergeDocs(ab, b), ab)).toBe(true);
  expect(sameDoc(mergeDocs(ab, ab), ab)).toBe(true);
  return ab;
}

describe('favourite, archived and note merge as registers', () => {
  it('the later write of each wins, each field on its own', () => {
    const a = doc({ favourite: { value: true, at: 10 }, archived: { value: false, at: 30 } });
    const b = doc({ favourite: { value: false, at: 20 }, archived: { value: true, at: 5 } });
    const merged = mergeBoth(a, b);
    expect(merged.favourite).toEqual({ value: false, at: 20 });
    expect(merged.archived).toEqual({ value: false, at: 30 });
  });

  it('a tie goes to true for the flags, in either order', () => {
    const merged = mergeBoth(
      doc({ favourite: { value: false, at: 7 }, archived: { value: true, at: 7 } }),
      doc({ favourite: { value: true, at: 7 }, archived: { value: false, at: 7 } }),
    );
    expect(merged.favourite).toEqual({ value: true, at: 7 });
    expect(merged.archived).toEqual({ value: true, at: 7 });
  });

  it('a note tie goes to the greater canonical JSON; a note cleared later beats the older text', () => {
    // 甲 is U+7532, 乙 U+4E59: the same winner on every device.
    expect(
      mergeBoth(doc({ note: { value: '乙', at: 4 } }), doc({ note: { value: '甲', at: 4 } })).note,
    ).toEqual({ value: '甲', at: 4 });
    const cleared = mergeBoth(doc({ note: { value: '要点', at: 4 } }), doc({ note: { value: '', at: 9 } }));
    expect(cleared.note).toEqual({ value: '', at: 9 });
    expect(articleFromDoc(cleared)).not.toHaveProperty('note');
  });

  it('a side without the field takes the other', () => {
    const merged = mergeBoth(
      doc(),
      doc({ note: { value: '要点', at: 2 }, favourite: { value: true, at: 2 } }),
    );
    expect(merged.note).toEqual({ value: '要点', at: 2 });
    expect(merged.favourite).toEqual({ value: true, at: 2 });
    expect(merged.archived).toBeUndefined();
  });
});

describe('highlights merge as a set', () => {
  it('highlights added on both sides are all kept, listed by id', () => {
    const merged = mergeBoth(
      doc({ highlights: set([highlight('b')]) }),
      doc({ highlights: set([highlight('a')]) }),
    );
    expect(merged.highlights?.highlights.map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('one highlight edited on both sides: the later updatedAt wins, compared as instants', () => {
    // 02:01:00+00:00 is 10:01:00+08:00: later than pink's 10:00:30+08:00 although its string sorts first.
    const green = highlight('a', { color: 'green', updatedAt: '2026-12-05T02:01:00+00:00' });
    const pink = highlight('a', { color: 'pink', updatedAt: at(30) });
    expect(mergeBoth(doc({ highlights: set([green]) }), doc({ highlights: set([pink]) })).highlights).toEqual(
      set([green]),
    );
  });

  it('the same instant: the version whose canonical JSON sorts last wins, in either order', () => {
    const blue = highlight('a', { color: 'blue', updatedAt: at(5) });
    const pink = highlight('a', { color: 'pink', updatedAt: at(5) });
    expect(mergeBoth(doc({ highlights: set([blue]) }), doc({ highlights: set([pink]) })).highlights).toEqual(
      set([pink]),
    );
  });

  it('a delete wins over a version updated at or before it: a tie ends deleted', () => {
    const edited = highlight('a', { note: '改', updatedAt: at(10) });
    const deleted = set([], [{ id: 'a', deletedAt: at(10) }]);
    const merged = mergeBoth(doc({ highlights: set([edited]) }), doc({ highlights: deleted }));
    expect(merged.highlights).toEqual(deleted);
    expect(articleFromDoc(merged)).not.toHaveProperty('highlights');
    expect(articleFromDoc(merged)?.highlightTombstones).toEqual(deleted.tombstones);
  });

  it('an edit after the delete brings the highlight back and drops the tombstone', () => {
    const edited = highlight('a', { note: '改', updatedAt: at(11) });
    const merged = mergeBoth(
      doc({ highlights: set([edited]) }),
      doc({ highlights: set([], [{ id: 'a', deletedAt: at(10) }]) }),
    );
    expect(merged.highlights).toEqual(set([edited]));
  });

  it('two deletes of one highlight keep the later', () => {
    const merged = mergeBoth(
      doc({ highlights: set([], [{ id: 'a', deletedAt: at(3) }]) }),
      doc({ highlights: set([], [{ id: 'a', deletedAt: at(8) }]) }),
    );
    expect(merged.highlights?.tombstones).toEqual([{ id: 'a', deletedAt: at(8) }]);
  });

  it('a side without highlights takes the other side’s, in id order', () => {
    const only = set([highlight('b'), highlight('a')]);
    const sorted = set([highlight('a'), highlight('b')]);
    expect(mergeHighlightSets(undefined, only)).toEqual(sorted);
    expect(mergeHighlightSets(only, undefined)).toEqual(sorted);
    expect(mergeHighlightSets(undefined, undefined)).toBeUndefined();
    expect(mergeBoth(doc(), doc({ highlights: only })).highlights).toEqual(sorted);
  });
});

describe('delete vs highlight edits', () => {
  const deletedAt = T0 + 10_000;

  it('a highlight added after the article was deleted brings the article back', () => {
    const merged = mergeBoth(
      doc({ deletedAt }),
      doc({ highlights: set([highlight('a', { createdAt: at(11), updatedAt: at(11) })]) }),
    );
    expect(isDeleted(merged)).toBe(false);
    expect(merged.content).toEqual(content);
  });

  it('a highlight changed in the same instant as the delete, or before it: the delete wins', () => {
    for (const seconds of [10, 9]) {
      const merged = mergeBoth(
        doc({ deletedAt }),
        doc({ highlights: set([highlight('a', { updatedAt: at(seconds) })]) }),
      );
      expect(isDeleted(merged)).toBe(true);
      expect(merged.content).toBeUndefined();
    }
  });

  it('a highlight deleted after the article was deleted counts as an edit too', () => {
    const merged = mergeBoth(
      doc({ deletedAt }),
      doc({ highlights: set([], [{ id: 'a', deletedAt: at(12) }]) }),
    );
    expect(isDeleted(merged)).toBe(false);
  });

  it('a highlight time that does not parse never outdates the delete', () => {
    const merged = mergeBoth(
      doc({ deletedAt }),
      doc({ highlights: set([highlight('a', { updatedAt: 'not a time' })]) }),
    );
    expect(isDeleted(merged)).toBe(true);
  });
});

describe('local writes of the reader fields', () => {
  const stored = applyLocalChange(undefined, record(), { id: 'NW1', at: 100, fields: ['all'] });

  it('a record with its reader fields becomes a document and back unchanged', () => {
    const full = record({
      favourite: true,
      archived: true,
      note: '值得再读',
      highlights: [highlight('a', { note: '重点' }), highlight('b', { color: 'green', detached: true })],
      highlightTombstones: [{ id: 'c', deletedAt: at(1) }],
    });
    const written = applyLocalChange(undefined, full, { id: 'NW1', at: 100, fields: ['all'] });
    expect(written.favourite).toEqual({ value: true, at: 100 });
    expect(written.note).toEqual({ value: '值得再读', at: 100 });
    expect(written.content).not.toHaveProperty('highlights');
    expect(written.content).not.toHaveProperty('note');
    expect(articleFromDoc(written)).toEqual(full);
  });

  it('lists highlights oldest first, whatever their ids, as the reader adds them', () => {
    const older = highlight('z', { createdAt: at(1), updatedAt: at(1) });
    const newer = highlight('a', { createdAt: at(2), updatedAt: at(2) });
    const written = applyLocalChange(undefined, record({ highlights: [older, newer] }), {
      id: 'NW1',
      at: 100,
      fields: ['all'],
    });
    expect(written.highlights?.highlights.map((h) => h.id)).toEqual(['a', 'z']);
    expect(articleFromDoc(written)?.highlights?.map((h) => h.id)).toEqual(['z', 'a']);
  });

  it('a flag turned off or a note cleared (the field gone from the record) is written as such', () => {
    const on = applyLocalChange(stored, record({ favourite: true, archived: true, note: '甲' }), {
      id: 'NW1',
      at: 200,
      fields: ['favourite', 'archived', 'note'],
    });
    const off = applyLocalChange(on, record(), {
      id: 'NW1',
      at: 300,
      fields: ['favourite', 'archived', 'note'],
    });
    expect(off.favourite).toEqual({ value: false, at: 300 });
    expect(off.archived).toEqual({ value: false, at: 300 });
    expect(off.note).toEqual({ value: '', at: 300 });
    expect(articleFromDoc(off)).toEqual({ ...record(), favourite: false, archived: false });
  });

  it('only the changed field gets the write time, and a write that changes nothing changes no field', () => {
    const fav = applyLocalChange(stored, record({ favourite: true, archived: true }), {
      id: 'NW1',
      at: 200,
      fields: ['favourite'],
    });
    expect(fav.favourite).toEqual({ value: true, at: 200 });
    expect(fav.archived).toBeUndefined();
    expect(
      sameDoc(
        applyLocalChange(fav, record({ favourite: true }), { id: 'NW1', at: 300, fields: ['favourite'] }),
        fav,
      ),
    ).toBe(true);
  });

  it('a newer note from another device beats an older local write of it', () => {
    const remote = { ...stored, note: { value: '远端', at: 500 } };
    const next = applyLocalChange(remote, record({ note: '本地' }), { id: 'NW1', at: 400, fields: ['note'] });
    expect(next.note).toEqual({ value: '远端', at: 500 });
  });

  it('a highlight added here joins those added elsewhere that this record does not hold yet', () => {
    const remote = { ...stored, highlights: set([highlight('r', { updatedAt: at(50) })]) };
    const mine = highlight('m', { updatedAt: at(40) });
    const next = applyLocalChange(remote, record({ highlights: [mine] }), {
      id: 'NW1',
      at: 200,
      fields: ['highlights'],
    });
    expect(next.highlights?.highlights.map((h) => h.id)).toEqual(['m', 'r']);
  });

  it('a highlight deleted here (its tombstone) removes it from the document; an older copy does not return', () => {
    const withA = applyLocalChange(stored, record({ highlights: [highlight('a')] }), {
      id: 'NW1',
      at: 200,
      fields: ['highlights'],
    });
    const tombstones = [{ id: 'a', deletedAt: at(30) }];
    const deleted = applyLocalChange(withA, record({ highlightTombstones: tombstones }), {
      id: 'NW1',
      at: 300,
      fields: ['highlights'],
    });
    expect(deleted.highlights).toEqual(set([], tombstones));
    // A device that still holds the old version pushes it: the tombstone keeps it deleted.
    const stale = applyLocalChange(deleted, record({ highlights: [highlight('a')] }), {
      id: 'NW1',
      at: 400,
      fields: ['highlights'],
    });
    expect(stale.highlights).toEqual(set([], tombstones));
  });

  it('a write that does not name the highlights leaves the document’s set alone', () => {
    const remote = { ...stored, highlights: set([highlight('r')]) };
    const next = applyLocalChange(remote, record({ read: true }), { id: 'NW1', at: 200, fields: ['read'] });
    expect(next.highlights).toEqual(set([highlight('r')]));
  });
});

describe('documents of other schema versions', () => {
  it('a document of this schema merged with one of an older device keeps the reader fields', () => {
    const older = { ...doc({ read: { value: true, at: 50 } }), schema: 1 };
    const newer = doc({ favourite: { value: true, at: 40 }, highlights: set([highlight('a')]) });
    const merged = mergeBoth(older, newer);
    expect(merged.schema).toBe(DOC_SCHEMA);
    expect(merged.favourite).toEqual({ value: true, at: 40 });
    expect(merged.highlights).toEqual(set([highlight('a')]));
    expect(merged.read).toEqual({ value: true, at: 50 });
  });

  it('highlights of a shape this version does not know are carried unchanged, never merged or shown', () => {
    const foreign = { byId: { a: { quote: '引文' } } } as unknown as HighlightSet;
    const merged = mergeDocs(
      doc({ schema: DOC_SCHEMA + 1, highlights: foreign }),
      doc({ highlights: set([highlight('b')]) }),
    );
    expect(merged.highlights).toBe(foreign);
    expect(
      mergeDocs(doc({ highlights: set([highlight('b')]) }), doc({ highlights: foreign })).highlights,
    ).toEqual(set([highlight('b')]));
    expect(articleFromDoc(doc({ highlights: foreign }))).not.toHaveProperty('highlights');
  });

  it('a newer schema’s fields survive a local write of the fields this version knows', () => {
    const stored = applyLocalChange(undefined, record(), { id: 'NW1', at: 100, fields: ['all'] });
    const newer = { ...stored, schema: DOC_SCHEMA + 1, stars: { value: 5, at: 90 } };
    const next = applyLocalChange(newer, record({ favourite: true, highlights: [highlight('a')] }), {
      id: 'NW1',
      at: 200,
      fields: ['favourite', 'highlights'],
    });
    expect(next.schema).toBe(DOC_SCHEMA + 1);
    expect(next.stars).toEqual({ value: 5, at: 90 });
    expect(next.favourite).toEqual({ value: true, at: 200 });
  });
});
