/**
 * How a re-save combines what was stored with what was just extracted. Pure: no IndexedDB here.
 */
import type { Article, ExtractedArticle } from '../shared/article.ts';
import { toIsoWithOffset } from '../shared/iso-date.ts';
import { urlMatchesAny } from '../shared/match-pattern.ts';
import { SHARE_SITE_PATTERNS } from '../shared/options.ts';
import { isSameSite } from '../shared/same-site.ts';

function onShareSite(url: string): boolean {
  try {
    return urlMatchesAny(new URL(url), SHARE_SITE_PATTERNS);
  } catch {
    return false;
  }
}

/**
 * Whether a save may replace what is stored under the same id. Any page can carry any infoCode, so a page
 * on another site may not overwrite an article (nothing saved is lost to a hostile page); the same site
 * may, and so may the built-in share sites, which are where infoCodes come from.
 */
export function mayReplace(stored: Pick<Article, 'url'>, incoming: Pick<ExtractedArticle, 'url'>): boolean {
  return isSameSite(stored.url, incoming.url) || onShareSite(incoming.url);
}

/**
 * Which id survives when the same article is stored under two ids (e.g. first saved from a link
 * without an infoCode, then from one with it): the infoCode id wins because it is stable across
 * share links and hosts; otherwise the id already stored wins, so links to it and undo keep working.
 */
export function pickSurvivorId(stored: Article, incoming: ExtractedArticle): string {
  return incoming.infoCode && !stored.infoCode ? incoming.id : stored.id;
}

/** Image URLs an article's content refers to (img src and the lead image). */
function imageUrlsOf(article: Pick<ExtractedArticle, 'contentHtml' | 'leadImage'>): Set<string> {
  const urls = new Set<string>();
  if (article.leadImage) urls.add(article.leadImage);
  for (const m of article.contentHtml.matchAll(
    /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi,
  )) {
    const src = (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&');
    if (src) urls.add(src);
  }
  return urls;
}

/** A first save: the extracted record plus the fields the library adds. */
export function newArticle(extracted: ExtractedArticle, now: Date): Article {
  return { ...extracted, savedAt: toIsoWithOffset(now) };
}

/**
 * A re-save: new content, but the first `savedAt`, the user's own edits and the offline images that
 * the new content still shows are kept.
 */
export function mergeArticle(
  stored: Article,
  extracted: ExtractedArticle,
  now: Date,
  id = stored.id,
): Article {
  const edited = stored.editedFields ?? [];
  const stillShown = imageUrlsOf(extracted);
  const merged: Article = {
    ...extracted,
    id,
    savedAt: stored.savedAt,
    updatedAt: toIsoWithOffset(now),
    category: edited.includes('category') ? stored.category : extracted.category,
    tags: edited.includes('tags') ? stored.tags : extracted.tags,
  };
  if (stored.infoCode && !merged.infoCode) merged.infoCode = stored.infoCode;
  if (stored.read !== undefined) merged.read = stored.read;
  if (stored.readingPosition !== undefined) merged.readingPosition = stored.readingPosition;
  if (edited.length) merged.editedFields = [...edited];
  const kept = stored.imagesStored?.filter((u) => stillShown.has(u));
  if (kept?.length) merged.imagesStored = kept;
  const failed = stored.imagesFailed?.filter((f) => stillShown.has(f.url));
  if (failed?.length) merged.imagesFailed = failed;
  return merged;
}
