import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/store/index.ts';
import { groupByCategory, type CategoryGroup } from '../../../popup/group-by-category.ts';

const s = (id: string, category: string, day: number): ArticleSummary => ({
  id,
  title: `t${id}`,
  category,
  savedAt: `2024-01-${String(day).padStart(2, '0')}T08:00:00+08:00`,
});
/** Each group as [category or 'OTHER', its ids, its count]. */
const shape = (groups: CategoryGroup[]) =>
  groups.map((g) => [g.category ?? 'OTHER', g.articles.map((a) => a.id), g.count]);

describe('groupByCategory', () => {
  it('orders groups by their newest article and articles newest first', () => {
    const library = [s('a', '宏观', 1), s('b', '股市', 3), s('c', '宏观', 4), s('d', '股市', 2)];
    expect(shape(groupByCategory(library))).toEqual([
      ['宏观', ['c', 'a'], 2],
      ['股市', ['b', 'd'], 2],
    ]);
  });

  it('gathers the one-article categories into one last group, newest first, however new they are', () => {
    const library = [s('a', '宏观', 1), s('b', '财联社', 5), s('c', '宏观', 2), s('d', '证券时报', 3)];
    expect(shape(groupByCategory(library))).toEqual([
      ['宏观', ['c', 'a'], 2],
      ['OTHER', ['b', 'd'], 2],
    ]);
  });

  it('has only the gathered group when every category holds one article', () => {
    const library = [s('a', '甲', 1), s('b', '乙', 2), s('c', '丙', 3)];
    expect(shape(groupByCategory(library))).toEqual([['OTHER', ['c', 'b', 'a'], 3]]);
  });

  it('has no gathered group when one category holds everything', () => {
    const library = [s('a', '宏观', 1), s('b', '宏观', 2)];
    expect(shape(groupByCategory(library))).toEqual([['宏观', ['b', 'a'], 2]]);
  });

  it('puts a library of one article in the gathered group', () => {
    expect(shape(groupByCategory([s('a', '宏观', 1)]))).toEqual([['OTHER', ['a'], 1]]);
  });

  it('drops a group to the gathered one when an article moves out and leaves one behind', () => {
    const before = [s('a', '宏观', 1), s('b', '宏观', 2), s('c', '股市', 3), s('d', '股市', 4)];
    const after = before.map((x) => (x.id === 'b' ? { ...x, category: '股市' } : x));
    expect(shape(groupByCategory(after))).toEqual([
      ['股市', ['d', 'c', 'b'], 3],
      ['OTHER', ['a'], 1],
    ]);
  });

  it('breaks a tie of save times by id, so the order is stable', () => {
    const library = [s('b', '甲', 1), s('a', '乙', 1), s('c', '甲', 1)];
    expect(shape(groupByCategory(library))).toEqual([
      ['甲', ['b', 'c'], 2],
      ['OTHER', ['a'], 1],
    ]);
  });

  describe('while only the newest few are listed, with the library’s sizes', () => {
    const sizes = new Map([
      ['宏观', 5],
      ['财联社', 1],
      ['证券时报', 1],
      ['股市', 1],
    ]);

    it('keeps a category of many its own group with its whole count, even with one article listed', () => {
      const newest = [s('a', '宏观', 3), s('b', '财联社', 2)];
      expect(shape(groupByCategory(newest, sizes))).toEqual([
        ['宏观', ['a'], 5],
        // Three one-article categories in the library, one of them listed so far.
        ['OTHER', ['b'], 3],
      ]);
    });

    it('trusts the listed articles over a size that has not caught up', () => {
      const newest = [s('a', '股市', 3), s('b', '股市', 2)];
      expect(shape(groupByCategory(newest, sizes))).toEqual([['股市', ['a', 'b'], 2]]);
    });
  });
});
