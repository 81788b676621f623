/**
 * East Money Choice share pages, `…/html_News/NewsShare.html?infoCode=NW…`, on eastmoney.com and mirrors.
 * Known: the path, the infoCode and the JSON endpoint. Assumed: the DOM ids below
 * (see tests/fixtures/eastmoney-share-*). While the page script has not filled `#newsContent` this
 * says `no-article`, so the app-download prompt around it is never mistaken for the article by the
 * Readability fallback.
 */
import { hasText } from '../dom.ts';
import { parseDate } from '../metadata/dates.ts';
import { readInfoCode, yearOfInfoCode } from '../info-code.ts';
import { textOf, withoutSourceLabel } from './helpers.ts';
import type { Adapter } from './types.ts';

const SHARE = {
  path: /\/html_News\/NewsShare\.html$/i,
  title: '#newsTitle, .article-title, .news-title, h1',
  time: '#newsTime, .article-time, .news-time, .time',
  source: '#newsSource, .article-source, .news-source, .source',
  body: '#newsContent, .article-body, .news-content',
} as const;

export const eastmoneyShare: Adapter = {
  id: 'eastmoney-share',
  matches: (url, doc) => SHARE.path.test(url.pathname) || !!doc.getElementById('newsContent'),
  extract(doc, url) {
    // Body first and `hasText`: this runs every ~200 ms while the page script has not filled it yet.
    const body = doc.querySelector(SHARE.body);
    if (!body || !hasText(body)) return 'no-article';
    const title = textOf(doc.querySelector(SHARE.title));
    if (!title) return 'no-article';
    const code = readInfoCode(url.href);
    const infoCode = code.ok ? code.code : undefined;
    // No source on the page: the cleaner reads the closing `（文章来源：X）` line instead.
    return {
      title,
      body,
      infoCode,
      publishedAt: parseDate(textOf(doc.querySelector(SHARE.time)), {
        chinese: true,
        year: yearOfInfoCode(infoCode),
      }),
      source: withoutSourceLabel(textOf(doc.querySelector(SHARE.source))) || undefined,
      lang: doc.documentElement.lang || 'zh-CN',
    };
  },
};
