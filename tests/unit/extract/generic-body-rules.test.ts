// Body rules of the generic path behind generic-zh-portal-netease-reprint-and-comments: reader-comment
// threads and reprint statements that Readability keeps in the column are not article text; a box whose class
// only contains a junk word (`commentary-body`) is.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';
import type { ExtractedArticle } from '../../../src/shared/article.ts';

const URL_ = 'https://www.example.com/dy/article/ABC123.html';
const ARTICLE =
  '<p>离岸人民币兑美元周三盘中升至6.3512，为2018年以来最高水平，市场人士认为出口结汇需求是主要推手。</p>' +
  '<p>分析人士指出，年末企业结汇需求旺盛，短期内人民币仍将保持强势，但上行空间已经有限。</p>';

function run(column: string, info = '2021-12-08 11:01:43　来源：证券时报'): ExtractedArticle {
  const html = `<!doctype html><html lang="zh-CN"><head><title>人民币升至三年高位_门户</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/finance/">财经</a></div>
<div class="main"><h1>人民币升至三年高位</h1>
<div class="info">${info}</div>
${column}
</div></body></html>`;
  const result = extract(new JSDOM(html, { url: URL_ }).window.document, URL_);
  if (!result.ok) throw new Error(result.error.code);
  return result.article;
}

/** Short articles are where Readability takes the whole column, thread included. */
const SHORT = '<p>离岸人民币兑美元升至6.3512，为2018年以来最高水平，出口结汇需求是主要推手。</p>';
const THREAD_ITEMS =
  '<div class="talk-item"><p>人民币升值对出口企业压力不小，进口企业倒是能受益，各有利弊吧。</p><div>湖北省武汉市网友</div></div>' +
  '<div class="talk-item"><p>升到6.3了，出国旅游的可以准备换汇了，不过现在也出不去啊。</p><div>浙江省杭州市网友</div></div>';

describe('generic path: reader comments', () => {
  it('drops a thread boxed under a comment heading, whatever its class', () => {
    const a = run(
      `<div class="post_body">${SHORT}</div><div class="talk-area"><h3>跟贴 <span>56</span> 参与 <span>1234</span></h3>${THREAD_ITEMS}</div>`,
    );
    expect(a.textContent).toContain('出口结汇需求是主要推手');
    expect(a.textContent).not.toContain('出国旅游');
    expect(a.textContent).not.toContain('网友');
  });

  it('drops an unboxed comment heading and everything after it', () => {
    const a = run(`<div class="post_body">${ARTICLE}<h3>网友评论(128条)</h3>${THREAD_ITEMS}</div>`);
    expect(a.textContent).toContain('上行空间已经有限');
    expect(a.textContent).not.toContain('出国旅游');
  });

  it('keeps an article subheading that starts with 评论', () => {
    const a = run(
      `<div class="post_body">${ARTICLE}<h3>评论：结汇潮还能持续多久</h3><p>从历史经验看，年末结汇高峰通常持续到春节前后，随后季节性回落，汇率波动也会随之加大。</p></div>`,
    );
    expect(a.textContent).toContain('评论：结汇潮还能持续多久');
    expect(a.textContent).toContain('季节性回落');
  });
});

describe('generic path: reprint statements', () => {
  it('drops `本文来源：… 责任编辑：…` after the article without reading its names as bylines', () => {
    const a = run(
      `<div class="post_body">${ARTICLE}<p>本文来源：证券时报\u3000作者：某财经频道 责任编辑：NE0011</p></div>`,
    );
    expect(a.textContent).toContain('上行空间已经有限');
    expect(a.textContent).not.toContain('本文来源');
    expect(a.source).toBe('证券时报');
    expect(a.author).toBeUndefined();
    expect(a.editor).toBeUndefined();
  });

  it('takes the source a reprint statement names when nothing else names one', () => {
    const a = run(`<div class="post_body">${ARTICLE}<p>本文来源：证券时报</p></div>`, '2021-12-08 11:01:43');
    expect(a).toMatchObject({ source: '证券时报', category: '证券时报' });
    expect(a.textContent).not.toContain('本文来源');
  });
});

describe('generic path: class names that only contain a junk word', () => {
  it('keeps an opinion column whose box is named commentary', () => {
    const para = (n: number) =>
      `<p>${n}. Dock workers at the eastern terminal ended a nine-day strike after the operator agreed to a new shift pattern and a pay rise.</p>`;
    const html = `<!doctype html><html lang="en"><head><title>Port strike ends</title></head><body>
<h1>Port strike ends</h1><div class="commentary-body">${[1, 2, 3, 4].map(para).join('')}</div></body></html>`;
    const page = 'https://news.example.com/opinion/port.html';
    const result = extract(new JSDOM(html, { url: page }).window.document, page);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.article.textContent).toContain('4. Dock workers');
  });
});
