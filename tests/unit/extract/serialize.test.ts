// The body serializer (src/extract/serialize.ts): one walk over the page's own DOM that applies the cleaning
// rules and writes only what the sanitizer's policy keeps, leaving the page untouched.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/extract/sanitize.ts';
import { serializeBody } from '../../../src/extract/serialize.ts';

const BASE = 'https://finance.example.cn/a/1.html';

function bodyOf(inner: string): { body: Element; window: Window & typeof globalThis } {
  const { window } = new JSDOM(`<!doctype html><body><div id="c">${inner}</div></body>`, { url: BASE });
  return {
    body: window.document.getElementById('c')!,
    window: window as unknown as Window & typeof globalThis,
  };
}

const write = (inner: string, omit?: (body: Element) => Element[]) => {
  const { body } = bodyOf(inner);
  return serializeBody(body, new Set(omit?.(body))).html;
};

describe('serializeBody', () => {
  it("removes the indentation of each block's first words, and only there", () => {
    expect(
      write(
        '<p>\u3000\u3000第一段。\u3000中间的空格留着。</p><div>\n  <p>\u00a0\u00a0第二段</p></div><p><b>\u3000加粗开头</b>\u3000后文</p>',
      ),
    ).toBe('<p>第一段。\u3000中间的空格留着。</p><div><p>第二段</p></div><p><b>加粗开头</b>\u3000后文</p>');
  });

  it('does not carry a pending indent past the end of an empty block', () => {
    expect(write('<p></p>\u3000\u3000正文')).toBe('<p></p>\u3000\u3000正文');
  });

  it('drops junk with its contents and notes the closing source line', () => {
    const { body } = bodyOf(
      '<p>正文在此。</p><div class="share-bar">分享到</div><script>x()</script><p class="em_media">（文章来源：南方Plus）</p>',
    );
    const { html, facts } = serializeBody(body);
    expect(html).toBe('<p>正文在此。</p>');
    expect(facts.source).toBe('南方Plus');
  });

  it('reads junk class names by whole words, and only on boxes', () => {
    const widgets = [
      'share-bar',
      'shareBox',
      'news-recommend',
      'recommended-stories',
      'qrcode-box',
      'comment-item',
      'comments',
      'post_statement',
      'app-download',
    ];
    for (const cls of widgets)
      expect(write(`<p>正文。</p><div class="${cls}">x</div>`), cls).toBe('<p>正文。</p>');
    // Words that only contain a junk word, and the article's own phrasing and quotations, stay.
    const article = [
      '<div class="commentary-body"><p>Analysis.</p></div>',
      '<p class="unrelated-note">Prices are unrelated.</p>',
      '<div class="recommendation"><p>Buy.</p></div>',
      '<p>The report <a href="/r.pdf" class="download-link">can be downloaded</a>.</p>',
      '<blockquote class="statement-quote"><p>We will not accept cuts.</p></blockquote>',
    ];
    for (const html of article) expect(write(html)).toBe(html.replace(/ class="[^"]*"/g, ''));
  });

  it('unwraps elements the policy does not allow and drops the ones whose content is never text', () => {
    expect(
      write(
        '<section><p>甲</p></section><article><font color="red">乙</font></article><video>视频</video><object>插件</object><template><p>模板</p></template><math><mi>x</mi></math>',
      ),
    ).toBe('<p>甲</p>乙');
  });

  it('keeps only allowed attributes, renames h1 and center, and unwraps bare spans', () => {
    expect(
      write(
        '<h1 class="t" onclick="x()">标题</h1><center style="x">居中</center><span class="c">裸</span><span title="注">有注</span><a href="/b" data-x="1" target="_self">链</a>',
      ),
    ).toBe('<h2>标题</h2><div>居中</div>裸<span title="注">有注</span><a href="/b" target="_self">链</a>');
  });

  it('keeps stock names as plain text', () => {
    expect(
      write(
        '<p>港股<span id="Info.116.00700"><a href="http://quote.example.com/hk00700">腾讯控股</a></span>上涨</p>',
      ),
    ).toBe('<p>港股腾讯控股上涨</p>');
  });

  it("puts a lazy image's real address where its placeholder stood, or last when there was none", () => {
    expect(write('<img src="/img/blank.gif" data-src="/img/real.jpg" alt="图">')).toBe(
      '<img src="/img/real.jpg" alt="图">',
    );
    expect(write('<img alt="图" data-original="/img/b.jpg">')).toBe('<img alt="图" src="/img/b.jpg">');
    expect(write('<img alt="图" srcset="/s.jpg 320w, /l.jpg 960w">')).toBe('<img alt="图" src="/l.jpg">');
  });

  it('escapes text and attribute values as the HTML serializer does', () => {
    expect(write('<p title="a &quot;b&quot; &amp; c">1 &lt; 2 &amp;&amp; 3 &gt; 2&nbsp;!</p>')).toBe(
      '<p title="a &quot;b&quot; &amp; c">1 &lt; 2 &amp;&amp; 3 &gt; 2&nbsp;!</p>',
    );
  });

  it('leaves out what the adapter omits', () => {
    expect(
      write('<p>正文</p><p id="link"><a href="/share">原文</a></p>', (b) => [b.querySelector('#link')!]),
    ).toBe('<p>正文</p>');
  });

  it('reads the page without changing it', () => {
    const { body } = bodyOf(
      '<p class="x">\u3000\u3000段落<img src="blank.gif" data-src="/r.jpg"></p><div class="share">分享</div>',
    );
    const before = body.ownerDocument.documentElement.outerHTML;
    serializeBody(body);
    expect(body.ownerDocument.documentElement.outerHTML).toBe(before);
  });

  it('writes a body nested deeper than the call stack allows', () => {
    const doc = bodyOf('').body.ownerDocument;
    // Built bottom-up and left detached: jsdom's own insertion steps recurse once per ancestor.
    let at: Element = doc.createElement('p');
    at.textContent = '最深处';
    for (let i = 0; i < 30_000; i++) {
      const parent = doc.createElement('div');
      parent.appendChild(at);
      at = parent;
    }
    const html = serializeBody(at).html;
    expect(html.startsWith('<div><div>')).toBe(true);
    expect(html).toContain('最深处');
  });

  it('writes nothing DOMPurify would still change, apart from the link attributes it adds', () => {
    const { body, window } = bodyOf(
      '<p class="a" style="b">正文<a href="https://x.example.com/" onclick="y()">链</a></p><ul><li>一</li></ul><table><tbody><tr><td colspan="2">格</td></tr></tbody></table><img src="https://img.example.com/a.png" alt="图" onerror="z()">',
    );
    const html = serializeBody(body).html;
    expect(sanitizeHtml(html, window, BASE)).toBe(
      html.replace(
        '<a href="https://x.example.com/">',
        '<a href="https://x.example.com/" rel="noopener noreferrer" target="_blank">',
      ),
    );
  });
});
