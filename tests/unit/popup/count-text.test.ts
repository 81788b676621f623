import { describe, expect, it } from 'vitest';
import { articleCountText, resultCountText } from '../../../popup/count-text.ts';

describe('counts in English words', () => {
  it('say "1 article" and "1 matching article", and the plural for every other count', () => {
    expect(articleCountText(1)).toBe('1 article');
    expect(articleCountText(0)).toBe('0 articles');
    expect(articleCountText(10_000)).toBe('10000 articles');
    expect(resultCountText(1)).toBe('1 matching article');
    expect(resultCountText(2)).toBe('2 matching articles');
  });

  it('mark a count the search limit cut short with "+", in the plural', () => {
    expect(resultCountText(15, true)).toBe('15+ matching articles');
    expect(resultCountText(1, true)).toBe('1+ matching articles');
  });
});
