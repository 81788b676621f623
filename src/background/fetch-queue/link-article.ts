/**
 * The extracted page as the save of an imported link: when the site redirected (http to https, a short
 * link, a mobile host), the article keeps the imported address as its `url`, so the save finds the link's
 * record and completes it, and the address it was read from becomes its canonical one.
 */
import type { ExtractedArticle } from '../../shared/article.ts';
import { urlKeysOf } from '../../shared/url-key.ts';

export function asLinkArticle(extracted: ExtractedArticle, linkUrl: string): ExtractedArticle {
  const linkKeys = new Set(urlKeysOf({ url: linkUrl }));
  if (urlKeysOf(extracted).some((key) => linkKeys.has(key))) return extracted;
  return { ...extracted, url: linkUrl, canonicalUrl: extracted.canonicalUrl ?? extracted.url };
}
