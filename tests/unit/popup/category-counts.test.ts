import { describe, expect, it } from 'vitest';
import {
  categoriesOf,
  countsOf,
  countSummaries,
  recount,
  unarchivedCounts,
} from '../../../popup/category-counts.ts';
import type { ArticleSummary } from '../../../src/store/index.ts';

const stats = countsOf([
  { category: '宏观', count: 3, archived: 1 },
  { category: '股市', count: 2, archived: 2 },
  { category: '债市', count: 1 },
]);

describe("the popup's category counts while it holds only the newest rows", () => {
  it('size the default view by the unarchived articles, and drop a category that has none', () => {
    expect(stats.total).toBe(6);
    expect([...unarchivedCounts(stats)]).toEqual([
      ['宏观', 2],
      ['债市', 1],
    ]);
  });

  it('follow an archive, an unarchive and a move of an archived article', () => {
    const row = { category: '债市' };
    const archived = recount(stats, row, { ...row, archived: true });
    expect(unarchivedCounts(archived).get('债市')).toBeUndefined();
    expect(archived.all.get('债市')).toBe(1);
    const back = recount(archived, { ...row, archived: true }, row);
    expect(unarchivedCounts(back).get('债市')).toBe(1);
    const moved = recount(stats, { category: '股市', archived: true }, { category: '宏观', archived: true });
    expect([...unarchivedCounts(moved)]).toEqual([...unarchivedCounts(stats)]);
    expect(moved.all.get('宏观')).toBe(4);
    expect(moved.archived.get('股市')).toBe(1);
    expect(moved.total).toBe(6);
  });

  it('follow a delete, archived or not', () => {
    const gone = recount(recount(stats, { category: '股市', archived: true }), { category: '债市' });
    expect(gone.total).toBe(4);
    expect(gone.all.has('债市')).toBe(false);
    expect(gone.archived.get('股市')).toBe(1);
  });

  it("go back to the store's shape, and count the popup's own rows the same way", () => {
    expect(categoriesOf(stats)).toEqual([
      { category: '宏观', count: 3, archived: 1 },
      { category: '股市', count: 2, archived: 2 },
      { category: '债市', count: 1 },
    ]);
    const rows = [
      { category: '宏观', archived: true },
      { category: '宏观' },
      { category: '股市' },
    ] as ArticleSummary[];
    expect(countSummaries(rows)).toEqual([
      { category: '宏观', count: 2, archived: 1 },
      { category: '股市', count: 1 },
    ]);
  });
});
