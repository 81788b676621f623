import { isShareUrl } from '../extract/info-code.ts';
import type { ExtractResult } from '../shared/article.ts';
import { sharePatternsOf } from '../shared/options.ts';
import { loadOptions } from '../shared/options-storage.ts';
import { extractThisPage } from './extract-page.ts';

/**
 * Share pages under the user's own patterns get the share-page wait too; unreadable options leave the
 * infoCode to decide.
 */
async function isSharePageHere(): Promise<boolean> {
  const options = await loadOptions().catch(() => undefined);
  return isShareUrl(location.href, options && sharePatternsOf(options));
}

/** The background worker's `extractPage` (popup saves, commands, context menu): this page's article. */
export function extractOnRequest(): Promise<ExtractResult> {
  return isSharePageHere()
    .then(extractThisPage)
    .catch((error: unknown) => ({ ok: false, error: { code: 'no-article', detail: String(error) } }));
}
