import browser from 'webextension-polyfill';
import type { SyncConfig } from '../../sync/config.ts';
import { validateSyncConfig } from '../../sync/config.ts';
import { getSyncEngine, SYNC_KEYS } from '../../sync/index.ts';
import type { SyncView } from '../../shared/sync-view.ts';
import type { Handler } from '../route.ts';
import {
  currentView,
  mayReach,
  startPeriodicSync,
  stopPeriodicSync,
  syncNowChecked,
  syncSoon,
} from '../sync-schedule.ts';

/**
 * An empty password means "the one saved for this server and user" (the engine's stored configuration,
 * the only place the password is kept): the form never shows it.
 */
async function withSavedPassword(config: SyncConfig): Promise<SyncConfig> {
  if (config.password) return config;
  const stored = (await browser.storage.local.get(SYNC_KEYS.config))[SYNC_KEYS.config] as
    Partial<SyncConfig> | undefined;
  const same = stored?.serverUrl === config.serverUrl && stored?.username === config.username;
  return same && typeof stored?.password === 'string' ? { ...config, password: stored.password } : config;
}

const refused = async (error: SyncView['error']): Promise<{ ok: true; value: SyncView }> => ({
  ok: true,
  value: { ...(await currentView()), error },
});

export const syncEnable: Handler<'syncEnable'> = async (request) => {
  const checked = validateSyncConfig(request);
  if (!checked.ok) return refused(checked.error);
  // The options page asked for this origin at the click; without it the worker does not connect at all.
  if (!(await mayReach(checked.config.serverUrl))) return refused('no-permission');
  const enabled = await getSyncEngine().enableSync(await withSavedPassword(checked.config));
  if (!enabled.ok) return refused(enabled.error);
  await startPeriodicSync();
  return { ok: true, value: await currentView() };
};

export const syncNow: Handler<'syncNow'> = async () => ({ ok: true, value: await syncNowChecked() });

export const syncDisable: Handler<'syncDisable'> = async () => {
  await stopPeriodicSync();
  await getSyncEngine().disableSync();
  return { ok: true, value: await currentView() };
};

export const syncStatus: Handler<'syncStatus'> = async ({ refresh }) => {
  if (refresh) void syncSoon(0);
  return { ok: true, value: await currentView() };
};
