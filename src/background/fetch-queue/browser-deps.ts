/** The runner's outside world in the extension: the real clock, chrome.storage and the alarm. */
import browser from 'webextension-polyfill';
import { QUEUE_ALARM, QUEUE_STORAGE } from './settings.ts';
import { readQueueState, type QueueState } from './state.ts';

export async function loadQueueState(): Promise<QueueState> {
  return readQueueState((await browser.storage.local.get(QUEUE_STORAGE.state))[QUEUE_STORAGE.state]);
}

export const saveQueueState = (state: QueueState): Promise<void> =>
  browser.storage.local.set({ [QUEUE_STORAGE.state]: state });

/** The alarm wakes a stopped worker while the queue runs; without it a worker that stopped would wait. */
export async function keepAwake(on: boolean): Promise<void> {
  const present = (await browser.alarms.get(QUEUE_ALARM.name)) !== undefined;
  if (on && !present)
    await browser.alarms.create(QUEUE_ALARM.name, { periodInMinutes: QUEUE_ALARM.periodInMinutes });
  if (!on && present) await browser.alarms.clear(QUEUE_ALARM.name);
}

export function setTimer(run: () => void, ms: number): () => void {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
}
