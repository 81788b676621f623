/**
 * East Money Choice share pages, `…/html_News/NewsShare.html?infoCode=NW…`, on eastmoney.com and mirrors.
 * Known: the path, the infoCode and the JSON endpoint. Assumed: the DOM ids below (see tests/fixtures/eastmoney-share-*).
 * While the page script has not filled `#newsContent` this says `no-article`, so the app-download prompt
 * around it is never mistaken for the article by the generic path.
 */
import { hasText } from '../dom.ts';
import { parseDate } from '../metadata/dates.ts';
import { readInfoCode } from '../info-code.ts';
import type { Adapter } from './types.ts';

const SHARE = {
  path: /\/html_News\/NewsShare\.html$/i,
  title: '#newsTitle, .article-title, .news-title, h1',
  time: '#newsTime, .article-time, .news-time, .time',
  source: '#newsSource, .article-source, .news-source, .source',
  body: '#newsContent, .article-body, .news-content',
} as const;

const text = (doc: Document, selector: string) =>
  doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The infoCode's yyyymmdd gives the year when a page prints only `MM-DD hh:mm`. */
export function yearOfInfoCode(code: string | undefined): number | undefined {
  return code ? Number(code.slice(2, 6)) : undefined;
}

export const eastmoneyShare: Adapter = {
  id: 'eastmoney-share',
  matches: (url, doc) => SHARE.path.test(url.pathname) || !!doc.getElementById('newsContent'),
  extract(doc, url) {
    // Body first and `hasText`: this runs every ~200 ms while the page script has not filled it yet.
    const body = doc.querySelector(SHARE.body);
    if (!body || !hasText(body)) return 'no-article';
    const title = text(doc, SHARE.title);
    if (!title) return 'no-article';
    const code = readInfoCode(url.href);
    const infoCode = code.ok ? code.code : undefined;
    // No source on the page: the cleaner reads the closing `（文章来源：X）` line instead.
    return {
      title,
      body,
      infoCode,
      publishedAt: parseDate(text(doc, SHARE.time), { chinese: true, year: yearOfInfoCode(infoCode) }),
      source: text(doc, SHARE.source).replace(/^来源\s*[:：]\s*/, '') || undefined,
      lang: doc.documentElement.lang || 'zh-CN',
    };
  },
};
