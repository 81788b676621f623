import browser from 'webextension-polyfill';
import { describeFailure } from '../shared/failure.ts';
import { t } from '../shared/i18n.ts';
import { flashResult } from './badge.ts';
import { saveFromTab } from './save-from-tab.ts';

/** Keyboard commands declared in manifest.json `commands`. */
export async function onCommand(command: string): Promise<void> {
  if (command === 'open-library') {
    await browser.tabs.create({ url: browser.runtime.getURL('popup.html?view=library') });
    return;
  }
  if (command === 'save-page') {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const outcome = await saveFromTab(tab.id);
    await flashResult(tab.id, outcome.ok, outcome.ok ? t('badgeSavedTitle') : t('popupSaveFailed', describeFailure(outcome.error)));
  }
}

export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command) => void onCommand(command));
}
