import browser from 'webextension-polyfill';
import type { ExtractResult } from '../../shared/article.ts';
import type { Envelope } from '../../shared/messages.ts';
import { isExtractedArticle } from '../../shared/validate-article.ts';
import type { Handler } from '../route.ts';
import { storeExtracted } from '../store-extracted.ts';

/** The popup (or a command) asks to save whatever article a tab shows. */
export const saveTab: Handler<'saveTab'> = async ({ tabId }) => {
  let tabUrl: string | undefined;
  try {
    tabUrl = (await browser.tabs.get(tabId)).url;
  } catch (error) {
    return { ok: false, error: { code: 'no-access', detail: String(error) } };
  }
  if (!tabUrl || !/^https?:\/\//i.test(tabUrl)) return { ok: false, error: { code: 'not-a-web-page' } };

  let result: ExtractResult;
  try {
    // The content script guards against running twice, so injecting into a share page that has it is harmless.
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
    const request: Envelope<'extractPage', Record<string, never>> = { type: 'extractPage', payload: {} };
    result = (await browser.tabs.sendMessage(tabId, request)) as ExtractResult;
  } catch (error) {
    return { ok: false, error: { code: 'no-access', detail: String(error) } };
  }
  if (!result || typeof result !== 'object') return { ok: false, error: { code: 'unexpected', detail: 'no answer from the page' } };
  if (!result.ok) return { ok: false, error: { code: result.reason, detail: result.detail } };
  if (!isExtractedArticle(result.article)) return { ok: false, error: { code: 'unexpected', detail: 'malformed article' } };
  return storeExtracted(result.article);
};
