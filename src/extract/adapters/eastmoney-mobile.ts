/**
 * East Money mobile pages, `emwap.eastmoney.com/news/info/detail/<code>`.
 * Known: `.atitle`, `.digest_content`, `article#zwtext`. Assumed: the time and source line under the title.
 */
import { infoCodeFromArticleUrl, yearOfInfoCode } from '../info-code.ts';
import { parseDate } from '../metadata/dates.ts';
import { readSource } from '../metadata/text-patterns.ts';
import { textOf, withoutSourceLabel } from './helpers.ts';
import type { Adapter } from './types.ts';

const MOBILE = {
  host: /^emwap\.eastmoney\.com$/i,
  path: /^\/news\/info\/detail\/\d{18}/,
  title: '.atitle',
  info: '.ainfo, .article-info, .atime',
  source: '.asource, .source',
  summary: '.digest_content',
  body: 'article#zwtext, #zwtext',
} as const;

export const eastmoneyMobile: Adapter = {
  id: 'eastmoney-mobile',
  matches: (url, doc) =>
    (MOBILE.host.test(url.hostname) && MOBILE.path.test(url.pathname)) ||
    doc.getElementById('zwtext')?.localName === 'article',
  extract(doc, url) {
    const body = doc.querySelector(MOBILE.body);
    const title = textOf(doc.querySelector(MOBILE.title));
    if (!body || !title) return 'no-article';
    // The detail path carries the bare 18-digit code, like the desktop article pages.
    const code = /(\d{18})/.exec(url.pathname)?.[1];
    const infoCode = code
      ? infoCodeFromArticleUrl(`https://finance.eastmoney.com/a/${code}.html`)
      : undefined;
    const info = textOf(doc.querySelector(MOBILE.info));
    const sourceEl = textOf(doc.querySelector(MOBILE.source));
    return {
      title,
      body,
      infoCode,
      publishedAt: parseDate(info, { chinese: true, year: yearOfInfoCode(infoCode) }),
      source: readSource(info) ?? (withoutSourceLabel(sourceEl) || undefined),
      summary: textOf(doc.querySelector(MOBILE.summary)) || undefined,
      lang: doc.documentElement.lang || 'zh-CN',
    };
  },
};
