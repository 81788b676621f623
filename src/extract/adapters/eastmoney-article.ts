/**
 * East Money article pages: `finance.eastmoney.com/a/<code>.html`, `…/news/<col>,<code>.html` (and other
 * `*.eastmoney.com` channels with the same paths). Known selectors are from issue #3; fixtures mark the rest.
 */
import { infoCodeFromArticleUrl, yearOfInfoCode } from '../info-code.ts';
import { parseDate } from '../metadata/dates.ts';
import { readEditor, readSource } from '../metadata/text-patterns.ts';
import { cleanTitle } from '../metadata/titles.ts';
import { textOf } from './helpers.ts';
import type { Adapter } from './types.ts';

const ARTICLE = {
  host: /(^|\.)eastmoney\.com$/i,
  path: /^\/(a\/\d{18}|news\/\d+,\d{18})\.html$/i,
  title: '.newsContent h1, .title h1, .detail-title',
  /** Older pages: one `.time`; newer ones: several `.infos .item`, the first with a date. */
  time: '.time-source .time, .infos .item, .time',
  sourceAttr: '.source[data-source]',
  sourceImage: '.source img[alt]',
  sourceText: '.time-source .source, .infos .item, .source',
  summary: '.b-review',
  body: '#ContentBody, .txtinfos',
  editor: 'p.res-edit, .res-edit',
} as const;

function readTime(doc: Document, year?: number): string | undefined {
  for (const el of doc.querySelectorAll(ARTICLE.time)) {
    const at = parseDate(textOf(el), { chinese: true, year });
    if (at) return at;
  }
  return undefined;
}

function readSourceName(doc: Document): string | undefined {
  const attr = doc.querySelector(ARTICLE.sourceAttr)?.getAttribute('data-source')?.trim();
  const alt = doc.querySelector(ARTICLE.sourceImage)?.getAttribute('alt')?.trim();
  if (attr || alt) return attr || alt;
  for (const el of doc.querySelectorAll(ARTICLE.sourceText)) {
    const text = textOf(el);
    const found = readSource(text) ?? (el.matches('.source') ? text : undefined);
    if (found) return found;
  }
  return undefined;
}

export const eastmoneyArticle: Adapter = {
  id: 'eastmoney-article',
  matches: (url, doc) =>
    (ARTICLE.host.test(url.hostname) && ARTICLE.path.test(url.pathname)) ||
    !!doc.getElementById('ContentBody'),
  extract(doc, url) {
    const body = doc.querySelector(ARTICLE.body);
    if (!body) return 'no-article';
    const infoCode = infoCodeFromArticleUrl(url.href);
    // The cleaner leaves the `.res-edit` line out of the body; its name is kept here.
    const editorEl = body.querySelector(ARTICLE.editor);
    const editor = editorEl ? readEditor(textOf(editorEl)) : undefined;
    const heading = textOf(doc.querySelector(ARTICLE.title));
    return {
      title: heading || cleanTitle(doc.title),
      body,
      infoCode,
      publishedAt: readTime(doc, yearOfInfoCode(infoCode)),
      // Without one, the cleaner reads the closing `（文章来源：X）` line (pages whose logo has no alt text).
      source: readSourceName(doc),
      editor,
      summary: textOf(doc.querySelector(ARTICLE.summary)).replace(/^摘要\s*/, '') || undefined,
      lang: doc.documentElement.lang || 'zh-CN',
    };
  },
};
