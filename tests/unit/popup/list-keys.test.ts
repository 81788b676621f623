import { describe, expect, it } from 'vitest';
import { listAction, moveTarget, type ListAction } from '../../../popup/list-keys.ts';
import { OTHER_GROUP_KEY, type Row } from '../../../popup/rows.ts';

const header: Row = { kind: 'group', key: 'g:x', category: 'x', count: 2, collapsed: false };
const collapsedHeader: Row = { ...header, collapsed: true };
const article: Row = {
  kind: 'article',
  key: 'a:1',
  group: 'g:x',
  category: 'x',
  summary: { id: '1', title: 't', category: 'x', savedAt: '' },
  titleRanges: [],
};
/** A row of the group gathering one-article categories: its header names no category. */
const gathered: Row = { ...article, group: OTHER_GROUP_KEY, category: undefined, namesCategory: true };
/** A search result: no group above it. */
const hit: Row = { ...article, group: undefined, category: undefined };

const rows = { header, collapsedHeader, article, gathered, hit, none: undefined } as const;
type RowName = keyof typeof rows;
const allRows = Object.keys(rows) as RowName[];

/** Expected action of one key on each row kind (undefined: left to the browser). */
function expectKey(key: string, expected: Partial<Record<RowName, ListAction | undefined>>) {
  for (const name of allRows)
    expect(listAction({ key }, rows[name]), `${key} on ${name}`).toEqual(expected[name]);
}
const onEveryRow = (action: ListAction) =>
  Object.fromEntries(allRows.map((n) => [n, action])) as Record<RowName, ListAction>;
const onArticles = (action: ListAction) => ({ article: action, gathered: action, hit: action });

describe('list keys on every row kind', () => {
  it('moves with the arrows, Home, End, PageUp and PageDown, wherever the focus is (even on no row)', () => {
    expectKey('ArrowDown', onEveryRow({ kind: 'move', to: 'next' }));
    expectKey('ArrowUp', onEveryRow({ kind: 'move', to: 'previous' }));
    expectKey('Home', onEveryRow({ kind: 'move', to: 'first' }));
    expectKey('End', onEveryRow({ kind: 'move', to: 'last' }));
    expectKey('PageDown', onEveryRow({ kind: 'move', to: 'pageDown' }));
    expectKey('PageUp', onEveryRow({ kind: 'move', to: 'pageUp' }));
  });

  it('Escape goes back to the search box from any row', () => {
    expectKey('Escape', onEveryRow({ kind: 'toSearch' }));
  });

  it('r / R toggle read on an article or hit only', () => {
    expectKey('r', onArticles({ kind: 'toggleRead' }));
    expectKey('R', onArticles({ kind: 'toggleRead' }));
  });

  it('c / C change the category of an article or hit only', () => {
    expectKey('c', onArticles({ kind: 'changeCategory' }));
    expectKey('C', onArticles({ kind: 'changeCategory' }));
  });

  it('f / a / t favourite, archive and tag an article or hit only', () => {
    for (const key of ['f', 'F']) expectKey(key, onArticles({ kind: 'toggleFavourite' }));
    for (const key of ['a', 'A']) expectKey(key, onArticles({ kind: 'toggleArchive' }));
    for (const key of ['t', 'T']) expectKey(key, onArticles({ kind: 'editTags' }));
  });

  it('Delete and Backspace delete an article or hit, never a header', () => {
    expectKey('Delete', onArticles({ kind: 'delete' }));
    expectKey('Backspace', onArticles({ kind: 'delete' }));
  });

  it('Enter opens an article or hit; on a header it is left to the native button', () => {
    expectKey('Enter', onArticles({ kind: 'open' }));
  });

  it('ArrowLeft folds an open header and climbs from a grouped article; ArrowRight only unfolds', () => {
    expectKey('ArrowLeft', {
      header: { kind: 'collapse' },
      article: { kind: 'toHeader' },
      gathered: { kind: 'toHeader' },
    });
    expectKey('ArrowRight', { collapsedHeader: { kind: 'expand' } });
  });

  it('leaves unmapped keys to the browser', () => {
    for (const key of ['Tab', ' ', 'x', 'd', 'Insert', 'F5']) expectKey(key, {});
  });
});

describe('list keys with modifiers', () => {
  it('Ctrl/Cmd+Z is undo on any row, either case', () => {
    for (const name of allRows) {
      for (const mod of [{ ctrlKey: true }, { metaKey: true }]) {
        expect(listAction({ key: 'z', ...mod }, rows[name])).toEqual({ kind: 'undo' });
        expect(listAction({ key: 'Z', ...mod }, rows[name])).toEqual({ kind: 'undo' });
      }
    }
    expect(listAction({ key: 'z', altKey: true }, article)).toBeUndefined();
    expect(listAction({ key: 'z' }, article)).toBeUndefined();
  });

  it('leaves every other modified key to the browser (Ctrl+R reloads, Alt+C, Cmd+End…)', () => {
    for (const key of [
      'r',
      'R',
      'c',
      'C',
      'f',
      'a',
      't',
      'Delete',
      'Backspace',
      'Enter',
      'End',
      'PageDown',
      'ArrowDown',
      'Escape',
    ]) {
      for (const mod of [{ ctrlKey: true }, { metaKey: true }, { altKey: true }]) {
        expect(listAction({ key, ...mod }, article), `${key} ${JSON.stringify(mod)}`).toBeUndefined();
        expect(listAction({ key, ...mod }, header), `${key} ${JSON.stringify(mod)}`).toBeUndefined();
      }
    }
  });
});

describe('moveTarget', () => {
  it('goes to the first and last rows', () => {
    expect(moveTarget('first', 7, 10, 5)).toBe(0);
    expect(moveTarget('last', 0, 10, 5)).toBe(9);
  });

  it('pages by `page` rows, clamped at both ends', () => {
    expect(moveTarget('pageDown', 2, 20, 5)).toBe(7);
    expect(moveTarget('pageUp', 12, 20, 5)).toBe(7);
    expect(moveTarget('pageUp', 3, 20, 5)).toBe(0);
    expect(moveTarget('pageDown', 17, 20, 5)).toBe(19);
  });

  it('steps one row, clamped', () => {
    expect(moveTarget('next', 4, 10, 5)).toBe(5);
    expect(moveTarget('previous', 4, 10, 5)).toBe(3);
    expect(moveTarget('next', 9, 10, 5)).toBe(9);
  });

  it('has nowhere to go in an empty list', () => {
    for (const to of ['first', 'last', 'pageUp', 'pageDown'] as const)
      expect(moveTarget(to, 0, 0, 5)).toBe(-1);
  });
});
