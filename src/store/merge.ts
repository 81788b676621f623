/**
 * How a re-save combines what was stored with what was just extracted. Pure: no IndexedDB here.
 */
import type { Article, ExtractedArticle } from '../shared/article.ts';
import { toIsoWithOffset, toIsoWithOffsetMs } from '../shared/iso-date.ts';
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
export function mayReplace(
  stored: Pick<Article, 'url' | 'fetch'>,
  incoming: Pick<ExtractedArticle, 'url'>,
): boolean {
  // A link record waiting for its page holds no text to protect, and its page may redirect elsewhere.
  if (stored.fetch) return true;
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
export function imageUrlsOf(article: Pick<ExtractedArticle, 'contentHtml' | 'leadImage'>): Set<string> {
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
  return { ...extracted, savedAt: toIsoWithOffsetMs(now) };
}

/** The reader's own fields, which a re-save carries over as they are (highlights are re-anchored after). */
const KEPT_USER_FIELDS = [
  'read',
  'readingPosition',
  'favourite',
  'archived',
  'note',
  'highlights',
  'highlightTombstones',
] as const satisfies ReadonlyArray<keyof Article>;

/**
 * A re-save: new content, but the first `savedAt`, the user's own edits and the offline images that
 * the new content still shows are kept. A link record's (`fetch` set) tags came from the service it
 * was imported from: they stay, with the extracted ones after them, and `fetch` goes.
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
    tags: edited.includes('tags')
      ? stored.tags
      : stored.fetch
        ? [...new Set([...(stored.tags ?? []), ...extracted.tags])]
        : extracted.tags,
  };
  if (stored.infoCode && !merged.infoCode) merged.infoCode = stored.infoCode;
  const kept = merged as Record<(typeof KEPT_USER_FIELDS)[number], unknown>;
  for (const field of KEPT_USER_FIELDS) if (stored[field] !== undefined) kept[field] = stored[field];
  if (edited.length) merged.editedFields = [...edited];
  const shown = stored.imagesStored?.filter((u) => stillShown.has(u));
  if (shown?.length) merged.imagesStored = shown;
  const failed = stored.imagesFailed?.filter((f) => stillShown.has(f.url));
  if (failed?.length) merged.imagesFailed = failed;
  return merged;
}
