import { describe, expect, it } from 'vitest';

import { anchorHighlight, createAnchorer, fuzzyErrorBudget } from '../../../src/annotations/anchor.ts';
import { describeRange } from '../../../src/annotations/describe.ts';
import type { HighlightSelectors } from '../../../src/annotations/types.ts';

const PARAGRAPHS = [
  '中国人民银行决定于2021年12月15日下调金融机构存款准备金率0.5个百分点。',
  '此次降准是货币政策的常规操作，共计释放长期资金约1.2万亿元。',
  '人民银行有关负责人表示，降准释放的部分资金将被金融机构用于归还到期的中期借贷便利。',
  '稳健的货币政策保持灵活适度，保持流动性合理充裕，增强信贷总量增长的稳定性。',
];

/** Selectors for the first occurrence of `quote` in `text`. */
function select(text: string, quote: string, occurrence = 0): HighlightSelectors {
  let at = -1;
  for (let n = 0; n <= occurrence; n += 1) at = text.indexOf(quote, at + 1);
  const selectors = describeRange(text, at, at + quote.length);
  if (!selectors) throw new Error(`test setup: "${quote}" is not in the text`);
  return selectors;
}

describe('anchorHighlight', () => {
  const saved = PARAGRAPHS.join('\n');
  const quote = '降准释放的部分资金将被金融机构用于归还';

  it('uses the stored position while the text there is still the quote', () => {
    const selectors = select(saved, quote);
    expect(anchorHighlight(saved, selectors)).toEqual({
      start: selectors.position.start,
      end: selectors.position.end,
      how: 'position',
    });
  });

  it('finds the quote in the same text split differently (other paragraph joins, other offsets)', () => {
    const selectors = select(saved, quote);
    for (const resplit of [PARAGRAPHS.join(''), PARAGRAPHS.join('\n\n'), PARAGRAPHS.join(' \n ')]) {
      const anchor = anchorHighlight(resplit, selectors);
      expect(anchor?.how).toBe('exact');
      expect(resplit.slice(anchor?.start, anchor?.end)).toBe(quote);
    }
  });

  it('finds a highlight that crosses paragraphs when the paragraph breaks change', () => {
    const crossing = '约1.2万亿元。\n人民银行有关负责人';
    const selectors = select(saved, crossing);
    const resaved = PARAGRAPHS.join('\r\n\r\n');
    const anchor = anchorHighlight(resaved, selectors);
    expect(anchor?.how).toBe('exact');
    expect(resaved.slice(anchor?.start, anchor?.end)).toBe('约1.2万亿元。\r\n\r\n人民银行有关负责人');
  });

  it('follows the quote when the body is re-saved with a paragraph inserted before it', () => {
    const selectors = select(saved, quote);
    const inserted = '（记者 张三）本报北京12月6日电。';
    const resaved = [inserted, ...PARAGRAPHS].join('\n');
    const anchor = anchorHighlight(resaved, selectors);
    expect(anchor).toEqual({
      start: selectors.position.start + inserted.length + 1,
      end: selectors.position.end + inserted.length + 1,
      how: 'exact',
    });
  });

  it('places a quote whose inside changed by a word with a fuzzy match over the new words', () => {
    const selectors = select(saved, quote);
    const resaved = saved.replace('部分资金', '一部分资金');
    const inserted = '编者按：以下为全文。\n';
    const anchor = anchorHighlight(inserted + resaved, selectors);
    expect(anchor?.how).toBe('fuzzy');
    expect((inserted + resaved).slice(anchor?.start, anchor?.end)).toBe(
      '降准释放的一部分资金将被金融机构用于归还',
    );
  });

  it('places a quote with a word replaced by another of a different length', () => {
    const selectors = select(saved, '稳健的货币政策保持灵活适度，保持流动性合理充裕');
    const resaved = saved.replace('灵活适度', '灵活精准、合理适度');
    const anchor = anchorHighlight(resaved, selectors);
    expect(anchor?.how).toBe('fuzzy');
    expect(resaved.slice(anchor?.start, anchor?.end)).toBe(
      '稳健的货币政策保持灵活精准、合理适度，保持流动性合理充裕',
    );
  });

  describe('a quote that appears twice', () => {
    const text = [
      '一季度，外汇储备规模保持稳定。分析人士认为，人民币汇率保持基本稳定，市场预期平稳。',
      '四季度，出口增速超出预期。分析人士认为，人民币汇率保持基本稳定，跨境资金流动有序。',
    ].join('\n');
    const twice = '人民币汇率保持基本稳定';

    it.each([0, 1])('goes back to occurrence %i by its prefix and suffix after the text moved', (n) => {
      const selectors = select(text, twice, n);
      const moved = `新华社北京电。\n${text}`;
      const anchor = anchorHighlight(moved, selectors);
      expect(anchor?.how).toBe('exact');
      expect(anchor?.start).toBe(selectors.position.start + '新华社北京电。\n'.length);
    });

    it('lets the suffix decide when the prefixes are the same', () => {
      const same = '分析人士认为，汇率稳定，外资流入。分析人士认为，汇率稳定，出口回升。';
      const selectors = select(same, '汇率稳定', 1);
      const moved = `导语。${same}`;
      expect(anchorHighlight(moved, selectors)?.start).toBe(selectors.position.start + 3);
    });

    it('takes the occurrence closest to the stored position when the context says nothing', () => {
      const bare = `${'甲'.repeat(40)}重复${'乙'.repeat(40)}重复${'丙'.repeat(40)}`;
      const selectors: HighlightSelectors = {
        quote: { type: 'TextQuoteSelector', exact: '重复', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 80, end: 82 },
      };
      expect(anchorHighlight(bare, selectors)?.start).toBe(bare.lastIndexOf('重复'));
    });
  });

  it('matches across whitespace and full-width/half-width punctuation differences', () => {
    const original = '央行表示：（一）保持流动性合理充裕；（二）GDP  growth 稳定！';
    const selectors = select(original, '（一）保持流动性合理充裕；（二）GDP  growth');
    const retyped = '央行表示: (一) 保持流动性合理充裕; (二) GDP\u3000growth 稳定!';
    const anchor = anchorHighlight(retyped, selectors);
    expect(anchor?.how).toBe('exact');
    expect(retyped.slice(anchor?.start, anchor?.end)).toBe('(一) 保持流动性合理充裕; (二) GDP\u3000growth');
  });

  it('does not join Latin words that the quote keeps apart', () => {
    const selectors = select('the rapist was caught', 'the rapist');
    expect(anchorHighlight('see therapist now, it helps', selectors)?.how).not.toBe('exact');
  });

  it('is detached (undefined) when the quote is nowhere in the new body', () => {
    const selectors = select(saved, quote);
    const rewritten = PARAGRAPHS.filter((p) => !p.includes(quote)).join('\n');
    expect(anchorHighlight(rewritten, selectors)).toBeUndefined();
    expect(anchorHighlight('', selectors)).toBeUndefined();
  });

  it('is detached when too much of the quote changed, and its context is gone too', () => {
    const selectors = select(saved, quote);
    const budget = fuzzyErrorBudget(quote.length);
    expect(budget).toBe(Math.floor(quote.length / 4));
    const mangled = '降准投放的多数款项会被银行机构拿来偿付';
    expect(anchorHighlight(`无关的开头。${mangled}无关的结尾。`, selectors)).toBeUndefined();
  });

  it('accepts a heavily changed quote only where its prefix or suffix still stands', () => {
    const selectors = select(saved, quote);
    // Four of 19 characters differ: more than half the budget of 4, so the context has to agree.
    const changed = '降准投放的部分资金将被金融机构拿去偿还';
    const inPlace = saved.replace(quote, changed);
    const anchor = anchorHighlight(inPlace, selectors);
    expect(anchor?.how).toBe('fuzzy');
    expect(inPlace.slice(anchor?.start, anchor?.end)).toBe(changed);
    expect(anchorHighlight(`无关的开头。${changed}无关的结尾。`, selectors)).toBeUndefined();
  });

  it('does not place a quote of nothing but whitespace, nor trust an impossible position', () => {
    const blank: HighlightSelectors = {
      quote: { type: 'TextQuoteSelector', exact: ' \n', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 2 },
    };
    expect(anchorHighlight('甲 \n乙', blank)).toBeUndefined();
    const selectors = select(saved, quote);
    const outside = { ...selectors, position: { ...selectors.position, end: saved.length + 5 } };
    expect(anchorHighlight(saved, outside)).toEqual({
      start: selectors.position.start,
      end: selectors.position.end,
      how: 'exact',
    });
  });

  it('picks the right one of hundreds of copies of a one-character quote by its context', () => {
    const saved = PARAGRAPHS.join('\n').repeat(20);
    const at = saved.indexOf('的', saved.length / 2);
    const selectors = describeRange(saved, at, at + 1);
    if (!selectors) throw new Error('test setup: nothing to describe');
    const resaved = `前言。${saved}`;
    expect(anchorHighlight(resaved, selectors)).toEqual({ start: at + 3, end: at + 4, how: 'exact' });
  });
});

describe('createAnchorer', () => {
  it('places every highlight of one body as anchorHighlight does, each by its own method', () => {
    const saved = PARAGRAPHS.join('\n');
    const quotes = ['下调金融机构存款准备金率', '共计释放长期资金约1.2万亿元', '增强信贷总量增长的稳定性'];
    const highlights = quotes.map((quote) => select(saved, quote));
    const resaved = saved.replace('共计释放', '总共一次释放');
    const placeAll = createAnchorer(resaved);
    const anchors = highlights.map((selectors) => placeAll(selectors));
    expect(anchors.map((anchor) => anchor?.how)).toEqual(['position', 'fuzzy', 'exact']);
    expect(anchors).toEqual(highlights.map((selectors) => anchorHighlight(resaved, selectors)));
    expect(resaved.slice(anchors[1]?.start, anchors[1]?.end)).toBe('共一次释放长期资金约1.2万亿元');
  });
});
