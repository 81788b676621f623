/**
 * The worker's one fetch queue: started when the worker starts (a run that was going carries on), woken by
 * its alarm, and told about new links when a page announces a write to the library (an import:
 * `kickFetchQueueSoon`).
 */
import browser from 'webextension-polyfill';
import type { QueueView } from '../../shared/fetch-queue-view.ts';
import { keepAwake, loadQueueState, saveQueueState, setTimer } from './browser-deps.ts';
import { fetchLink } from './fetch-link.ts';
import { loadBacklog, loadFailures } from './library.ts';
import { FetchQueueRunner } from './runner.ts';
import { LISTED_FAILURES, QUEUE_ALARM, QUEUE_LIMITS } from './settings.ts';
import { closeLeftoverTabs } from './tab-ledger.ts';

/** A page's writes come in bursts (an import in batches): one look for new links after the burst. */
const KICK_DEBOUNCE_MS = 1_000;

let failures: Promise<Awaited<ReturnType<typeof loadFailures>>> | undefined;
/** The look for new links that waits for a burst of writes to end, if one does. */
let kickTimer: ReturnType<typeof setTimeout> | undefined;
/** The look for new links under way, if one is. */
let kicking: Promise<void> | undefined;

/**
 * Runs a waiting look for new links now, or waits for the one under way: a popup opened right after an
 * import counts its links in its first answer rather than at its next poll.
 */
function flushKick(): Promise<void> {
  if (kickTimer !== undefined) {
    clearTimeout(kickTimer);
    kickTimer = undefined;
    kicking = fetchQueue.kick().finally(() => {
      kicking = undefined;
    });
  }
  return kicking ?? Promise.resolve();
}

export const fetchQueue = new FetchQueueRunner(
  {
    now: () => Date.now(),
    setTimer,
    loadState: async () => {
      // Before anything starts: a worker stopped mid-page left its tab open.
      await closeLeftoverTabs();
      return loadQueueState();
    },
    saveState: saveQueueState,
    loadBacklog,
    fetchLink,
    keepAwake,
    changed: (failuresChanged) => {
      if (failuresChanged) failures = undefined;
    },
  },
  QUEUE_LIMITS,
);

/**
 * What the popup shows, and with `withFailures` what the options page shows: the failed links come from
 * reading every summary, done again only after a link failed or was retried.
 */
export async function queueView(withFailures: boolean): Promise<QueueView> {
  await fetchQueue.start();
  await flushKick();
  if (!withFailures) return fetchQueue.counts();
  failures ??= loadFailures().catch((error: unknown) => {
    failures = undefined;
    throw error;
  });
  const all = await failures;
  return { ...fetchQueue.counts(), failures: all.slice(0, LISTED_FAILURES), failuresTotal: all.length };
}

/** Registers the listeners (synchronously: an alarm that woke the worker is heard) and resumes the queue. */
export function scheduleFetchQueue(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === QUEUE_ALARM.name) void fetchQueue.wake().catch(warn);
  });
  void fetchQueue.start().catch(warn);
}

/** After a page's write (an import adds links): one look for new links once the burst of writes ends. */
export function kickFetchQueueSoon(): void {
  clearTimeout(kickTimer);
  kickTimer = setTimeout(() => void flushKick().catch(warn), KICK_DEBOUNCE_MS);
}

const warn = (error: unknown): void => console.warn('[jianbao] fetch queue', error);
