import browser from 'webextension-polyfill';
import { readInfoCode } from '../extract/info-code.ts';
import { t } from '../shared/i18n.ts';
import { findSavedId, sharedLibrary } from '../store/index.ts';

const BADGE = {
  savedText: '✓',
  failedText: '!',
  savedColor: '#2e7d32',
  failedColor: '#c62828',
  /** A save-link result is shown on the current tab this long, then the tab's own state returns. */
  flashMs: 5_000,
} as const;

/** Marks a tab whose page is in the library (or clears the mark). */
export async function setSavedBadge(tabId: number, saved: boolean): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE.savedColor });
  await browser.action.setBadgeText({ tabId, text: saved ? BADGE.savedText : '' });
  await browser.action.setTitle({ tabId, title: t(saved ? 'badgeSavedTitle' : 'actionTitle') });
}

/** Looks the tab's URL up in the library and updates its badge; errors only cost the badge. */
async function refreshBadge(tabId: number, url: string | undefined): Promise<void> {
  try {
    if (!url || !/^https?:/i.test(url)) return await setSavedBadge(tabId, false);
    const code = readInfoCode(url);
    const id = await findSavedId(await sharedLibrary(), url, code.ok ? code.code : undefined);
    await setSavedBadge(tabId, id !== undefined);
  } catch {
    // The tab closed meanwhile, or the library is unavailable: nothing to show.
  }
}

/** Shows the outcome of a background save (save link) on a tab for a few seconds. */
export async function flashResult(tabId: number | undefined, ok: boolean, title: string): Promise<void> {
  if (tabId === undefined) return;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: ok ? BADGE.savedColor : BADGE.failedColor });
    await browser.action.setBadgeText({ tabId, text: ok ? BADGE.savedText : BADGE.failedText });
    await browser.action.setTitle({ tabId, title });
    setTimeout(() => {
      void browser.tabs.get(tabId).then(
        (tab) => refreshBadge(tabId, tab.url),
        () => undefined,
      );
    }, BADGE.flashMs);
  } catch {
    // The tab is gone.
  }
}

/** Keeps badges right as tabs navigate. */
export function watchTabsForBadge(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' || change.url) void refreshBadge(tabId, tab.url);
  });
}
