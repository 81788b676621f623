/**
 * The fetch queue's numbers. Politeness comes first: an imported library can hold thousands of links to
 * one site, and a person's browser must never hammer it.
 */
export const QUEUE_LIMITS = {
  /**
   * Pages loading at once, across all sites: each is a background tab, and the machine is the person's.
   * One site (host name and port) never has more than one page loading (schedule.ts).
   */
  concurrency: 2,
  /**
   * After a page of a site finished (loaded, extracted, saved or failed), the next page of that site starts
   * no sooner than this: at most one page per 3 s per site, plus the page's own time; a slow site is given
   * more room, since the wait starts when its page is done.
   */
  hostPauseMs: 3_000,
  /** A page that has not finished loading by then fails as `timeout` (Save link's own limit). */
  loadTimeoutMs: 30_000,
} as const;

/** Wakes a stopped worker while links are waiting; Chromium's shortest period for an alarm is 30 s. */
export const QUEUE_ALARM = { name: 'jianbao-fetch-queue', periodInMinutes: 0.5 } as const;

/** chrome.storage.local keys: the run's state, and the tabs the queue has open. */
export const QUEUE_STORAGE = { state: 'fetchQueue', tabs: 'fetchQueueTabs' } as const;

/** Failed links listed in the queue's view; the count says how many more there are. */
export const LISTED_FAILURES = 200;
