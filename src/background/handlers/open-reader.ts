import browser from 'webextension-polyfill';
import type { Handler } from '../route.ts';

export function readerUrl(id: string): string {
  return browser.runtime.getURL(`reader.html?id=${encodeURIComponent(id)}`);
}

/** Opens a saved article in the reader, in a tab next to the one that asked. */
export const openReader: Handler<'openReader'> = async ({ id }, sender) => {
  const index = sender.tab?.index === undefined ? undefined : sender.tab.index + 1;
  await browser.tabs.create({ url: readerUrl(id), index, windowId: sender.tab?.windowId });
  return { ok: true, value: null };
};
