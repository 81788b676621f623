// The excerpt rule (src/extract/text.ts `excerptOf`): the page's own summary, unless it only repeats the
// headline, else the head of the text. Portals often copy the title into their description.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';
import { excerptOf } from '../../../src/extract/text.ts';

const TITLE = '北向资金持续流入 在大金融板块现分歧';
const TEXT = '周一大盘震荡反弹。截至收盘，沪指微涨0.04%，深成指涨0.37%。\n沪深两市今日成交额8642亿。';
const TEXT_HEAD = '周一大盘震荡反弹。截至收盘，沪指微涨0.04%，深成指涨0.37%。 沪深两市今日成交额8642亿。';

describe('excerptOf', () => {
  it('keeps a summary that says more than the headline', () => {
    expect(excerptOf('  北向资金连续7个交易日净买入，累计329亿元。 ', TITLE, TEXT)).toBe(
      '北向资金连续7个交易日净买入，累计329亿元。',
    );
  });

  it('takes the text when the summary is the headline, whatever its spacing', () => {
    expect(excerptOf(TITLE, TITLE, TEXT)).toBe(TEXT_HEAD);
    expect(excerptOf('北向资金持续流入在大金融板块现分歧', TITLE, TEXT)).toBe(TEXT_HEAD);
  });

  it('takes the text when the summary is a piece of the headline', () => {
    expect(excerptOf('北向资金持续流入', TITLE, TEXT)).toBe(TEXT_HEAD);
  });

  it('takes the text when there is no summary, or only spaces', () => {
    expect(excerptOf(undefined, TITLE, TEXT)).toBe(TEXT_HEAD);
    expect(excerptOf('  ', TITLE, TEXT)).toBe(TEXT_HEAD);
  });
});

describe('extract: a description that repeats the title', () => {
  const paragraphs = [
    '周一大盘震荡反弹。截至收盘，沪指微涨0.04%，深成指涨0.37%，创业板指反弹至5日均线附近，收涨0.72%。',
    '北向资金延续净买入态势。1月24日，北向资金全天净买入34.53亿元，其中沪股通净买入21.14亿元。',
    '截至目前，北向资金已经连续7个交易日维持净买入态势，累计买入净额高达329.32亿元。',
  ];
  const page = (description: string) =>
    new JSDOM(
      `<!doctype html><html lang="zh-CN"><head><title>${TITLE}</title>` +
        `<meta name="description" content="${description}"></head><body><article><h1>${TITLE}</h1>` +
        `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    ).window.document;
  const url = 'https://finance.example.cn/roll/2022/0124/doc-1.shtml';

  it('starts the excerpt with the article, not the title again', () => {
    const result = extract(page(TITLE), url);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe(TITLE);
    expect(result.article.excerpt.startsWith(paragraphs[0]!.slice(0, 20))).toBe(true);
  });

  it("keeps a description of the page's own", () => {
    const result = extract(page('北向资金连续7个交易日净买入。'), url);
    expect(result.ok && result.article.excerpt).toBe('北向资金连续7个交易日净买入。');
  });
});
