import browser from 'webextension-polyfill';
import { readerPath } from '../../shared/reader-url.ts';
import type { Handler } from '../route.ts';
import { isBackgroundSaveTab } from '../save-link.ts';

export function readerUrl(id: string): string {
  return browser.runtime.getURL(readerPath(id));
}

/** Opens a saved article in the reader: in the sender's tab when asked, else in a tab next to it. */
export const openReader: Handler<'openReader'> = async ({ id, inPlace }, sender) => {
  const tab = sender.tab;
  if (inPlace && tab?.id !== undefined) {
    // A tab opened only to save a link in the background is about to close: never show anything in it.
    if (!isBackgroundSaveTab(tab.id)) await browser.tabs.update(tab.id, { url: readerUrl(id) });
    return { ok: true, value: null };
  }
  const index = tab?.index === undefined ? undefined : tab.index + 1;
  await browser.tabs.create({ url: readerUrl(id), index, windowId: tab?.windowId });
  return { ok: true, value: null };
};
