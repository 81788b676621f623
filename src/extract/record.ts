/** Turns an adapter's draft into the stored record: clean, sanitize, derive id, category, tags, excerpt. */
import type { ExtractedArticle, ExtractResult } from '../shared/article.ts';
import type { Draft } from './adapters/types.ts';
import { dropOrphanHeadings } from './clean.ts';
import { textLowerBound } from './dom.ts';
import { readInfoCode } from './info-code.ts';
import { sanitizeToElement } from './sanitize.ts';
import { serializeBody } from './serialize.ts';
import { blockText, excerptOf } from './text.ts';
import { httpUrl, isSameSite } from '../shared/same-site.ts';
import { urlId } from '../shared/url-key.ts';

const RECORD_RULES = {
  /** Less text than this after cleaning is a prompt or a teaser, not an article. */
  minTextChars: 20,
  /** Real share and article pages are under 1 MB; 5 MB still extracts in well under a second. */
  maxHtmlBytes: 5 * 1024 * 1024,
} as const;

export interface FinishOptions {
  /** Bodies whose HTML is longer than this (UTF-16 units, close to bytes for markup) are refused. */
  maxHtmlBytes?: number;
}

/** `https://host/` (or `/index.html` and the like) with no query: a site's front page. */
function isFrontPage(url: string): boolean {
  const u = new URL(url);
  return !u.search && /^\/(index\.\w+)?$/i.test(u.pathname);
}

/**
 * @param win the page's window: DOMPurify binds to its DOM classes (an inert document has no window).
 */
export function finishDraft(
  draft: Draft,
  url: string,
  extractor: string,
  win: Window & typeof globalThis,
  options: FinishOptions = {},
): ExtractResult {
  const limit = options.maxHtmlBytes ?? RECORD_RULES.maxHtmlBytes;
  // The text alone is a lower bound of the size: refuse before writing; the exact size is checked below.
  const lower = textLowerBound(draft.body);
  if (lower > limit) return { ok: false, error: { code: 'too-large', detail: `text ${lower} > ${limit}` } };
  const { html, facts } = serializeBody(draft.body, new Set(draft.omit));
  const holder = sanitizeToElement(html, win, url);
  // On the sanitized tree: a heading is an orphan only once what followed it is gone.
  dropOrphanHeadings(holder);
  const contentHtml = holder.innerHTML;
  if (contentHtml.length > limit)
    return { ok: false, error: { code: 'too-large', detail: `${contentHtml.length} > ${limit}` } };
  const textContent = blockText(holder);
  // Code points, not UTF-16 units; counted only for short texts, not spread out for a 5 MB body.
  const short =
    textContent.length < 2 * RECORD_RULES.minTextChars && [...textContent].length < RECORD_RULES.minTextChars;
  if (short && !holder.querySelector('img')) {
    return { ok: false, error: { code: 'no-article', detail: `${extractor}: body has no text` } };
  }
  const fromUrl = readInfoCode(url);
  const infoCode = fromUrl.ok ? fromUrl.code : draft.infoCode;
  const source = draft.source || facts.source || undefined;
  const host = new URL(url).hostname;
  // Articles are deduplicated by canonical URL, so a page may only name an http(s) address on its own
  // site: otherwise it could claim (and overwrite) another site's saved article. A canonical that is
  // the site's front page names no article (templates that set it on every page), and taken as the
  // article's address it would make every page of that site one record.
  const declared = httpUrl(draft.canonicalUrl, url);
  const canonical =
    declared && declared !== url && isSameSite(declared, url) && !isFrontPage(declared)
      ? declared
      : undefined;
  const article: ExtractedArticle = {
    id: infoCode ?? urlId(canonical ?? url),
    url,
    title: draft.title.trim(),
    category: source ?? draft.section ?? host,
    tags: source ? [`${source}新闻`] : [],
    excerpt: excerptOf(draft.summary, draft.title, textContent),
    contentHtml,
    textContent,
    extractor,
  };
  const optional: Partial<ExtractedArticle> = {
    infoCode,
    canonicalUrl: canonical,
    publishedAt: draft.publishedAt,
    source,
    author: draft.author,
    editor: draft.editor,
    lang: draft.lang,
    leadImage: httpUrl(draft.leadImage ?? holder.querySelector('img')?.getAttribute('src') ?? undefined, url),
  };
  for (const [key, value] of Object.entries(optional)) if (value) Object.assign(article, { [key]: value });
  return { ok: true, article };
}
