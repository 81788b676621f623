import type { Handler } from '../route.ts';
import { saveFromTab } from '../save-from-tab.ts';

/** The popup asks to save whatever article a tab shows. */
export const saveTab: Handler<'saveTab'> = ({ tabId }) => saveFromTab(tabId);
