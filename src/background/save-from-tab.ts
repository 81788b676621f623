import browser from 'webextension-polyfill';
import type { ExtractResult } from '../shared/article.ts';
import type { Outcome } from '../shared/failure.ts';
import type { Envelope, SaveReceipt } from '../shared/messages.ts';
import { isExtractedArticle } from '../shared/validate-article.ts';
import { storeExtracted } from './store-extracted.ts';

/** Extracts whatever article a tab shows (injecting the content script on demand) and saves it. */
export async function saveFromTab(tabId: number): Promise<Outcome<SaveReceipt>> {
  let tabUrl: string | undefined;
  try {
    tabUrl = (await browser.tabs.get(tabId)).url;
  } catch (error) {
    return { ok: false, error: { code: 'no-access', detail: String(error) } };
  }
  if (!tabUrl || !/^https?:\/\//i.test(tabUrl)) return { ok: false, error: { code: 'not-a-web-page' } };

  let result: ExtractResult;
  let injectError: unknown;
  try {
    // The content script guards against running twice, so injecting into a share page that has it is harmless.
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  } catch (error) {
    // No access to this host (a linked page on a site not allowed): a share page has the manifest's
    // content script already, which answers the request below all the same.
    injectError = error;
  }
  try {
    const request: Envelope<'extractPage', Record<string, never>> = { type: 'extractPage', payload: {} };
    result = (await browser.tabs.sendMessage(tabId, request)) as ExtractResult;
  } catch (error) {
    return { ok: false, error: { code: 'no-access', detail: String(injectError ?? error) } };
  }
  if (!result || typeof result !== 'object')
    return { ok: false, error: { code: 'unexpected', detail: 'no answer from the page' } };
  if (!result.ok) return { ok: false, error: { code: result.reason, detail: result.detail } };
  if (!isExtractedArticle(result.article))
    return { ok: false, error: { code: 'unexpected', detail: 'malformed article' } };
  return storeExtracted(result.article, tabId);
}
