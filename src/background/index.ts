import browser from 'webextension-polyfill';
import { watchTabsForBadge } from './badge.ts';
import { listenForCommands } from './commands.ts';
import { createContextMenus, listenForMenuClicks } from './context-menus.ts';
import { listenForMessages } from './router.ts';

// Listeners must be registered synchronously at start-up so a restarted worker still receives the event that woke it.
listenForMessages();
listenForMenuClicks();
listenForCommands();
watchTabsForBadge();
browser.runtime.onInstalled.addListener(createContextMenus);
