import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';
import { sharePatternsOf, type JianbaoOptions } from '../shared/options.ts';
import { loadOptions, onOptionsChanged } from '../shared/options-storage.ts';
import { saveLinkAndReport, saveTabAndReport } from './save-and-report.ts';

/** Link targets that are share pages: any http(s) URL carrying an infoCode parameter. */
const SHARE_LINK_PATTERNS = ['*://*/*infoCode=*', '*://*/*infocode=*'];

const MENU = { savePage: 'save-page', saveLink: 'save-link', openLinkInReader: 'open-link-in-reader' } as const;

/** The link menus' targets: infoCode links, and links under the user's own share patterns. */
const linkTargets = (options: JianbaoOptions): string[] => [...SHARE_LINK_PATTERNS, ...sharePatternsOf(options).anyPage];

/** The menus as created; the e2e suite reads this list through the worker hook (Chrome has no getAll). */
export function menuItems(options: JianbaoOptions): Menus.CreateCreatePropertiesType[] {
  const targetUrlPatterns = linkTargets(options);
  return [
    { id: MENU.savePage, title: t('menuSavePage'), contexts: ['page'] },
    { id: MENU.openLinkInReader, title: t('menuOpenLinkInReader'), contexts: ['link'], targetUrlPatterns },
    { id: MENU.saveLink, title: t('menuSaveLink'), contexts: ['link'], targetUrlPatterns },
  ];
}

/** Menus persist across worker restarts, so they are (re)created on install and update only. */
export async function createContextMenus(): Promise<void> {
  const options = await loadOptions();
  await browser.contextMenus.removeAll();
  for (const item of menuItems(options)) browser.contextMenus.create(item);
}

/** A share pattern added or removed on the options page changes which links the menus offer to save. */
export function followSharePatterns(): void {
  onOptionsChanged((options) => {
    const targetUrlPatterns = linkTargets(options);
    for (const id of [MENU.openLinkInReader, MENU.saveLink]) {
      void browser.contextMenus.update(id, { targetUrlPatterns }).catch(() => undefined); // not created yet: install creates it
    }
  });
}

/** Saves the current page, or a linked page in the background; the result shows on the toolbar badge. */
export async function onMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId === MENU.savePage && tab?.id !== undefined) {
    await saveTabAndReport(tab.id);
    return;
  }
  if ((info.menuItemId === MENU.saveLink || info.menuItemId === MENU.openLinkInReader) && info.linkUrl) {
    await saveLinkAndReport(info.linkUrl, { tab, openInReader: info.menuItemId === MENU.openLinkInReader });
  }
}

export function listenForMenuClicks(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
}
