import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { watchTabsForBadge } from './badge.ts';
import { listenForCommands, onCommand } from './commands.ts';
import {
  createContextMenus,
  currentMenuItems,
  followSharePatterns,
  listenForMenuClicks,
  onMenuClicked,
} from './context-menus.ts';
import { scheduleFetchQueue } from './fetch-queue/queue.ts';
import { listenForMessages } from './router.ts';
import { scheduleSync } from './sync-schedule.ts';

// Listeners must be registered synchronously at start-up so
// a restarted worker still receives the event that woke it.
listenForMessages();
listenForMenuClicks();
followSharePatterns();
listenForCommands();
watchTabsForBadge();
scheduleSync();
scheduleFetchQueue();
browser.runtime.onInstalled.addListener(() => void createContextMenus());

/** The real menu and command handlers, as the browser calls them. */
export interface JianbaoDispatch {
  menuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void>;
  command(command: string): Promise<void>;
  /** The properties the context menus were last created or updated with. */
  menus(): Menus.CreateCreatePropertiesType[];
}

declare global {
  var jianbaoDispatch: JianbaoDispatch | undefined;
}

// Test hook: headless Chromium cannot click a context menu or press a browser shortcut, so the e2e
// suite calls these handlers from `worker.evaluate`. Only code running in this worker can reach it.
globalThis.jianbaoDispatch = { menuClicked: onMenuClicked, command: onCommand, menus: currentMenuItems };
