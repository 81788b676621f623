import { useEffect, useState } from 'preact/hooks';
import { queueProgress, type QueueView } from '../src/shared/fetch-queue-view.ts';
import { counted } from '../src/shared/counted.ts';
import { t } from '../src/shared/i18n.ts';
import { sendToBackground } from '../src/shared/runtime.ts';

/** How often the open popup asks how far the queue got: a page takes a few seconds, so this is enough. */
const WATCH_MS = 2_000;

function lineOf(view: QueueView): string | undefined {
  const { n, total } = queueProgress(view);
  const failed = view.failed ? ` · ${t('queue_failed_count', String(view.failed))}` : '';
  if (view.mode === 'running') return t('queue_popup_running', [String(n), String(total)]) + failed;
  if (view.mode === 'paused') return t('queue_popup_paused', [String(n), String(total)]) + failed;
  if (view.mode === 'cancelled' && view.pending)
    return t('queue_popup_cancelled', counted('importedLinks', view.pending));
  return undefined;
}

/** One line under the list while imported links are being fetched (or wait, paused): n of N, failures. */
export function FetchLine() {
  const [view, setView] = useState<QueueView>();
  useEffect(() => {
    const refresh = (): void =>
      void sendToBackground('queueStatus', {}).then((outcome) => {
        if (outcome.ok) setView(outcome.value);
      });
    refresh();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, WATCH_MS);
    return () => clearInterval(timer);
  }, []);
  const text = view && lineOf(view);
  if (!view || !text) return null;
  const { n, total } = queueProgress(view);
  return (
    <p class="sync-line fetch-line" role="status" data-mode={view.mode} data-n={n} data-total={total}>
      {text}
    </p>
  );
}
