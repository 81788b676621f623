import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';
import { saveLinkAndReport, saveTabAndReport } from './save-and-report.ts';

/** Link targets that are share pages: any http(s) URL carrying an infoCode parameter. */
const SHARE_LINK_PATTERNS = ['*://*/*infoCode=*', '*://*/*infocode=*'];

const MENU = { savePage: 'save-page', saveLink: 'save-link', openLinkInReader: 'open-link-in-reader' } as const;

/** The menus as created; the e2e suite reads this list through the worker hook (Chrome has no getAll). */
export function menuItems(): Menus.CreateCreatePropertiesType[] {
  return [
    { id: MENU.savePage, title: t('menuSavePage'), contexts: ['page'] },
    { id: MENU.openLinkInReader, title: t('menuOpenLinkInReader'), contexts: ['link'], targetUrlPatterns: SHARE_LINK_PATTERNS },
    { id: MENU.saveLink, title: t('menuSaveLink'), contexts: ['link'], targetUrlPatterns: SHARE_LINK_PATTERNS },
  ];
}

/** Menus persist across worker restarts, so they are (re)created on install and update only. */
export function createContextMenus(): void {
  void browser.contextMenus.removeAll().then(() => {
    for (const item of menuItems()) browser.contextMenus.create(item);
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
