/**
 * What the extension pages show of sync: the engine's status plus the worker's own check (host access to
 * the server), the plain-words error messages, and the channel the worker announces status changes on.
 */
import type { SyncErrorCode, SyncStatus } from '../sync/config.ts';
import { t, type MessageKey } from './i18n.ts';

/** Engine errors, plus the worker's: no host access to the server's origin, or no answer at all. */
export type SyncProblem = SyncErrorCode | 'no-permission' | 'unexpected';

export type SyncView = Omit<SyncStatus, 'error'> & { error?: SyncProblem };

const PROBLEM_KEYS: Record<SyncProblem, MessageKey> = {
  unreachable: 'syncErrorUnreachable',
  unauthorized: 'syncErrorUnauthorized',
  'no-database': 'syncErrorNoDatabase',
  forbidden: 'syncErrorForbidden',
  'too-large': 'syncErrorTooLarge',
  quota: 'syncErrorQuota',
  'not-couchdb': 'syncErrorNotCouchdb',
  'bad-url': 'syncErrorBadUrl',
  'bad-database': 'syncErrorBadDatabase',
  'no-permission': 'syncErrorNoPermission',
  unexpected: 'syncErrorUnexpected',
};

/** The problem in plain words, in the UI language. */
export function describeSyncProblem(problem: SyncProblem): string {
  return t(PROBLEM_KEYS[problem] ?? 'syncErrorUnexpected');
}

/** The host permission pattern for a server URL's origin (`https://couch.example.com/*`), or undefined. */
export function serverOriginPattern(serverUrl: string): string | undefined {
  try {
    const url = new URL(serverUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return `${url.origin}/*`;
  } catch {
    return undefined;
  }
}

/** "Last synced" time in the reader's locale; today's syncs show the time only. */
export function formatSyncTime(iso: string, now = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const sameDay = at.toDateString() === now.toDateString();
  return at.toLocaleString(undefined, {
    ...(sameDay ? {} : { year: 'numeric', month: 'numeric', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The worker posts every status change here; open pages update their status lines. */
export const SYNC_STATUS_CHANNEL = 'jianbao-sync-status';

export function postSyncView(view: SyncView): void {
  const channel = new BroadcastChannel(SYNC_STATUS_CHANNEL);
  channel.postMessage(view);
  channel.close();
}

export function onSyncView(listener: (view: SyncView) => void): () => void {
  const channel = new BroadcastChannel(SYNC_STATUS_CHANNEL);
  channel.onmessage = (event: MessageEvent<SyncView>) => listener(event.data);
  return () => channel.close();
}

/**
 * The status in plain words, one line each: what it syncs with (unless `withServer` is false), the last
 * sync, the changes waiting.
 */
export function syncStatusLines(view: SyncView, withServer = true, now = new Date()): string[] {
  if (!view.enabled) return [t('syncStatusOff')];
  const lines: string[] = [];
  if (withServer && view.database && view.serverUrl)
    lines.push(t('syncStatusOn', [view.database, view.serverUrl]));
  if (view.state === 'syncing') lines.push(t('syncStatusRunning'));
  lines.push(view.lastSyncAt ? t('syncLastAt', formatSyncTime(view.lastSyncAt, now)) : t('syncNever'));
  if (view.pending > 0) lines.push(t('syncPending', String(view.pending)));
  return lines;
}
