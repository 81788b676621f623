import browser, { type Tabs } from 'webextension-polyfill';
import { describeFailure, type Outcome } from '../shared/failure.ts';
import { t } from '../shared/i18n.ts';
import type { SaveReceipt } from '../shared/messages.ts';
import { flashResult } from './badge.ts';
import { readerUrl } from './handlers/open-reader.ts';
import { saveFromTab } from './save-from-tab.ts';
import { saveLink } from './save-link.ts';

/** Saves what a tab shows (context menu "Save page", keyboard command) and shows the result on its badge. */
export async function saveTabAndReport(tabId: number): Promise<Outcome<SaveReceipt>> {
  const outcome = await saveFromTab(tabId);
  await flashResult(
    tabId,
    outcome.ok,
    outcome.ok ? t('badgeSavedTitle') : t('popupSaveFailed', describeFailure(outcome.error)),
  );
  return outcome;
}

/**
 * "Save link" and "Open in reader" for a link: saves it in the background, shows the result on the
 * toolbar badge of the tab the user is on, and opens the reader next to it when asked.
 */
export async function saveLinkAndReport(
  url: string,
  { tab, openInReader }: { tab?: Tabs.Tab; openInReader: boolean },
): Promise<Outcome<SaveReceipt>> {
  const outcome = await saveLink(url, { windowId: tab?.windowId, index: tab?.index });
  const title = outcome.ok
    ? t('badgeLinkSavedTitle', outcome.value.title)
    : t('popupSaveFailed', describeFailure(outcome.error));
  await flashResult(tab?.id, outcome.ok, title);
  if (outcome.ok && openInReader) {
    await browser.tabs.create({
      url: readerUrl(outcome.value.id),
      windowId: tab?.windowId,
      index: tab?.index === undefined ? undefined : tab.index + 1,
    });
  }
  return outcome;
}
