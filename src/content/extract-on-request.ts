import browser, { type Runtime } from 'webextension-polyfill';
import { isShareUrl } from '../extract/info-code.ts';
import type { ExtractResult } from '../shared/article.ts';
import { sharePatternsOf } from '../shared/options.ts';
import { loadOptions } from '../shared/options-storage.ts';
import { extractThisPage } from './extract-page.ts';

/** Share pages under the user's own patterns get the share-page wait too; unreadable options leave the infoCode to decide. */
async function isSharePageHere(): Promise<boolean> {
  const options = await loadOptions().catch(() => undefined);
  return isShareUrl(location.href, options && sharePatternsOf(options));
}

/** Answers the background worker's `extractPage` (popup saves, commands, context menu). */
export function listenForExtractRequests(): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Runtime.MessageSender): Promise<ExtractResult> | undefined => {
      // Only this extension can reach a content script's runtime port; checked anyway, as every receiver is.
      if (sender.id !== browser.runtime.id) return undefined;
      if ((message as { type?: unknown } | null)?.type !== 'extractPage') return undefined;
      return isSharePageHere()
        .then(extractThisPage)
        .catch((error: unknown) => ({ ok: false, reason: 'no-article', detail: String(error) }));
    },
  );
}
