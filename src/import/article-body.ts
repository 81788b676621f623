/**
 * A body given in an export file (Omnivore's `content/<slug>.html`, wallabag's `content`) as the record
 * stores it: through the extractor's DOMPurify policy (src/extract/sanitize.ts) with links and images
 * made absolute against the item's URL, and its text read as extraction reads it. The file is as
 * untrusted as a web page.
 */
import { sanitizeToElement } from '../extract/sanitize.ts';
import { blockText, makeExcerpt } from '../extract/text.ts';
import { httpUrl } from '../shared/same-site.ts';
import { ARTICLE_LIMITS } from '../shared/validate-article.ts';
import type { BodyFromHtml } from './to-records.ts';

/**
 * @param win the window whose DOM parses the HTML: the options page's, or jsdom's in tests.
 * @returns undefined for a body with no text and no image, or one too large to store: the item is then
 *   kept as a link, and the fetch queue loads its page.
 */
export function bodyFromHtml(win: Window & typeof globalThis): BodyFromHtml {
  return (html, url) => {
    if (html.length > ARTICLE_LIMITS.maxContentChars) return undefined;
    const holder = sanitizeToElement(html, win, url);
    const contentHtml = holder.innerHTML;
    const textContent = blockText(holder);
    const firstImage = holder.querySelector('img')?.getAttribute('src') ?? undefined;
    if (!textContent && !firstImage) return undefined;
    if (contentHtml.length > ARTICLE_LIMITS.maxContentChars) return undefined;
    const leadImage = httpUrl(firstImage, url);
    return { contentHtml, textContent, excerpt: makeExcerpt(textContent), ...(leadImage && { leadImage }) };
  };
}
