/** schema.org `NewsArticle` (and kin) from `<script type="application/ld+json">`. */

/**
 * schema.org's `Article` and every type under it (a Tumblr post is a `SocialMediaPosting`, a forum thread a
 * `DiscussionForumPosting`), and `WebPage` as the last resort.
 */
const ARTICLE_TYPES = new RegExp(
  '^(?:' +
    [
      'Article',
      'AdvertiserContentArticle',
      'NewsArticle',
      'AnalysisNewsArticle',
      'AskPublicNewsArticle',
      'BackgroundNewsArticle',
      'OpinionNewsArticle',
      'ReportageNewsArticle',
      'ReviewNewsArticle',
      'Report',
      'SatiricalArticle',
      'ScholarlyArticle',
      'MedicalScholarlyArticle',
      'SocialMediaPosting',
      'BlogPosting',
      'LiveBlogPosting',
      'DiscussionForumPosting',
      'TechArticle',
      'APIReference',
      'WebPage',
    ].join('|') +
    ')$',
);

/** A type written as a term, an IRI (`http://schema.org/NewsArticle`) or a prefixed name (`schema:Article`). */
const typeName = (type: unknown) => String(type).replace(/^.*[/:#]/, '');

export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  section?: string;
  description?: string;
  image?: string;
  url?: string;
  lang?: string;
}

type Json = Record<string, unknown>;

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object') return nameOf((value as Json).name);
  return undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return urlOf(value[0]);
  if (value && typeof value === 'object') return urlOf((value as Json).url);
  return undefined;
}

/**
 * A CDATA wrapper around the JSON (`<![CDATA[ … ]]>`, bare or behind `//` as old XHTML advice has it):
 * sites still ship it, and it is no part of the JSON.
 */
const CDATA_WRAPPER = /^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g;

function candidates(data: unknown): Json[] {
  if (Array.isArray(data)) return data.flatMap(candidates);
  if (!data || typeof data !== 'object') return [];
  const obj = data as Json;
  return [obj, ...candidates(obj['@graph'])];
}

/** The first article-like JSON-LD object on the page; malformed blocks are skipped. */
export function readJsonLd(doc: Document): JsonLdArticle | undefined {
  const found: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      found.push(...candidates(JSON.parse((script.textContent ?? '').replace(CDATA_WRAPPER, ''))));
    } catch {
      // Sites ship broken JSON-LD; the other sources still apply.
    }
  }
  const types = (o: Json) => [o['@type']].flat().map(typeName);
  const article =
    found.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ??
    found.find((o) => types(o).includes('WebPage'));
  if (!article) return undefined;
  return {
    headline: nameOf(article.headline) ?? nameOf(article.name),
    datePublished: nameOf(article.datePublished) ?? nameOf(article.dateCreated),
    author: nameOf(article.author),
    publisher: nameOf(article.publisher),
    section: nameOf(article.articleSection),
    description: nameOf(article.description),
    image: urlOf(article.image),
    url: urlOf(article.mainEntityOfPage) ?? urlOf(article.url),
    lang: nameOf(article.inLanguage),
  };
}
