import browser from 'webextension-polyfill';
import { saveTabAndReport } from './save-and-report.ts';
import { LIBRARY_PATH } from '../shared/reader-url.ts';

/** Keyboard commands declared in manifest.json `commands`. */
export async function onCommand(command: string): Promise<void> {
  if (command === 'open-library') {
    await browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PATH) });
    return;
  }
  if (command === 'save-page') {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await saveTabAndReport(tab.id);
  }
}

export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command) => void onCommand(command));
}
