import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article.ts';
import { fromStored, packHtml, toStored, unpackHtml } from '../../../src/store/records.ts';
import { makeExtracted } from './fixtures.ts';

const article = (contentHtml: string, textContent: string): Article =>
  ({ ...makeExtracted({ contentHtml, textContent }), savedAt: '2024-01-01T08:00:00+08:00' });

describe('stored records', () => {
  it('keeps the HTML as tags plus references into the text, and gives back the exact HTML', () => {
    const text = '中国人民银行决定下调存款准备金率。\n\n市场人士认为，此举释放长期资金约1.2万亿元。';
    const html = '<h2>中国人民银行决定下调存款准备金率。</h2><p class="x">市场人士认为，此举释放长期资金约1.2万亿元。</p>';
    const stored = toStored(article(html, text));
    // Every character of text is a reference: tags and attributes stay literal, as stored.
    expect(stored.htmlPacking).toBe(1);
    expect(stored.contentHtml).toBe('<h2>\uE000\uE100\uE211</h2><p class="x">\uE000\uE102\uE217</p>');
    expect(fromStored(stored)).toEqual(article(html, text));
  });

  it('keeps entities, text absent from textContent and odd markup literally', () => {
    const text = 'AT&T 与 <Verizon> 宣布合并，交易金额约为一千亿美元。';
    const html = '<p>AT&amp;T 与 &lt;Verizon&gt; 宣布合并，交易金额约为一千亿美元。</p><p>图片说明不在正文里</p><br><img src="a.jpg" alt="x > y">';
    const packed = packHtml(html, text)!;
    expect(packed).toContain('\uE000');
    expect(packed).toContain('<img src="a.jpg" alt="x > y">'.slice(0, 14));
    expect(unpackHtml(packed, text)).toBe(html);
    expect(fromStored(toStored(article(html, text))).contentHtml).toBe(html);
  });

  it('reads a record stored before v3 (plain contentHtml) as it is', () => {
    const plain = article('<p>明天北京有雨。</p>', '明天北京有雨。');
    expect(fromStored(plain)).toEqual(plain);
  });

  it('round-trips HTML whose text never lines up, empty HTML, and HTML holding Private Use Area characters (kept plain)', () => {
    expect(toStored(article('<p>\uE000\uE100\uE205私用区字符</p>', '\uE000\uE100\uE205私用区字符')).htmlPacking).toBeUndefined();
    for (const [html, text] of [['<p>\uE000\uE100\uE205私用区字符</p>', '\uE000\uE100\uE205私用区字符'], ['<p>甲乙丙丁戊己庚辛</p>', '完全不同的正文内容在这里'], ['', '正文'], ['<p>重复重复重复重复</p><p>重复重复重复重复</p>', '重复重复重复重复']] as const) {
      expect(fromStored(toStored(article(html, text))).contentHtml).toBe(html);
    }
  });
});
