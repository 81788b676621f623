/**
 * Jianbao's access to every site: optional (manifest `optional_host_permissions`), asked for on the options
 * page. Without it Jianbao still saves share pages (its content script), East Money pages and images, and
 * the tab a person saves from the toolbar, menu or shortcut (`activeTab`); with it, *Save link* and the
 * user's share patterns can script any site, and image fetches reach every host in every browser (Chromium
 * already lets them reach the hosts the share-page content script matches, which is every host).
 */
import browser from 'webextension-polyfill';

const ALL_SITES = ['http://*/*', 'https://*/*'];

export const hasAllSites = (): Promise<boolean> => browser.permissions.contains({ origins: ALL_SITES });

/** Call it first thing in a click handler: browsers show the prompt only during a user gesture. */
export const requestAllSites = (): Promise<boolean> => browser.permissions.request({ origins: ALL_SITES });

export const removeAllSites = (): Promise<boolean> => browser.permissions.remove({ origins: ALL_SITES });
