/**
 * Blog mirrors of East Money articles (the Jekyll site behind the corpus): a post whose body ends with the
 * share link (or the East Money article link). Known from the corpus: the markdown; assumed: the theme's
 * HTML (Jekyll minima: `.post-title`, `time.dt-published`, `.post-content`, category and tag links).
 */
import { infoCodeFromArticleUrl, readInfoCode } from '../info-code.ts';
import { parseDate } from '../metadata/dates.ts';
import { textOf } from './helpers.ts';
import type { Adapter } from './types.ts';

const MIRROR = {
  content: '.post-content, .e-content, article.post .entry-content',
  title: '.post-title, .p-name, article h1, h1',
  time: 'time[datetime], .post-meta time, .post-date',
  category: '.post-categories a, .post-meta a[href*="/category/"], a.category',
  shareLink: 'a[href*="NewsShare.html"], a[href*="infoCode="]',
  articleLink: 'a[href*="eastmoney.com/"]',
} as const;

function codeFromLinks(content: Element): { code?: string; link?: Element } {
  for (const a of content.querySelectorAll(`${MIRROR.shareLink}, ${MIRROR.articleLink}`)) {
    const href = a.getAttribute('href') ?? '';
    const share = readInfoCode(href);
    const code = share.ok ? share.code : infoCodeFromArticleUrl(href);
    if (code) return { code, link: a };
  }
  return {};
}

/** The paragraph that holds only the source link: a pointer, not content. */
function linkBlock(link: Element | undefined): Element | undefined {
  const block = link?.closest('p, div');
  return block && textOf(block) === textOf(link) ? block : undefined;
}

/**
 * The parts of a post body that are not body text: the link paragraph and the rolling feed's `> digest`
 * line, which renders as a leading blockquote (a summary).
 */
function partsOf(content: Element): { code?: string; link?: Element; digest?: Element } {
  const { code, link } = codeFromLinks(content);
  const block = linkBlock(link);
  let lead = content.firstElementChild;
  if (lead && lead === block) lead = lead.nextElementSibling;
  return { code, link: block, digest: lead?.localName === 'blockquote' && textOf(lead) ? lead : undefined };
}

export const blogMirror: Adapter = {
  id: 'blog-mirror',
  matches: (_url, doc) => {
    const content = doc.querySelector(MIRROR.content);
    return !!content?.querySelector(`${MIRROR.shareLink}, ${MIRROR.articleLink}`);
  },
  extract(doc) {
    const body = doc.querySelector(MIRROR.content);
    const title = textOf(doc.querySelector(MIRROR.title));
    if (!body || !title) return 'no-article';
    const { code, link, digest } = partsOf(body);
    const time = doc.querySelector(MIRROR.time);
    return {
      title,
      body,
      omit: [link, digest].filter((el): el is Element => !!el),
      infoCode: code,
      publishedAt: parseDate(time?.getAttribute('datetime') ?? textOf(time), { chinese: true }),
      section: textOf(doc.querySelector(MIRROR.category)) || undefined,
      summary: digest ? textOf(digest) : undefined,
      lang: doc.documentElement.lang || 'zh-CN',
    };
  },
};
