// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extract, isShareUrl, readInfoCode, sanitizeHtml } from '../../../src/extract/index.ts';

const win = window;

describe('readInfoCode / isShareUrl', () => {
  it('reads a valid code with any parameter casing', () => {
    expect(readInfoCode('https://x.cn/html_News/NewsShare.html?INFOCODE=nw202112222222635819')).toEqual({
      ok: true,
      code: 'NW202112222222635819',
    });
  });
  it('tells missing from malformed', () => {
    expect(readInfoCode('https://x.cn/a.html')).toEqual({ ok: false, reason: 'missing' });
    expect(readInfoCode('https://x.cn/a?infoCode=NW202113452222635819')).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(readInfoCode('https://x.cn/a?infoCode=NW2021')).toEqual({ ok: false, reason: 'malformed' });
  });
  it('matches built-in patterns only with an infoCode', () => {
    const url = 'https://choice.eastmoney.com/html_News/NewsShare.html?infoCode=NW202112222222635819';
    const builtIn = (withInfoCode: string[]) => ({ withInfoCode, anyPage: [] });
    expect(isShareUrl(url)).toBe(true);
    expect(isShareUrl(url, builtIn(['*://*.eastmoney.com/*']))).toBe(true);
    expect(isShareUrl(url, builtIn(['*://*.example.com/*']))).toBe(false);
    expect(isShareUrl('https://choice.eastmoney.com/', builtIn(['*://*.eastmoney.com/*']))).toBe(false);
    expect(isShareUrl('ftp://x.cn/?infoCode=NW202112222222635819')).toBe(false);
  });
  it('counts any page under a user pattern, with or without an infoCode', () => {
    const patterns = {
      withInfoCode: ['*://*.eastmoney.com/*'],
      anyPage: ['https://news.example.com/share/*'],
    };
    expect(isShareUrl('https://news.example.com/share/2024/0101-abc.html', patterns)).toBe(true);
    expect(isShareUrl('https://news.example.com/share/a?infoCode=NW202112222222635819', patterns)).toBe(true);
    expect(isShareUrl('https://news.example.com/share/a?infoCode=NW2021', patterns)).toBe(true);
    expect(isShareUrl('https://news.example.com/other/a.html', patterns)).toBe(false);
    expect(isShareUrl('http://news.example.com/share/a.html', patterns)).toBe(false);
    expect(isShareUrl('https://choice.eastmoney.com/a.html', patterns)).toBe(false);
  });
});

describe('sanitizeHtml', () => {
  const dirty =
    '<center><p style="color:red" class="em_media" onclick="x()">　a<script>alert(1)</script>' +
    '<a href="javascript:alert(1)">j</a><a href="/rel">r</a></p><img src="data:image/svg+xml;base64,PHN2Zz4="><img src="x.png"></center>';
  it('keeps only allowed markup, absolute http(s) links with rel/target, raster images', () => {
    const out = sanitizeHtml(dirty, win, 'https://news.example.cn/a/1.html');
    expect(out).not.toMatch(/script|style=|class=|onclick|javascript:|svg|center/);
    expect(out).toContain(
      '<a href="https://news.example.cn/rel" rel="noopener noreferrer" target="_blank">r</a>',
    );
    expect(out).toContain('<img src="https://news.example.cn/a/x.png">');
  });
  it('is idempotent', () => {
    const once = sanitizeHtml(dirty, win, 'https://news.example.cn/a/1.html');
    expect(sanitizeHtml(once, win)).toBe(once);
  });
});

describe('extract', () => {
  const url = 'https://news.example.cn/2022/0107/1.html';
  const page = (body: string) =>
    new DOMParser().parseFromString(
      `<html lang="zh-CN"><head><title>标题_腾讯网</title></head><body><h1>标题</h1><div class="c">${body}</div></body></html>`,
      'text/html',
    );
  const para =
    '<p>　　这是一段足够长的正文内容，用来让提取器认为这里有一篇文章。这是一段足够长的正文内容，用来让提取器认为这里有一篇文章。</p>';
  it('does not modify the document, strips indentation, keeps tables and captions', () => {
    const doc = page(
      `${para.repeat(3)}<table><thead><tr><th>指标</th><th>2021</th><th>2022</th></tr></thead><tbody><tr><td>营收</td><td>1.2亿</td><td>1.5亿</td></tr><tr><td colspan="2">净利润</td><td>0.3亿</td></tr><tr><td>毛利率</td><td>21%</td><td>23%</td></tr></tbody></table><figure><img src="/a.jpg"><figcaption>图注</figcaption></figure>`,
    );
    const before = doc.documentElement.outerHTML;
    const r = extract(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.article.contentHtml).not.toContain('<p>　');
    expect(r.article.contentHtml).toContain('<td colspan="2">');
    expect(r.article.contentHtml).toContain('<figcaption>图注</figcaption>');
    expect(r.article.title).toBe('标题');
  });
  it('refuses pages over the size limit and empty share pages', () => {
    expect(extract(page(para.repeat(3)), url, { maxHtmlBytes: 100 })).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
    const share = new DOMParser().parseFromString(
      '<div class="share-wrap"><h1 id="newsTitle"></h1><div id="newsContent"></div></div><div class="app-download">打开APP 阅读全文 打开APP 阅读全文 打开APP 阅读全文 打开APP 阅读全文</div>',
      'text/html',
    );
    expect(
      extract(share, 'https://x.cn/html_News/NewsShare.html?infoCode=NW202112222222635819'),
    ).toMatchObject({ ok: false, error: { code: 'no-article' } });
  });
});
