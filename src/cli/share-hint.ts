/**
 * Why a share page can give `no-article` in the CLI: its article is not in the HTML but loaded by the page's
 * script from the site's article-data endpoint (src/extract/share-endpoint.ts), which the CLI never calls.
 */
import { readInfoCode, shareEndpointUrl } from '../extract/index.ts';

/** The endpoint URL a share page's script would call, or undefined when `url` is no share URL. */
export function articleDataUrl(url: string): string | undefined {
  const code = readInfoCode(url);
  if (!code.ok) return undefined;
  return shareEndpointUrl(url, code.code);
}
