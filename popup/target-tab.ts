import browser from 'webextension-polyfill';

/**
 * The tab the popup saves: `?tab=<id>` when given (tests open the popup in a tab of its own), none for
 * `?view=library` (the library opened on its own), else the active tab of the current window.
 */
export async function getTargetTabId(search = location.search): Promise<number | undefined> {
  const params = new URLSearchParams(search);
  if (params.get('view') === 'library') return undefined;
  const param = params.get('tab');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : undefined;
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
