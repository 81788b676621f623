import { describe, expect, it } from 'vitest';

import { QUOTE_CONTEXT_CHARS, describeRange } from '../../../src/annotations/describe.ts';

const TEXT =
  '为巩固经济恢复基础，支持实体经济发展，促进综合融资成本稳中有降，' +
  '中国人民银行12月6日宣布，决定于2021年12月15日下调金融机构存款准备金率0.5个百分点。' +
  '此次降准共计释放长期资金约1.2万亿元，进一步优化金融机构的资金结构。';

describe('describeRange', () => {
  it('keeps the selection verbatim with 32 characters of context on each side', () => {
    const start = TEXT.indexOf('下调');
    const end = start + '下调金融机构存款准备金率'.length;
    const selectors = describeRange(TEXT, start, end);
    expect(QUOTE_CONTEXT_CHARS).toBe(32);
    expect(selectors?.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: '下调金融机构存款准备金率',
      prefix: TEXT.slice(start - 32, start),
      suffix: TEXT.slice(end, end + 32),
    });
    expect(selectors?.quote.prefix).toHaveLength(32);
    expect(selectors?.quote.suffix).toHaveLength(32);
    expect(selectors?.position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('gives shorter context at the edges of the text', () => {
    const selectors = describeRange(TEXT, 0, 6);
    expect(selectors?.quote.exact).toBe('为巩固经济恢');
    expect(selectors?.quote.prefix).toBe('');
    const tail = describeRange(TEXT, TEXT.length - 5, TEXT.length);
    expect(tail?.quote.suffix).toBe('');
    expect(tail?.quote.prefix).toBe(TEXT.slice(TEXT.length - 37, TEXT.length - 5));
  });

  it('leaves whitespace at the ends of the selection out of the quote and the position', () => {
    const text = '第一段。\n\n第二段的内容。\n';
    const selectors = describeRange(text, 4, text.length);
    expect(selectors?.quote.exact).toBe('第二段的内容。');
    expect(selectors?.position).toEqual({ type: 'TextPositionSelector', start: 6, end: text.length - 1 });
    expect(selectors?.quote.prefix).toBe('第一段。\n\n');
    expect(selectors?.quote.suffix).toBe('\n');
  });

  it.each([
    ['an empty range', 3, 3],
    ['a reversed range', 5, 2],
    ['a start before the text', -1, 4],
    ['an end after the text', 2, TEXT.length + 1],
    ['offsets that are not integers', 1.5, 4],
  ])('describes nothing for %s', (_name, start, end) => {
    expect(describeRange(TEXT, start, end)).toBeUndefined();
  });

  it('describes nothing for a selection of only whitespace, U+3000 included', () => {
    const text = '甲。 \n\u3000乙。';
    expect(describeRange(text, 2, 5)).toBeUndefined();
  });

  it('never cuts a character outside the Basic Multilingual Plane in half', () => {
    const rare = '𠀀'; // U+20000, two code units
    const text = `${'前'.repeat(31)}${rare}选中的字${rare}${'后'.repeat(31)}`;
    const start = 31 + 2;
    const selectors = describeRange(text, start - 1, start + 4 + 1);
    expect(selectors?.quote.exact).toBe(`${rare}选中的字${rare}`);
    // 32 code units back would start inside nothing split here, but the prefix must not hold a lone half.
    for (const part of [selectors?.quote.prefix ?? '', selectors?.quote.suffix ?? '']) {
      expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    const cutContext = `${rare}${'前'.repeat(31)}词${'后'.repeat(31)}${rare}`;
    const at = cutContext.indexOf('词');
    const around = describeRange(cutContext, at, at + 1);
    expect(around?.quote.prefix).toBe('前'.repeat(31));
    expect(around?.quote.suffix).toBe('后'.repeat(31));
  });
});
