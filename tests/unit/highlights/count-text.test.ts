import { describe, expect, it } from 'vitest';
import { highlightCountText } from '../../../highlights/count-text.ts';

describe("the Highlights page's count in English words", () => {
  it('says "1 highlight in 1 article", the singular article alone, and the plural for the rest', () => {
    expect(highlightCountText(1, 1)).toBe('1 highlight in 1 article');
    expect(highlightCountText(3, 1)).toBe('3 highlights in 1 article');
    expect(highlightCountText(12, 3)).toBe('12 highlights in 3 articles');
    expect(highlightCountText(0, 0)).toBe('0 highlights in 0 articles');
  });
});
