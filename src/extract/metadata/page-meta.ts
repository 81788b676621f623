/**
 * Metadata of an arbitrary news page:
 * JSON-LD, then OpenGraph / `article:*` / named meta, then text near the title.
 */
import type { Draft } from '../adapters/types.ts';
import { listOf } from '../../shared/live-list.ts';
import { readBylineName } from './byline-name.ts';
import { readJsonLd } from './json-ld.ts';
import { indexMetaTags, metaContent } from './meta-tags.ts';
import { headlineElement, readNearTitle } from './near-title.ts';
import { readPublishedTime } from './published-time.ts';
import { readSourceElement } from './source-element.ts';
import { readAuthor, readEditor, readSource } from './text-patterns.ts';
import { chooseTitle } from './titles.ts';

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
  /** Dublin Core first, as Readability ranks it: a page that declares it chose it on purpose. */
  author: ['dc:creator', 'dcterm:creator', 'author', 'article:author', 'byl', 'parsely-author'],
  dublinCoreTitle: ['dc:title', 'dcterm:title'],
  /** Social and analytics titles: the same headline written for a share card or a tracker. */
  openGraphTitle: [
    'og:title',
    'weibo:article:title',
    'weibo:webpage:title',
    'twitter:title',
    'parsely-title',
  ],
  section: ['article:section', 'section', 'category'],
  description: [
    'dc:description',
    'dcterm:description',
    'description',
    'og:description',
    'twitter:description',
  ],
  /** `<h1>` elements read as title candidates: a page may spend its first one on the site's logo. */
  maxHeadings: 3,
  urlYear: /\/((?:19|20)\d{2})(?:[/-]?\d{2})/,
  /** Hosts whose titles and dates are Chinese even without a `lang` attribute. */
  chineseHost: /\.(cn|com\.cn)$|eastmoney|sina|qq\.com|163\.com|sohu|ifeng|caixin|yicai|cls\.cn|stcn/i,
} as const;

type Meta = Omit<Draft, 'body' | 'title'> & { title?: string };

function absolute(value: string | undefined, base: URL): string | undefined {
  try {
    return value ? new URL(value, base).href : undefined;
  } catch {
    return undefined;
  }
}

function isChinesePage(doc: Document, url: URL): boolean {
  const lang = doc.documentElement.lang;
  if (lang) return /^zh/i.test(lang);
  return META_RULES.chineseHost.test(url.hostname) || /[\u4e00-\u9fff]/.test(doc.title);
}

/**
 * A declared author as a person's name: `article:author` often holds the author's profile address,
 * which names no one, and a `byl` meta keeps the `By ` of the printed byline (byline-name.ts).
 */
function authorName(declared: string | undefined): string | undefined {
  if (!declared || /^\s*(?:https?:)?\/\//i.test(declared)) return undefined;
  return readBylineName(declared);
}

export function readPageMeta(doc: Document, url: URL): Meta {
  const ld = readJsonLd(doc);
  const tags = indexMetaTags(doc);
  const chinese = isChinesePage(doc, url);
  const title = chooseTitle({
    headline: ld?.headline,
    dublinCore: metaContent(tags, META_RULES.dublinCoreTitle),
    openGraph: metaContent(tags, META_RULES.openGraphTitle),
    document: doc.title,
    headings: listOf(doc.getElementsByTagName('h1'))
      .slice(0, META_RULES.maxHeadings)
      .map((h) => h.textContent ?? ''),
    siteNames: [metaContent(tags, ['og:site_name']), ld?.publisher].filter((n) => n !== undefined),
  });
  const nearTitle = readNearTitle(headlineElement(doc, title));
  const near = nearTitle.text;
  // `MM-DD hh:mm` datelines need a year; news URLs usually carry one (`/2022/0209/`, `/202201/24/`).
  const ctx = { chinese, year: Number(META_RULES.urlYear.exec(url.pathname)?.[1]) || undefined };
  const publishedAt = readPublishedTime(
    doc,
    { jsonLd: ld?.datePublished, meta: metaContent(tags, META_RULES.published), near: nearTitle },
    ctx,
  );
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    metaContent(tags, ['og:url']) ??
    ld?.url;
  return {
    title,
    publishedAt,
    source: metaContent(tags, META_RULES.source) ?? readSource(near) ?? readSourceElement(doc, near),
    section:
      ld?.section ??
      metaContent(tags, META_RULES.section) ??
      metaContent(tags, ['og:site_name']) ??
      ld?.publisher,
    author: authorName(ld?.author) ?? authorName(metaContent(tags, META_RULES.author)) ?? readAuthor(near),
    editor: readEditor(near),
    summary: ld?.description ?? metaContent(tags, META_RULES.description),
    canonicalUrl: absolute(canonical, url),
    leadImage: absolute(ld?.image ?? metaContent(tags, ['og:image', 'twitter:image']), url),
    lang: doc.documentElement.lang || ld?.lang || (chinese ? 'zh-CN' : undefined),
  };
}
