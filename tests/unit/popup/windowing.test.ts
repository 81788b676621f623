import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listAction, moveTarget } from '../../../popup/list-keys.ts';
import { SEARCH_UI } from '../../../popup/use-search.ts';
import type { Row } from '../../../popup/rows.ts';
import {
  ROW_HEIGHTS,
  rowAt,
  rowOffsets,
  scrollToReveal,
  visibleRange,
  WINDOW_TUNING,
} from '../../../popup/windowing.ts';

describe('windowing', () => {
  const kinds = ['group', ...Array<'article'>(9_999).fill('article')] as const;
  const offsets = rowOffsets(kinds);

  it('sums fixed heights', () => {
    expect(offsets[1]).toBe(ROW_HEIGHTS.group);
    expect(offsets[kinds.length]).toBe(ROW_HEIGHTS.group + 9_999 * ROW_HEIGHTS.article);
  });

  it('renders only the rows on screen plus overscan, wherever the list is scrolled', () => {
    const [start, end] = visibleRange(offsets, 0, 400, 2);
    expect([start, end]).toEqual([0, rowAt(offsets, 399) + 3]);
    const [s2, e2] = visibleRange(offsets, 300_000, 400, 2);
    // The rows 400 px can cut (one more when the top row is cut too), and 2 of overscan each side.
    expect(e2 - s2).toBeLessThanOrEqual(Math.ceil(400 / ROW_HEIGHTS.article) + 1 + 2 * 2);
    expect(offsets[s2 + 2]!).toBeLessThanOrEqual(300_000);
    expect(offsets[e2 - 2]!).toBeGreaterThanOrEqual(300_400);
    expect(visibleRange(rowOffsets([]), 0, 400)).toEqual([0, 0]);
  });

  it('scrolls as little as possible to reveal a row', () => {
    expect(scrollToReveal(offsets, 5, 0, 400)).toBe(0);
    expect(scrollToReveal(offsets, 20, 0, 400)).toBe(offsets[21]! - 400);
    expect(scrollToReveal(offsets, 2, 1_000, 400)).toBe(offsets[2]);
  });
});

describe('list keys', () => {
  const header: Row = { kind: 'group', key: 'g:x', category: 'x', count: 1, collapsed: false };
  const article: Row = {
    kind: 'article',
    key: 'a:1',
    group: 'g:x',
    category: 'x',
    summary: { id: '1', title: 't', category: 'x', savedAt: '' },
    titleRanges: [],
  };

  it('maps keys by row kind', () => {
    expect(listAction({ key: 'ArrowLeft' }, header)).toEqual({ kind: 'collapse' });
    expect(listAction({ key: 'ArrowRight' }, { ...header, collapsed: true })).toEqual({ kind: 'expand' });
    expect(listAction({ key: 'Enter' }, header)).toBeUndefined(); // the native button toggles
    expect(listAction({ key: 'Enter' }, article)).toEqual({ kind: 'open' });
    expect(listAction({ key: 'ArrowLeft' }, article)).toEqual({ kind: 'toHeader' });
    expect(listAction({ key: 'ArrowLeft' }, { ...article, group: undefined })).toBeUndefined();
    expect(listAction({ key: 'Delete' }, article)).toEqual({ kind: 'delete' });
    expect(listAction({ key: 'z', ctrlKey: true }, article)).toEqual({ kind: 'undo' });
    expect(listAction({ key: 'r', ctrlKey: true }, article)).toBeUndefined();
    expect(listAction({ key: 'Tab' }, article)).toBeUndefined();
  });

  it('clamps moves to the list', () => {
    expect(moveTarget('previous', 0, 10, 5)).toBe(0);
    expect(moveTarget('pageDown', 8, 10, 5)).toBe(9);
    expect(moveTarget('last', 3, 10, 5)).toBe(9);
    expect(moveTarget('next', 0, 0, 5)).toBe(-1);
  });
});

describe('geometry constants', () => {
  // The windowed list computes offsets from these numbers, never from layout: the stylesheet must agree.
  const css = readFileSync(fileURLToPath(new URL('../../../popup/popup.css', import.meta.url)), 'utf8');
  const heightOf = (selector: string) =>
    Number(new RegExp(`^\\${selector} \\{[^}]*\\bheight: (\\d+)px`, 'm').exec(css)?.[1]);

  it('match the heights popup.css gives the rows and the list', () => {
    expect(heightOf('.group-title')).toBe(ROW_HEIGHTS.group);
    expect(heightOf('.article')).toBe(ROW_HEIGHTS.article);
    expect(heightOf('.list-viewport')).toBe(WINDOW_TUNING.initialViewport);
  });

  it('ask search for the rows the list first renders', () => {
    const [start, end] = visibleRange(
      rowOffsets(Array<'article'>(100).fill('article')),
      0,
      WINDOW_TUNING.initialViewport,
    );
    expect(SEARCH_UI.limit).toBe(end - start);
  });
});
