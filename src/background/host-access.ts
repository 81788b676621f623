import browser from 'webextension-polyfill';

/**
 * Whether Jianbao holds host access to `url`'s site: the East Money hosts always, any other site once the
 * person allowed all sites on the options page (the manifest's optional host permission).
 */
export async function hasHostAccess(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    return false;
  }
}
