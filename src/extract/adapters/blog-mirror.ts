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
  /**
   * The post's last line links back to its source's category page: `返回南方Plus新闻` →
   * `/category/nanfangPlus.html` (seed 000). X of `返回X新闻` is the source, and so the category. The rolling
   * feed's `返回东财滚动新闻` links to `/emnews/`, a feed, not a source.
   */
  backLink: 'a[href*="/category/"]',
  backLinkText: /^返回\s*(.+)新闻$/,
  /** The mirror's own name, which is never a category (`财经新闻` in the site header). */
  siteName: '.site-title, .site-header .site-name',
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

/** The `返回X新闻` link to a category page and X, on the post or under it. */
function backLink(doc: Document): { link: Element; name: string } | undefined {
  for (const link of doc.querySelectorAll(MIRROR.backLink)) {
    const name = MIRROR.backLinkText.exec(textOf(link))?.[1]?.trim();
    if (name) return { link, name };
  }
  return undefined;
}

/**
 * The post body: the theme's content element, else (a theme this adapter does not know) the element that
 * holds the post's last line, the back link's paragraph, as the markdown puts it after the body.
 */
function postContent(doc: Document): Element | null {
  const themed = doc.querySelector(MIRROR.content);
  if (themed) return themed;
  const block = backLink(doc)?.link.closest('p, div');
  return block?.parentElement ?? null;
}

/** The category the theme prints, unless it is only the mirror's own name. */
function categoryOf(doc: Document): string | undefined {
  const category = textOf(doc.querySelector(MIRROR.category));
  const site = textOf(doc.querySelector(MIRROR.siteName));
  return category && category !== site ? category : undefined;
}

export const blogMirror: Adapter = {
  id: 'blog-mirror',
  matches: (_url, doc) => !!postContent(doc)?.querySelector(`${MIRROR.shareLink}, ${MIRROR.articleLink}`),
  extract(doc) {
    const body = postContent(doc);
    const title = textOf(doc.querySelector(MIRROR.title));
    if (!body || !title) return 'no-article';
    const { code, link, digest } = partsOf(body);
    const time = doc.querySelector(MIRROR.time);
    // The body's closing `（文章来源：X）` line, where there is one, is the article's own word on its source
    // (the shared cleaning reads it); the back link then names the category only.
    const back = backLink(doc)?.name;
    return {
      title,
      body,
      omit: [link, digest].filter((el): el is Element => !!el),
      infoCode: code,
      publishedAt: parseDate(time?.getAttribute('datetime') ?? textOf(time), { chinese: true }),
      source: body.querySelector('.em_media') ? undefined : back,
      section: back ?? categoryOf(doc),
      summary: digest ? textOf(digest) : undefined,
      lang: doc.documentElement.lang || 'zh-CN',
    };
  },
};
