import { describe, expect, it } from 'vitest';
import type { Highlight, HighlightColor } from '../../../src/annotations/types.ts';
import {
  countHighlights,
  filterHighlights,
  firstGroups,
  orderNewestFirst,
  tagsOf,
  type HighlightGroupView,
} from '../../../highlights/filter-highlights.ts';

function highlight(
  id: string,
  exact: string,
  color: HighlightColor,
  createdAt: string,
  note?: string,
): Highlight {
  return {
    id,
    color,
    note,
    createdAt,
    updatedAt: createdAt,
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length },
  };
}

const central: HighlightGroupView = {
  summary: { id: 'A', title: '央行宣布降准', savedAt: '2021-12-22T15:00:00+08:00', tags: ['宏观', '政策'] },
  highlights: [
    highlight(
      'a1',
      '下调金融机构存款准备金率0.5个百分点',
      'yellow',
      '2026-12-01T10:00:00+08:00',
      '释放长期资金',
    ),
    highlight('a2', '保持流动性合理充裕', 'green', '2026-12-03T09:00:00+08:00'),
  ],
};
const markets: HighlightGroupView = {
  summary: { id: 'B', title: 'Ａ股三大指数收涨', savedAt: '2021-12-23T15:00:00+08:00', tags: ['市场'] },
  // 2026-12-02T03:00Z is later than 2026-12-02T09:00+08:00 (01:00Z): instants, not strings, decide.
  highlights: [
    highlight('b1', '成交额突破万亿', 'green', '2026-12-02T03:00:00Z', 'Volume above one trillion'),
    highlight('b2', '北向资金净流入', 'pink', '2026-12-02T09:00:00+08:00'),
  ],
};
const groups = [markets, central];

const ids = (result: HighlightGroupView[]) =>
  result.map((g) => [g.summary.id, g.highlights.map((h) => h.id)]);

describe('orderNewestFirst', () => {
  it('orders highlights and then groups by creation instant, newest first', () => {
    expect(ids(orderNewestFirst(groups))).toEqual([
      ['A', ['a2', 'a1']],
      ['B', ['b1', 'b2']],
    ]);
  });
});

describe('filterHighlights', () => {
  it('keeps everything, newest first, with no filter', () => {
    expect(countHighlights(filterHighlights(groups, { words: '' }))).toBe(4);
  });

  it('keeps one colour and drops the groups it empties', () => {
    expect(ids(filterHighlights(groups, { color: 'pink', words: '' }))).toEqual([['B', ['b2']]]);
    expect(ids(filterHighlights(groups, { color: 'green', words: '' }))).toEqual([
      ['A', ['a2']],
      ['B', ['b1']],
    ]);
  });

  it('keeps the articles carrying a tag, and combines it with the colour', () => {
    expect(ids(filterHighlights(groups, { tag: '宏观', words: '' }))).toEqual([['A', ['a2', 'a1']]]);
    expect(ids(filterHighlights(groups, { tag: '宏观', color: 'pink', words: '' }))).toEqual([]);
  });

  it('finds words in the quote, the note or the title, every word required', () => {
    expect(ids(filterHighlights(groups, { words: '流动性' }))).toEqual([['A', ['a2']]]);
    expect(ids(filterHighlights(groups, { words: '长期资金' }))).toEqual([['A', ['a1']]]);
    // The title matches, so each of its highlights does.
    expect(ids(filterHighlights(groups, { words: '降准' }))).toEqual([['A', ['a2', 'a1']]]);
    expect(ids(filterHighlights(groups, { words: '降准 长期' }))).toEqual([['A', ['a1']]]);
    expect(ids(filterHighlights(groups, { words: '降准 北向' }))).toEqual([]);
  });

  it('ignores case and full-width forms', () => {
    expect(ids(filterHighlights(groups, { words: 'VOLUME' }))).toEqual([['B', ['b1']]]);
    // The title has a full-width Ａ; the query a plain a.
    expect(ids(filterHighlights(groups, { words: 'a股' }))).toEqual([['B', ['b1', 'b2']]]);
  });
});

describe('tagsOf and firstGroups', () => {
  it('lists each tag of a highlighted article once, in collation order', () => {
    const also: HighlightGroupView = {
      ...markets,
      summary: { ...markets.summary, id: 'C', tags: ['市场', 'Zeta', 'alpha'] },
    };
    expect(tagsOf([...groups, also], 'en')).toEqual(['alpha', 'Zeta', '宏观', '市场', '政策']);
  });

  it('takes whole groups until the limit is reached', () => {
    const ordered = orderNewestFirst(groups);
    expect(ids(firstGroups(ordered, 1))).toEqual([['A', ['a2', 'a1']]]);
    expect(firstGroups(ordered, 3)).toHaveLength(2);
    expect(firstGroups(ordered, 0)).toEqual([]);
  });
});
