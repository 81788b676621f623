/**
 * Metadata of an arbitrary news page:
 * JSON-LD, then OpenGraph / `article:*` / named meta, then text near the title.
 */
import type { Draft } from '../adapters/types.ts';
import { parseDate } from './dates.ts';
import { readJsonLd } from './json-ld.ts';
import { readSourceElement } from './source-element.ts';
import { readAuthor, readEditor, readSource } from './text-patterns.ts';
import { cleanTitle } from './titles.ts';

const META_RULES = {
  published: [
    'article:published_time',
    'og:published_time',
    'publishdate',
    'publish_date',
    'pubdate',
    'publishtime',
    'datePublished',
    'date',
    'dc.date',
    'dc.date.issued',
    'sailthru.date',
    'parsely-pub-date',
  ],
  source: ['article:publisher_name', 'source', 'mediaid', 'og:article:source'],
  author: ['author', 'article:author', 'byl', 'dc.creator'],
  section: ['article:section', 'section', 'category'],
  description: ['description', 'og:description', 'twitter:description'],
  /** Bylines sit right under the headline; further down, `来源：` is as likely to be a quote. */
  nearTitleChars: 300,
  /**
   * Bylines are lines, not sentences: the window ends at the article's first Chinese sentence end, so on a
   * short article the `作者：`/`责任编辑：` of a closing statement or a post-body editor line is not read as
   * the page's byline (generic-zh-portal-netease-reprint-and-comments, generic-zh-portal-tencent-editor-id),
   * nor a `来源：` quoted in the first paragraph.
   */
  nearTitleEnd: /[。！？]/,
  /**
   * The character cap never cuts a name in two (`责任编辑：tencent_editor` read as `tencent_`): it runs on to
   * the end of the word it falls in,
   * for at most as many characters as the longest name a byline accepts (24).
   */
  nearTitleWordEnd: /^\S{0,24}/,
  urlYear: /\/((?:19|20)\d{2})(?:[/-]?\d{2})/,
  /** Hosts whose titles and dates are Chinese even without a `lang` attribute. */
  chineseHost: /\.(cn|com\.cn)$|eastmoney|sina|qq\.com|163\.com|sohu|ifeng|caixin|yicai|cls\.cn|stcn/i,
} as const;

type Meta = Omit<Draft, 'body' | 'title'> & { title?: string };

function metaContent(doc: Document, names: readonly string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(
      `meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`,
    );
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

function absolute(value: string | undefined, base: URL): string | undefined {
  try {
    return value ? new URL(value, base).href : undefined;
  } catch {
    return undefined;
  }
}

/** Text right after the headline: the parent block's text following the `<h1>`, capped. */
function textNearTitle(doc: Document): string {
  const h1 = doc.querySelector('h1');
  if (!h1) return '';
  let text = '';
  // Up to the root element, not past it: `null.textContent` would blank what a short page did find.
  for (
    let el: Element | null = h1;
    el?.parentElement && text.length < META_RULES.nearTitleChars;
    el = el.parentElement
  ) {
    const all = el.parentElement.textContent ?? '';
    const at = all.indexOf(h1.textContent ?? '');
    text = at >= 0 ? all.slice(at + (h1.textContent ?? '').length) : all;
    if (text.trim().length >= 20) break;
  }
  return capNearTitle(text.replace(/\s+/g, ' '));
}

/** `text` up to the first sentence end, then capped at `nearTitleChars` without splitting a word. */
function capNearTitle(text: string): string {
  const end = text.search(META_RULES.nearTitleEnd);
  const lines = end >= 0 ? text.slice(0, end) : text;
  const cap = META_RULES.nearTitleChars;
  if (lines.length <= cap) return lines;
  const rest = META_RULES.nearTitleWordEnd.exec(lines.slice(cap))?.[0] ?? '';
  return lines.slice(0, cap) + rest;
}

function isChinesePage(doc: Document, url: URL): boolean {
  const lang = doc.documentElement.lang;
  if (lang) return /^zh/i.test(lang);
  return META_RULES.chineseHost.test(url.hostname) || /[\u4e00-\u9fff]/.test(doc.title);
}

export function readPageMeta(doc: Document, url: URL): Meta {
  const ld = readJsonLd(doc);
  const chinese = isChinesePage(doc, url);
  const near = textNearTitle(doc);
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  const rawTitle = ld?.headline ?? metaContent(doc, ['og:title', 'twitter:title']) ?? doc.title;
  const title = rawTitle ? cleanTitle(rawTitle, h1) : h1;
  // `MM-DD hh:mm` datelines need a year; news URLs usually carry one (`/2022/0209/`, `/202201/24/`).
  const ctx = { chinese, year: Number(META_RULES.urlYear.exec(url.pathname)?.[1]) || undefined };
  const timeEl = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  const publishedAt =
    parseDate(ld?.datePublished, ctx) ??
    parseDate(metaContent(doc, META_RULES.published), ctx) ??
    parseDate(timeEl, ctx) ??
    parseDate(near, ctx);
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    metaContent(doc, ['og:url']) ??
    ld?.url;
  return {
    title,
    publishedAt,
    source: metaContent(doc, META_RULES.source) ?? readSource(near) ?? readSourceElement(doc, near),
    section:
      ld?.section ??
      metaContent(doc, META_RULES.section) ??
      metaContent(doc, ['og:site_name']) ??
      ld?.publisher,
    author: ld?.author ?? metaContent(doc, META_RULES.author) ?? readAuthor(near),
    editor: readEditor(near),
    summary: ld?.description ?? metaContent(doc, META_RULES.description),
    canonicalUrl: absolute(canonical, url),
    leadImage: absolute(ld?.image ?? metaContent(doc, ['og:image', 'twitter:image']), url),
    lang: doc.documentElement.lang || ld?.lang || (chinese ? 'zh-CN' : undefined),
  };
}
