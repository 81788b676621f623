import { useEffect, useState } from 'preact/hooks';
import {
  QUEUE_REASON_KEYS,
  queueProgress,
  timeLeftWords,
  type QueueFailure,
  type QueueView,
} from '../../src/shared/fetch-queue-view.ts';
import { describeFailure } from '../../src/shared/failure.ts';
import { counted } from '../../src/shared/counted.ts';
import { t } from '../../src/shared/i18n.ts';
import type { BackgroundMessageType, BackgroundRequest } from '../../src/shared/messages.ts';
import { sendToBackground } from '../../src/shared/runtime.ts';
import { requestAllSites } from '../site-access.ts';

/** While the page is open, how often it asks the worker how far the queue got. */
const WATCH_MS = 1_000;

type Command = Extract<BackgroundMessageType, 'queuePause' | 'queueResume' | 'queueCancel'>;

const MODE_KEYS = {
  running: 'queue_state_running',
  paused: 'queue_state_paused',
  cancelled: 'queue_state_idle',
  idle: 'queue_state_idle',
} as const;

function FailureRow({ failure, onRetry }: { failure: QueueFailure; onRetry: (id: string) => void }) {
  return (
    <li data-reason={failure.reason} data-id={failure.id}>
      <a href={failure.url} target="_blank" rel="noreferrer">
        {failure.title || failure.url}
      </a>{' '}
      — <span class="reason">{t(QUEUE_REASON_KEYS[failure.reason])}</span>{' '}
      <button type="button" class="retry" onClick={() => onRetry(failure.id)}>
        {t('queue_retry')}
      </button>
    </li>
  );
}

/**
 * The fetch queue of imported links: n of N, pause, resume, cancel, and the links it could not fetch with
 * their plain reason, each retried on its own or all at once; links refused for want of site access get
 * a way to grant it.
 */
export function FetchQueue() {
  const [view, setView] = useState<QueueView>();
  const [error, setError] = useState('');

  const take = (outcome: Awaited<ReturnType<typeof sendToBackground<'queueStatus'>>>): void => {
    if (outcome.ok) {
      setView(outcome.value);
      setError('');
    } else setError(t('queue_error', describeFailure(outcome.error)));
  };
  useEffect(() => {
    const refresh = (): void => void sendToBackground('queueStatus', { failures: true }).then(take);
    refresh();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, WATCH_MS);
    return () => clearInterval(timer);
  }, []);

  const command = (type: Command) => (): void => void sendToBackground(type, {}).then(take);
  const retry = (which: BackgroundRequest<'queueRetry'>): void =>
    void sendToBackground('queueRetry', which).then(take);
  const noAccess = view?.failures?.some((f) => f.reason === 'no-access') ?? false;
  const grantAndRetry = (): void => {
    // Asked before any await: the browser shows its prompt only during the click.
    void requestAllSites().then(
      (granted) => {
        if (granted) retry({ reason: 'no-access' });
      },
      () => undefined,
    );
  };

  if (!view) return error ? <p class="status">{error}</p> : null;
  const { n, total } = queueProgress(view);
  const failures = view.failures ?? [];
  const failuresTotal = view.failuresTotal ?? 0;
  if (!total && !failuresTotal) return null;
  /** Links left not fetched: after a cancel, or arrived while the queue was not told. */
  const waiting = (view.mode === 'cancelled' || view.mode === 'idle') && view.pending > 0;
  return (
    <section class="card fetch-queue" data-mode={view.mode} aria-labelledby="fetch-queue-heading">
      <h2 id="fetch-queue-heading">{t('queue_heading')}</h2>
      <p class="hint">{t('queue_hint')}</p>
      {total > 0 && (
        <p class="queue-progress" role="status" data-n={n} data-total={total}>
          {view.mode === 'cancelled' && waiting && t('queue_state_cancelled', counted('links', view.pending))}
          {view.mode === 'idle' &&
            waiting &&
            t('queue_popup_cancelled', counted('importedLinks', view.pending))}
          {!waiting && `${t(MODE_KEYS[view.mode])}: ${t('queue_progress', [String(n), String(total)])}`}
          {view.failed > 0 && ` · ${t('queue_failed_count', String(view.failed))}`}
          {view.mode === 'running' &&
            view.secondsLeft !== undefined &&
            ` · ${timeLeftWords(view.secondsLeft)}`}
        </p>
      )}
      {total > 0 && <progress max={total} value={n} />}
      {error && <p class="status">{error}</p>}
      <p class="actions">
        {view.mode === 'running' && (
          <button type="button" class="pause" onClick={command('queuePause')}>
            {t('queue_pause')}
          </button>
        )}
        {view.mode === 'paused' && (
          <button type="button" class="resume" onClick={command('queueResume')}>
            {t('queue_resume')}
          </button>
        )}
        {waiting && (
          <button type="button" class="resume" onClick={command('queueResume')}>
            {t('queue_start')}
          </button>
        )}
        {(view.mode === 'running' || view.mode === 'paused') && (
          <button type="button" class="cancel" onClick={command('queueCancel')}>
            {t('queue_cancel')}
          </button>
        )}
      </p>
      {failuresTotal > 0 && (
        <div class="queue-failures">
          <h3>{t('queue_failed_heading', String(failuresTotal))}</h3>
          <p class="actions">
            <button type="button" class="retry-all" onClick={() => retry({})}>
              {t('queue_retry_all')}
            </button>
            {noAccess && (
              <button type="button" class="grant" onClick={grantAndRetry}>
                {t('queue_grant')}
              </button>
            )}
          </p>
          <ul>
            {failures.map((failure) => (
              <FailureRow key={failure.id} failure={failure} onRetry={(id) => retry({ ids: [id] })} />
            ))}
          </ul>
          {failuresTotal > failures.length && (
            <p class="hint">{t('queue_failures_more', String(failuresTotal - failures.length))}</p>
          )}
        </div>
      )}
    </section>
  );
}
