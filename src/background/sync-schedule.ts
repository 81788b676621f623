/**
 * When sync runs: at worker start-up, on a periodic alarm, when the popup opens, and within seconds after
 * a local change (pages announce their writes with the `libraryWritten` message; the worker's own saves
 * call `syncSoon`). Every run first checks that Jianbao still has host access to the server's origin: the
 * worker never talks to a server the person has not allowed.
 */
import browser from 'webextension-polyfill';
import { postSyncView, serverOriginPattern, type SyncView } from '../shared/sync-view.ts';
import type { SyncStatus } from '../sync/config.ts';
import { getSyncEngine } from '../sync/index.ts';

export const SYNC_ALARM = 'jianbao-sync';
/** The periodic run catches changes made elsewhere while this browser had nothing to push. */
const PERIOD_MINUTES = 5;

/** Set when the last check found no host access; cleared by the next check that finds it. */
let missingPermission = false;

export async function mayReach(serverUrl: string): Promise<boolean> {
  const pattern = serverOriginPattern(serverUrl);
  if (!pattern) return false;
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}

/** The engine's status with the worker's own finding on host access laid over it. */
export function viewOf(status: SyncStatus): SyncView {
  return missingPermission && status.enabled ? { ...status, state: 'error', error: 'no-permission' } : status;
}

export async function currentView(): Promise<SyncView> {
  return viewOf(await getSyncEngine().getSyncStatus());
}

/** Whether sync is on and may reach its server; records and announces a missing host permission. */
async function ready(): Promise<boolean> {
  const status = await getSyncEngine().getSyncStatus();
  if (!status.enabled || !status.serverUrl) return false;
  const allowed = await mayReach(status.serverUrl);
  if (allowed !== !missingPermission) {
    missingPermission = !allowed;
    postSyncView(viewOf(status));
  }
  return allowed;
}

/** Starts a run soon (debounced: many writes, one run), or at once with `delayMs` 0. */
export async function syncSoon(delayMs?: number): Promise<void> {
  if (await ready()) getSyncEngine().requestSync(delayMs);
}

/** One run now, awaited. */
export async function syncNowChecked(): Promise<SyncView> {
  if (await ready()) return viewOf(await getSyncEngine().syncNow());
  return currentView();
}

export async function startPeriodicSync(): Promise<void> {
  if (!(await browser.alarms.get(SYNC_ALARM)))
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES });
}

export const stopPeriodicSync = (): Promise<boolean> => browser.alarms.clear(SYNC_ALARM);

/** Registers the listeners (synchronously, so an alarm that woke the worker is heard) and resumes sync. */
export function scheduleSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncSoon(0);
  });
  getSyncEngine().onStatus((status) => postSyncView(viewOf(status)));
  void (async () => {
    if (!(await ready())) return;
    await startPeriodicSync();
    // A run cut short by the worker stopping continues from its checkpoint.
    await getSyncEngine().resume();
  })().catch((error: unknown) => console.warn('[jianbao] sync did not resume', error));
}
