/**
 * Issue #7 §2: what a content script sends is bound to the tab it runs in. A hostile page can make its
 * content script relay any article; it must not be able to file it under another page's or site's address.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractedArticle } from '../../../src/shared/article.ts';

const stored: ExtractedArticle[] = [];
// The store is replaced by a spy: these tests are about what reaches it.
vi.mock('../../../src/background/store-extracted.ts', () => ({
  storeExtracted: (article: ExtractedArticle) => {
    stored.push(article);
    return Promise.resolve({
      ok: true,
      value: { id: article.id, title: article.title, category: article.category, created: true },
    });
  },
}));

const { saveExtracted } = await import('../../../src/background/handlers/save-extracted.ts');

const PAGE = 'https://finance.eastmoney.com/a/202112222222635819.html';
const article: ExtractedArticle = {
  id: 'NW202112222222635819',
  url: PAGE,
  title: '标题',
  category: '南方Plus',
  tags: [],
  excerpt: '摘要',
  contentHtml: '<p>正文</p>',
  textContent: '正文',
  extractor: 'eastmoney-share',
};
const fromTab = (url: string) => ({
  id: 'jianbaoid',
  url,
  tab: { id: 3, index: 0, highlighted: true, active: true, pinned: false, incognito: false, url },
});

beforeEach(() => {
  stored.length = 0;
});

describe('saving what a content script extracted', () => {
  it("stores an article whose address is the sending tab's own", async () => {
    expect(await saveExtracted({ article }, fromTab(PAGE))).toMatchObject({ ok: true });
    expect(stored.map((a) => a.url)).toEqual([PAGE]);
  });

  it('refuses an article claiming another origin than the tab it came from', async () => {
    const outcome = await saveExtracted(
      { article: { ...article, url: 'https://finance.eastmoney.com/a/1.html' } },
      fromTab('https://evil.example/share?infoCode=NW1'),
    );
    expect(outcome).toMatchObject({ ok: false, error: { code: 'no-access' } });
    expect(stored).toEqual([]);
  });

  it("refuses a canonical address on another site, which would merge into that site's article", async () => {
    const outcome = await saveExtracted(
      { article: { ...article, canonicalUrl: 'https://news.sina.com.cn/c/1.html' } },
      fromTab(PAGE),
    );
    expect(outcome).toMatchObject({ ok: false, error: { code: 'no-access' } });
    expect(stored).toEqual([]);
  });

  it('accepts a canonical address on another host of the same site', async () => {
    const canonicalUrl = 'https://wap.eastmoney.com/a/202112222222635819.html';
    expect(await saveExtracted({ article: { ...article, canonicalUrl } }, fromTab(PAGE))).toMatchObject({
      ok: true,
    });
    expect(stored.map((a) => a.canonicalUrl)).toEqual([canonicalUrl]);
  });
});
