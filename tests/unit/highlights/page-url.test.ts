import { describe, expect, it } from 'vitest';
import { filterFromSearch, highlightHref, searchFromFilter } from '../../../highlights/page-url.ts';

describe("the Highlights page's addresses", () => {
  it('round-trips the filters through the query string', () => {
    const filter = { color: 'blue' as const, tag: '两个 词', words: '央行 降准' };
    expect(filterFromSearch(searchFromFilter(filter))).toEqual(filter);
    expect(searchFromFilter({ words: '' })).toBe('');
  });

  it('ignores a colour it does not know', () => {
    expect(filterFromSearch('?color=purple&q=x')).toEqual({ color: undefined, tag: undefined, words: 'x' });
  });

  it("opens the reader at the highlight's mark", () => {
    expect(highlightHref('NW2021', 'c0ffee-1')).toBe('reader.html?id=NW2021#hl-c0ffee-1');
    expect(highlightHref('a b', 'x/y')).toBe('reader.html?id=a%20b#hl-x%2Fy');
  });
});
