import browser from 'webextension-polyfill';
import type { ExtractedArticle } from '../shared/article.ts';
import type { Failure, Outcome } from '../shared/failure.ts';
import type { SaveReceipt } from '../shared/messages.ts';
import { sendToTab } from './send-to-tab.ts';
import { storeExtracted } from './store-extracted.ts';

/** Extracts whatever article a tab shows (injecting the content script on demand) and saves it. */
export async function saveFromTab(tabId: number): Promise<Outcome<SaveReceipt>> {
  const result = await extractFromTab(tabId);
  return result.ok ? storeExtracted(result.article, tabId) : result;
}

/** The article a tab shows, extracted by the content script (injected on demand), or why there is none. */
export async function extractFromTab(
  tabId: number,
): Promise<{ ok: true; article: ExtractedArticle } | { ok: false; error: Failure }> {
  let tabUrl: string | undefined;
  try {
    tabUrl = (await browser.tabs.get(tabId)).url;
  } catch (error) {
    return { ok: false, error: { code: 'no-access', detail: String(error) } };
  }
  if (!tabUrl || !/^https?:\/\//i.test(tabUrl)) return { ok: false, error: { code: 'not-a-web-page' } };

  let injectError: string | undefined;
  try {
    // The content script guards against running twice: injecting into a share page that has it is harmless.
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  } catch (error) {
    // No access to this host (a linked page on a site not allowed): a share page has the manifest's
    // content script already, which answers the request below all the same.
    injectError = String(error);
  }
  const result = await sendToTab(tabId, 'extractPage', {});
  if (result.ok) return result;
  // Nothing received the request: where injecting failed, its error says why.
  if (result.error.code === 'no-access' && injectError !== undefined)
    return { ok: false, error: { code: 'no-access', detail: injectError } };
  return result;
}
