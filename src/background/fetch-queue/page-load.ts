/**
 * Loads one link the way Save link does, without saving it: in an inactive, muted tab (share pages render
 * their article with script), extracted by the content script, the tab closed afterwards.
 */
import browser from 'webextension-polyfill';
import type { ExtractedArticle } from '../../shared/article.ts';
import type { Failure } from '../../shared/failure.ts';
import { extractFromTab } from '../save-from-tab.ts';
import { backgroundTabs, waitForLoad } from '../save-link.ts';
import { QUEUE_LIMITS } from './settings.ts';
import { forgetTab, rememberTab } from './tab-ledger.ts';

export type PageResult =
  | { ok: true; article: ExtractedArticle }
  /** `finalUrl`: where the tab ended up (a sign-in page the site redirected to, say). */
  | { ok: false; error: Failure; finalUrl?: string };

export async function loadAndExtract(url: string): Promise<PageResult> {
  const tab = await browser.tabs.create({ url, active: false });
  const tabId = tab.id;
  if (tabId === undefined) return { ok: false, error: { code: 'unexpected', detail: 'no tab id' } };
  backgroundTabs.add(tabId);
  await rememberTab(tabId, url);
  try {
    await browser.tabs.update(tabId, { muted: true }).catch(() => undefined);
    try {
      await waitForLoad(tabId, QUEUE_LIMITS.loadTimeoutMs);
    } catch (error) {
      return { ok: false, error: { code: 'timeout', detail: String(error) } };
    }
    const result = await extractFromTab(tabId);
    if (result.ok) return result;
    const finalUrl = await browser.tabs.get(tabId).then(
      (shown) => shown.url,
      () => undefined,
    );
    return { ok: false, error: result.error, finalUrl };
  } finally {
    backgroundTabs.delete(tabId);
    await browser.tabs.remove(tabId).catch(() => undefined);
    await forgetTab(tabId);
  }
}
