import browser from 'webextension-polyfill';
import { normalizeOptions, type JianbaoOptions } from './options.ts';

const KEY = 'options';

/** Reads the options from `storage.local`; always valid, whatever is stored. */
export async function loadOptions(): Promise<JianbaoOptions> {
  const stored = await browser.storage.local.get(KEY);
  return normalizeOptions(stored[KEY]);
}

/** Applies a change and stores the normalized result. */
export async function saveOptions(
  change: (current: JianbaoOptions) => JianbaoOptions,
): Promise<JianbaoOptions> {
  const next = normalizeOptions(change(await loadOptions()));
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `listener` whenever the options change in any extension context. */
export function onOptionsChanged(listener: (options: JianbaoOptions) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEY in changes) listener(normalizeOptions(changes[KEY]?.newValue));
  });
}
