/**
 * East Money Choice share pages, `…/html_News/NewsShare.html?infoCode=NW…`, on eastmoney.com and mirrors.
 * Known: the path, the infoCode and the JSON endpoint. Assumed: the DOM ids below (see tests/fixtures/eastmoney-share-*).
 * While the page script has not filled `#newsContent` this says `no-article`, so the app-download prompt
 * around it is never mistaken for the article by the generic path.
 */
import { parseDate } from '../metadata/dates.ts';
import { readArticleSource } from '../metadata/text-patterns.ts';
import { readInfoCode } from '../info-code.ts';
import type { Adapter } from './types.ts';

const SHARE = {
  path: /\/html_News\/NewsShare\.html$/i,
  title: '#newsTitle, .article-title, .news-title, h1',
  time: '#newsTime, .article-time, .news-time, .time',
  source: '#newsSource, .article-source, .news-source, .source',
  body: '#newsContent, .article-body, .news-content',
} as const;

const text = (doc: Document, selector: string) => doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The infoCode's yyyymmdd gives the year when a page prints only `MM-DD hh:mm`. */
export function yearOfInfoCode(code: string | undefined): number | undefined {
  return code ? Number(code.slice(2, 6)) : undefined;
}

export const eastmoneyShare: Adapter = {
  id: 'eastmoney-share',
  matches: (url, doc) => SHARE.path.test(url.pathname) || !!doc.querySelector('#newsContent'),
  extract(doc, url) {
    const body = doc.querySelector(SHARE.body);
    const title = text(doc, SHARE.title);
    if (!body || !title || !body.textContent?.trim()) return 'no-article';
    const code = readInfoCode(url.href);
    const infoCode = code.ok ? code.code : undefined;
    const finalSource = [...body.querySelectorAll('.em_media')].map((el) => readArticleSource(el.textContent ?? '')).find(Boolean);
    return {
      title,
      body,
      infoCode,
      publishedAt: parseDate(text(doc, SHARE.time), { chinese: true, year: yearOfInfoCode(infoCode) }),
      source: text(doc, SHARE.source).replace(/^来源\s*[:：]\s*/, '') || finalSource,
      lang: doc.documentElement.lang || 'zh-CN',
    };
  },
};
