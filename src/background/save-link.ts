import browser from 'webextension-polyfill';
import type { Outcome } from '../shared/failure.ts';
import type { SaveReceipt } from '../shared/messages.ts';
import { saveFromTab } from './save-from-tab.ts';

/** Loading a linked page in the background; share pages then render their article with script. */
const SAVE_LINK = {
  /** Pages that have not finished loading by then are treated as unreachable. */
  loadTimeoutMs: 30_000,
} as const;

/**
 * Tabs this worker opened to save a link (Save link, the fetch queue): they must never be navigated to
 * the reader or shown a notice.
 */
export const backgroundTabs = new Set<number>();

export function isBackgroundSaveTab(tabId: number | undefined): boolean {
  return tabId !== undefined && backgroundTabs.has(tabId);
}

export function waitForLoad(tabId: number, timeoutMs: number = SAVE_LINK.loadTimeoutMs): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      browser.tabs.onUpdated.removeListener(listener);
      reject(new Error('timeout'));
    }, timeoutMs);
    const listener = (id: number, change: { status?: string }): void => {
      if (id !== tabId || change.status !== 'complete') return;
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    browser.tabs.onUpdated.addListener(listener);
    // It may have finished before the listener was in place.
    void browser.tabs.get(tabId).then((tab) => {
      if (tab.status === 'complete' && tab.url !== 'about:blank') listener(tabId, { status: 'complete' });
    }, reject);
  });
}

/**
 * Saves the page at `url` without leaving the current one: the link loads in an inactive tab (so
 * script-rendered share pages work as in a visit), is extracted and saved, and the tab is closed.
 */
export async function saveLink(
  url: string,
  opener?: { windowId?: number; index?: number },
): Promise<Outcome<SaveReceipt>> {
  if (!/^https?:\/\//i.test(url)) return { ok: false, error: { code: 'not-a-web-page' } };
  const tab = await browser.tabs.create({
    url,
    active: false,
    windowId: opener?.windowId,
    index: opener?.index === undefined ? undefined : opener.index + 1,
  });
  const tabId = tab.id;
  if (tabId === undefined) return { ok: false, error: { code: 'no-access', detail: 'no tab id' } };
  backgroundTabs.add(tabId);
  try {
    await waitForLoad(tabId);
    return await saveFromTab(tabId);
  } catch (error) {
    return { ok: false, error: { code: 'timeout', detail: String(error) } };
  } finally {
    backgroundTabs.delete(tabId);
    await browser.tabs.remove(tabId).catch(() => undefined);
  }
}
