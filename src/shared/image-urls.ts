/** Image addresses in sanitized article HTML, without a DOM (the service worker has none). */

const IMG_SRC = /<img\b[^>]*?\ssrc="([^"]*)"/gi;

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

/**
 * Absolute http(s) image URLs in `html`, first appearance first, each once.
 * Relies on the sanitizer's serialization: double-quoted attributes with `&amp;`-escaped values.
 */
export function listImageUrls(html: string, leadImage?: string): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(IMG_SRC)) {
    const url = (match[1] ?? '').replace(/&(amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
    if (/^https?:\/\//i.test(url)) urls.add(url);
  }
  if (leadImage && /^https?:\/\//i.test(leadImage)) urls.add(leadImage);
  return [...urls];
}
