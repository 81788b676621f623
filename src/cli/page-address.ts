/**
 * The address a saved page is extracted as. The id and relative links come from it, so a file path
 * (`file:///home/…`) would make ids that differ per machine and drop every relative link: without
 * `--url`, only the page's own absolute canonical address is accepted in its place.
 */
import { isAbsoluteHttpUrl } from './args.ts';

/** A site's front page (`/`, `/index.html`) names no article: templates set it as canonical everywhere. */
function isFrontPage(url: URL): boolean {
  return !url.search && /^\/(index\.\w+)?$/i.test(url.pathname);
}

/** `<link rel="canonical">`, else `og:url`, when absolute http(s) and not the site's front page. */
export function declaredAddress(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
  ];
  for (const raw of candidates) {
    const value = raw?.trim();
    if (value && isAbsoluteHttpUrl(value) && !isFrontPage(new URL(value))) return new URL(value).href;
  }
  return undefined;
}
