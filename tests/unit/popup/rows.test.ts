import { describe, expect, it } from 'vitest';
import type { ArticleSummary, SearchHit } from '../../../src/store/index.ts';
import { groupByCategory } from '../../../popup/group-by-category.ts';
import { highlightParts } from '../../../popup/highlight-parts.ts';
import {
  headerIndexOf,
  OTHER_GROUP_KEY,
  rowsFromGroups,
  rowsFromHits,
  segmentsOf,
} from '../../../popup/rows.ts';

const s = (id: string, category: string, savedAt: string): ArticleSummary => ({
  id,
  title: `t${id}`,
  category,
  savedAt,
});
const library = [
  s('a', '宏观', '2024-01-01T08:00:00+08:00'),
  s('b', '股市', '2024-01-03T08:00:00+08:00'),
  s('c', '宏观', '2024-01-04T08:00:00+08:00'),
  s('d', '股市', '2024-01-02T08:00:00+08:00'),
];

describe('rows', () => {
  it('puts a header before each group and leaves a collapsed group its header only', () => {
    const rows = rowsFromGroups(groupByCategory(library), new Set(['g:宏观']));
    expect(rows.map((r) => r.key)).toEqual(['g:宏观', 'g:股市', 'a:b', 'a:d']);
    expect(rows[0]).toMatchObject({ kind: 'group', count: 2, collapsed: true });
    expect(rows[2]).toMatchObject({ group: 'g:股市', category: '股市' });
    expect(headerIndexOf(rows, 3)).toBe(1);
  });

  it('gives the gathered group a key no category has; its rows name their own category', () => {
    const withSingle = [...library, s('e', '财联社', '2024-01-05T08:00:00+08:00')];
    const rows = rowsFromGroups(groupByCategory(withSingle), new Set());
    expect(rows.map((r) => r.key)).toEqual([
      'g:宏观',
      'a:c',
      'a:a',
      'g:股市',
      'a:b',
      'a:d',
      OTHER_GROUP_KEY,
      'a:e',
    ]);
    expect(rows[6]).toEqual({ kind: 'group', key: OTHER_GROUP_KEY, count: 1, collapsed: false });
    const single = rows[7]!;
    expect(single).toMatchObject({ group: OTHER_GROUP_KEY, namesCategory: true });
    expect(single.kind === 'article' && single.category).toBeUndefined();
    expect(headerIndexOf(rows, 7)).toBe(6);
    // Folding the gathered group leaves its header only.
    const folded = rowsFromGroups(groupByCategory(withSingle), new Set([OTHER_GROUP_KEY]));
    expect(folded.map((r) => r.key).slice(-2)).toEqual(['a:d', OTHER_GROUP_KEY]);
  });

  it('says the gathered group holds every article when every category has one', () => {
    const singles = [
      s('x', '财联社', '2024-01-05T08:00:00+08:00'),
      s('y', '新华社', '2024-01-04T08:00:00+08:00'),
    ];
    const rows = rowsFromGroups(groupByCategory(singles), new Set());
    expect(rows[0]).toEqual({
      kind: 'group',
      key: OTHER_GROUP_KEY,
      count: 2,
      collapsed: false,
      gathersAll: true,
    });
    // Beside a real group it is "other" again.
    const mixed = rowsFromGroups(groupByCategory([...library, ...singles]), new Set());
    expect(mixed.filter((r) => r.kind === 'group' && r.gathersAll)).toEqual([]);
  });

  it('carries search highlights and snippets in ranking order', () => {
    const hit: SearchHit = {
      summary: library[0]!,
      score: 1,
      titleMatch: false,
      highlights: { title: [[1, 2]], snippet: '央行降准', snippetRanges: [[0, 2]] },
    };
    expect(rowsFromHits([hit])).toEqual([
      {
        kind: 'article',
        key: 'a:a',
        summary: library[0],
        titleRanges: [[1, 2]],
        snippet: { text: '央行降准', ranges: [[0, 2]] },
      },
    ]);
  });

  it('shows the highlight a search matched, with the words marked; the note follows when only it matched', () => {
    const hit = (exact: string, note?: string): SearchHit => ({
      summary: library[0]!,
      score: 1,
      titleMatch: false,
      highlights: { title: [] },
      highlight: { id: 'h1', exact, ...(note === undefined ? {} : { note }) },
    });
    const [inQuote] = rowsFromHits([hit('央行宣布降准', '看好')], ['降准']);
    expect(inQuote).toMatchObject({ highlight: { id: 'h1', text: '央行宣布降准', ranges: [[4, 6]] } });
    const [inNote] = rowsFromHits([hit('央行宣布', '降准利好')], ['降准']);
    expect(inNote).toMatchObject({ highlight: { text: '央行宣布 — 降准利好', ranges: [[7, 9]] } });
  });

  it('cuts a window into one segment per group, with the header only when it is inside', () => {
    const rows = rowsFromGroups(groupByCategory(library), new Set());
    const segments = segmentsOf(rows, 2, 5);
    expect(segments.map((g) => [g.category, g.header?.index, g.items.map((i) => i.index)])).toEqual([
      ['宏观', undefined, [2]],
      ['股市', 3, [4]],
    ]);
  });

  it('keeps the gathered group one segment though its rows have different categories', () => {
    const singles = [s('x', '甲', '2024-01-05T08:00:00+08:00'), s('y', '乙', '2024-01-06T08:00:00+08:00')];
    const rows = rowsFromGroups(groupByCategory(singles), new Set());
    const segments = segmentsOf(rows, 1, 3);
    expect(segments.map((g) => [g.group, g.category, g.items.map((i) => i.index)])).toEqual([
      [OTHER_GROUP_KEY, undefined, [1, 2]],
    ]);
  });
});

describe('highlightParts', () => {
  it('splits text at the ranges', () => {
    expect(
      highlightParts('人民币兑美元', [
        [0, 3],
        [4, 6],
      ]),
    ).toEqual([
      { text: '人民币', match: true },
      { text: '兑', match: false },
      { text: '美元', match: true },
    ]);
  });

  it('clamps ranges past the end and skips overlaps, so no text is lost or repeated', () => {
    const parts = highlightParts('abcdef', [
      [1, 3],
      [2, 4],
      [5, 99],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('abcdef');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['bc', 'd', 'f']);
  });

  it('keeps markup as text', () => {
    expect(highlightParts('<b>x</b>', [[3, 4]])).toEqual([
      { text: '<b>', match: false },
      { text: 'x', match: true },
      { text: '</b>', match: false },
    ]);
  });
});
