import { describe, expect, it } from 'vitest';
import { articleCountText, resultCountText } from '../../../popup/count-text.ts';
import { counted } from '../../../src/shared/counted.ts';

describe('counts in English words', () => {
  it('say "1 article" and "1 matching article", and the plural for every other count', () => {
    expect(articleCountText(1)).toBe('1 article');
    expect(articleCountText(0)).toBe('0 articles');
    expect(articleCountText(10_000)).toBe('10000 articles');
    expect(resultCountText(1)).toBe('1 matching article');
    expect(resultCountText(2)).toBe('2 matching articles');
  });

  it('give every counted noun its singular at 1 and its plural otherwise', () => {
    expect([0, 1, 2].map((n) => counted('items', n))).toEqual(['0 items', '1 item', '2 items']);
    expect([1, 3].map((n) => counted('links', n))).toEqual(['1 link', '3 links']);
    expect([1, 3].map((n) => counted('importedLinks', n))).toEqual(['1 imported link', '3 imported links']);
  });

  it('mark a count the search limit cut short with "+", in the plural', () => {
    expect(resultCountText(15, true)).toBe('15+ matching articles');
    expect(resultCountText(1, true)).toBe('1+ matching articles');
  });
});
