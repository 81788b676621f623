import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';
import { sharePatternsOf, type JianbaoOptions } from '../shared/options.ts';
import { loadOptions, onOptionsChanged } from '../shared/options-storage.ts';
import { saveLinkAndReport, saveTabAndReport } from './save-and-report.ts';

/** Link targets that are share pages: any http(s) URL carrying an infoCode parameter. */
const SHARE_LINK_PATTERNS = ['*://*/*infoCode=*', '*://*/*infocode=*'];

const MENU = {
  savePage: 'save-page',
  saveLink: 'save-link',
  openLinkInReader: 'open-link-in-reader',
} as const;

/** The link menus' targets: infoCode links, and links under the user's own share patterns. */
const linkTargets = (options: JianbaoOptions): string[] => [
  ...SHARE_LINK_PATTERNS,
  ...sharePatternsOf(options).anyPage,
];

/**
 * The link targets this worker last handed to the browser (a restarted worker knows only its own calls):
 * what the e2e suite checks.
 */
let appliedLinkTargets: readonly string[] = SHARE_LINK_PATTERNS;

/** The menus' properties for `targetUrlPatterns` as the link menus' targets. */
function menuItems(targetUrlPatterns: string[]): Menus.CreateCreatePropertiesType[] {
  return [
    { id: MENU.savePage, title: t('menuSavePage'), contexts: ['page'] },
    { id: MENU.openLinkInReader, title: t('menuOpenLinkInReader'), contexts: ['link'], targetUrlPatterns },
    { id: MENU.saveLink, title: t('menuSaveLink'), contexts: ['link'], targetUrlPatterns },
  ];
}

/**
 * The menus as the browser holds them now (Chrome has no getAll):
 * read by the e2e suite through the worker hook.
 */
export const currentMenuItems = (): Menus.CreateCreatePropertiesType[] => menuItems([...appliedLinkTargets]);

/** Menus persist across worker restarts, so they are (re)created on install and update only. */
export async function createContextMenus(): Promise<void> {
  const targets = linkTargets(await loadOptions());
  await browser.contextMenus.removeAll();
  for (const item of menuItems(targets)) browser.contextMenus.create(item);
  appliedLinkTargets = targets;
}

/** A share pattern added or removed on the options page changes which links the menus offer to save. */
export function followSharePatterns(): void {
  onOptionsChanged((options) => {
    const targets = linkTargets(options);
    void Promise.all(
      [MENU.openLinkInReader, MENU.saveLink].map((id) =>
        browser.contextMenus.update(id, { targetUrlPatterns: targets }),
      ),
    )
      .then(() => {
        appliedLinkTargets = targets;
      })
      .catch(() => undefined); // not created yet: the install handler creates them from the stored options
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
