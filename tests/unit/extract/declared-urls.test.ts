/** A page's own claims about its address and image are untrusted: they decide dedupe and what is fetched. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.ts';

const BODY = '<p>' + '这是一段足够长的新闻正文，用来确认提取器能找到文章。'.repeat(12) + '</p>';

function pageWith(head: string, url: string) {
  const { window } = new JSDOM(
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>标题_示例网</title>${head}</head>` +
      `<body><article><h1>标题</h1>${BODY}${BODY}</article></body></html>`,
    { url },
  );
  const result = extract(window.document, url);
  if (!result.ok) throw new Error(`no article: ${result.error.code}`);
  return result.article;
}

describe('declared URLs', () => {
  it('ignores a canonical URL on another site, so the page cannot claim that article', () => {
    const article = pageWith(
      '<link rel="canonical" href="https://news.example.cn/a/1.html">',
      'https://evil.example/copy.html',
    );
    expect(article.canonicalUrl).toBeUndefined();
    expect(article.id).not.toContain('news.example.cn');
  });

  it('keeps a canonical URL on another host of the same site', () => {
    const article = pageWith(
      '<link rel="canonical" href="https://www.example.cn/a/1.html">',
      'https://m.example.cn/a/1.html',
    );
    expect(article.canonicalUrl).toBe('https://www.example.cn/a/1.html');
  });

  it('takes the id from the canonical URL, so the mobile and desktop copies are one record', () => {
    const mobile = pageWith(
      '<link rel="canonical" href="https://www.example.cn/a/1.html?utm_source=app">',
      'https://m.example.cn/a/1.html?from=share',
    );
    const desktop = pageWith('', 'https://www.example.cn/a/1.html');
    expect(mobile.id).toBe(desktop.id);
    expect(mobile.id).toContain('www.example.cn/a/1.html');
    expect(mobile.url).toBe('https://m.example.cn/a/1.html?from=share');
  });

  it("ignores a canonical URL that is the site's front page, so two articles of that site stay two records", () => {
    for (const front of ['https://news.example.cn/', 'https://www.example.cn', '/index.html']) {
      const first = pageWith(`<link rel="canonical" href="${front}">`, 'https://news.example.cn/a/1.html');
      const second = pageWith(`<link rel="canonical" href="${front}">`, 'https://news.example.cn/a/2.html');
      expect(first.canonicalUrl).toBeUndefined();
      expect(first.id).not.toBe(second.id);
    }
    // A page below the front page is an address like any other.
    expect(
      pageWith('<link rel="canonical" href="/a/1.html">', 'https://news.example.cn/a/1.html?from=app')
        .canonicalUrl,
    ).toBe('https://news.example.cn/a/1.html');
  });

  it('drops javascript: canonical and lead-image URLs', () => {
    const article = pageWith(
      '<link rel="canonical" href="javascript:alert(1)"><meta property="og:image" content="javascript:alert(2)">',
      'https://news.example.cn/a/2.html',
    );
    expect(article.canonicalUrl).toBeUndefined();
    expect(article.leadImage).toBeUndefined();
    expect(article.id).not.toContain('javascript');
  });
});
