/**
 * The tabs the queue has open, kept in chrome.storage.local: a worker stopped mid-page leaves its tab
 * behind, and the next worker closes it before it starts again. A tab is closed only while it still shows
 * the address it was opened for, so a tab id the browser has since reused for another page is left alone.
 */
import browser from 'webextension-polyfill';
import { QUEUE_STORAGE } from './settings.ts';

type Ledger = Record<string, string>;

let writes: Promise<unknown> = Promise.resolve();

async function read(): Promise<Ledger> {
  const stored = (await browser.storage.local.get(QUEUE_STORAGE.tabs))[QUEUE_STORAGE.tabs];
  return typeof stored === 'object' && stored !== null ? (stored as Ledger) : {};
}

/** One change at a time: two pages load at once, and each read-modify-write must see the other's. */
function update(change: (ledger: Ledger) => void): Promise<void> {
  const next = writes.then(async () => {
    const ledger = await read();
    change(ledger);
    await browser.storage.local.set({ [QUEUE_STORAGE.tabs]: ledger });
  });
  writes = next.catch(() => undefined);
  return next;
}

export const rememberTab = (tabId: number, url: string): Promise<void> =>
  update((ledger) => {
    ledger[tabId] = url;
  });

export const forgetTab = (tabId: number): Promise<void> =>
  update((ledger) => {
    delete ledger[tabId];
  });

/** Closes the tabs a stopped worker left open; never throws. */
export async function closeLeftoverTabs(): Promise<void> {
  try {
    const ledger = await read();
    await Promise.all(
      Object.entries(ledger).map(async ([id, url]) => {
        const tab = await browser.tabs.get(Number(id)).catch(() => undefined);
        if (tab && (tab.url === url || tab.pendingUrl === url)) await browser.tabs.remove(tab.id!);
      }),
    );
    await update((current) => {
      for (const id of Object.keys(ledger)) delete current[id];
    });
  } catch (error) {
    console.warn('[jianbao] fetch queue tabs not closed', error);
  }
}
