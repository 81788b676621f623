import { describe, expect, it } from 'vitest';

import {
  isWhitespaceCode,
  normalizeForMatching,
  toOriginalRange,
} from '../../../src/annotations/normalize.ts';

describe('normalizeForMatching', () => {
  it.each([
    ['full-width punctuation folds to half-width', '增长，回落；预期：（稳）！？', '增长,回落;预期:(稳)!?'],
    ['full-width letters and digits fold too', 'ＧＤＰ增长５％', 'GDP增长5%'],
    ['whitespace between Han characters disappears', '第一段。\n\n第二段\u3000内容', '第一段。第二段内容'],
    ['a whitespace run between Latin words becomes one space', 'GDP \n\t growth  rate', 'GDP growth rate'],
    ['whitespace next to punctuation disappears', 'Hello , world ( ok )', 'Hello,world(ok)'],
    ['whitespace at either end disappears', ' \u3000 央行 ', '央行'],
    ['U+3000 between Latin words is one space', 'A\u3000B', 'A B'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeForMatching(input).text).toBe(expected);
  });

  it('records where each character came from, a collapsed run spanning all of it', () => {
    const original = 'ab  \n cd，e';
    const normalized = normalizeForMatching(original);
    expect(normalized.text).toBe('ab cd,e');
    expect(Array.from(normalized.starts)).toEqual([0, 1, 2, 6, 7, 8, 9]);
    expect(Array.from(normalized.ends)).toEqual([1, 2, 6, 7, 8, 9, 10]);
  });

  it('maps a normalized range back to the original text, without whitespace at its ends', () => {
    const original = '前文。\n\n降准  0.5 个百分点，释放资金。';
    const normalized = normalizeForMatching(original);
    const from = normalized.text.indexOf('降准');
    const to = normalized.text.indexOf(',');
    const range = toOriginalRange(normalized, original, from, to);
    expect(original.slice(range.start, range.end)).toBe('降准  0.5 个百分点');
  });

  it('treats exactly the characters of \\s as whitespace', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code)))
        disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });
});
