import { describe, expect, it } from 'vitest';
import { articleLang } from '../../../popup/article-lang.ts';
import { matchRanges } from '../../../popup/match-ranges.ts';

describe('the lang of article text', () => {
  it("is the article's own, else zh-CN for Chinese text, else none", () => {
    expect(articleLang('en', '央行')).toBe('en');
    expect(articleLang(undefined, '央行：降准？')).toBe('zh-CN');
    expect(articleLang(undefined, 'Reuters · 2024-01-01')).toBeUndefined();
  });
});

describe('matchRanges', () => {
  it('marks every occurrence of each word, case-insensitive, merged where they overlap', () => {
    expect(matchRanges('央行降准，央行', ['央行'])).toEqual([
      [0, 2],
      [5, 7],
    ]);
    expect(matchRanges('The PBOC cut', ['pboc', 'bo'])).toEqual([[4, 8]]);
    expect(matchRanges('abc', [])).toEqual([]);
  });
});
