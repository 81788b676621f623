import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../src/shared/runtime.ts';
import { describeSyncProblem, onSyncView, syncStatusLines, type SyncView } from '../src/shared/sync-view.ts';

/**
 * While the popup is open the worker syncs this often, so another device's change shows within
 * seconds: a one-shot run that finds nothing new costs a few small requests.
 */
export const WATCH_MS = 2_000;

/**
 * One line under the list while sync is on: the last sync and the changes waiting, or the last error.
 * Asking for it with `refresh` starts a sync run, so opening the popup brings the other devices'
 * changes. Nothing is asked until the library is listed (`listed`): the person sees the list first,
 * and neither the status (which reads the same database) nor the run competes with the list's read.
 */
export function SyncLine({ listed }: { listed: boolean }) {
  const [view, setView] = useState<SyncView>();
  /** Latched: a reload of the list later does not start another first run. */
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (listed) setStarted(true);
  }, [listed]);
  useEffect(() => onSyncView(setView), []);
  useEffect(() => {
    if (!started) return;
    let enabled = false;
    const refresh = (): void =>
      void sendToBackground('syncStatus', { refresh: true }).then((outcome) => {
        if (!outcome.ok) return;
        enabled = outcome.value.enabled;
        setView(outcome.value);
      });
    refresh();
    const timer = setInterval(() => {
      if (enabled && document.visibilityState === 'visible') refresh();
    }, WATCH_MS);
    return () => clearInterval(timer);
  }, [started]);
  if (!view?.enabled) return null;
  // Without the server's name (no room for it) and without "Syncing…", which every watch run would flash.
  const quiet = syncStatusLines({ ...view, state: 'idle' }, false).join(' · ');
  const text = view.error ? describeSyncProblem(view.error) : quiet;
  return (
    <p class="sync-line" role="status" data-state={view.state} data-pending={view.pending}>
      {text}
    </p>
  );
}
