import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../src/shared/i18n.ts';
import { sendToBackground } from '../../src/shared/runtime.ts';
import {
  describeSyncProblem,
  onSyncView,
  serverOriginPattern,
  syncStatusLines,
  type SyncProblem,
  type SyncView,
} from '../../src/shared/sync-view.ts';
import { validateSyncConfig, type SyncConfig } from '../../src/sync/config.ts';

type Busy = 'idle' | 'asking' | 'checking' | 'syncing' | 'stopping';

/** Problems the person fixes in the form: while one stands, the form offers *Turn on sync* again. */
const FIXABLE: ReadonlySet<SyncProblem> = new Set([
  'unauthorized',
  'no-permission',
  'forbidden',
  'no-database',
]);

const FIELDS = [
  ['serverUrl', 'optionsSyncServerUrl', 'url'],
  ['database', 'optionsSyncDatabase', 'off'],
  ['username', 'optionsSyncUsername', 'username'],
] as const;

/**
 * Turns sync with the person's CouchDB server on and off, and shows how it goes. The password is sent to
 * the worker once and never shown again: an empty field means "keep the saved one".
 */
export function Sync() {
  const [view, setView] = useState<SyncView>();
  const [config, setConfig] = useState<SyncConfig>({
    serverUrl: '',
    database: 'jianbao',
    username: '',
    password: '',
    textOnly: false,
  });
  const [busy, setBusy] = useState<Busy>('idle');
  const [problem, setProblem] = useState<SyncProblem>();
  const [note, setNote] = useState('');

  const show = (next: SyncView): void => {
    setView(next);
    setProblem(next.error);
  };

  useEffect(() => {
    void sendToBackground('syncStatus', {}).then((outcome) => {
      if (!outcome.ok) return setProblem('unexpected');
      show(outcome.value);
      const { serverUrl, database, username, textOnly } = outcome.value;
      if (outcome.value.enabled)
        setConfig((c) => ({
          ...c,
          serverUrl: serverUrl ?? c.serverUrl,
          database: database ?? c.database,
          username: username ?? c.username,
          textOnly: textOnly ?? c.textOnly,
        }));
    });
    return onSyncView(show);
  }, []);

  const edit =
    (field: keyof SyncConfig) =>
    (event: Event): void => {
      const input = event.currentTarget as HTMLInputElement;
      setConfig((c) => ({ ...c, [field]: field === 'textOnly' ? input.checked : input.value }));
    };

  const turnOn = (event: Event): void => {
    event.preventDefault();
    setNote('');
    // Only the address and the database name are checked here; the credentials are the server's to judge.
    const checked = validateSyncConfig({ ...config, password: config.password || 'kept' });
    const pattern = checked.ok ? serverOriginPattern(checked.config.serverUrl) : undefined;
    if (!checked.ok || !pattern) return setProblem(checked.ok ? 'bad-url' : checked.error);
    // Asked before any await: the browser shows its prompt only during the click's user gesture.
    const asked = browser.permissions.request({ origins: [pattern] });
    setProblem(undefined);
    setBusy('asking');
    void asked
      .then(async (granted) => {
        if (!granted) {
          setNote(t('optionsSyncPermissionDenied'));
          return;
        }
        setBusy('checking');
        const outcome = await sendToBackground('syncEnable', config);
        if (!outcome.ok) return setProblem('unexpected');
        show(outcome.value);
        if (outcome.value.enabled) setConfig((c) => ({ ...c, password: '' }));
      })
      .catch(() => setProblem('no-permission'))
      .finally(() => setBusy('idle'));
  };

  const syncNow = (): void => {
    setNote('');
    setBusy('syncing');
    void sendToBackground('syncNow', {})
      .then((outcome) => (outcome.ok ? show(outcome.value) : setProblem('unexpected')))
      .finally(() => setBusy('idle'));
  };

  const turnOff = (): void => {
    setBusy('stopping');
    void sendToBackground('syncDisable', {})
      .then((outcome) => {
        if (!outcome.ok) return setProblem('unexpected');
        show(outcome.value);
        setNote(t('optionsSyncTurnedOff'));
      })
      .finally(() => setBusy('idle'));
  };

  const enabled = view?.enabled === true;
  const canTurnOn = !enabled || (problem !== undefined && FIXABLE.has(problem));
  return (
    <section
      class="card sync"
      aria-labelledby="sync-heading"
      data-enabled={String(enabled)}
      data-busy={busy}
      data-problem={problem ?? ''}
    >
      <h2 id="sync-heading">{t('optionsSyncHeading')}</h2>
      <p class="hint">{t('optionsSyncHint')}</p>
      <form class="sync-form" onSubmit={turnOn}>
        {FIELDS.map(([field, label, autocomplete]) => (
          <div class="field" key={field}>
            <label class="label" for={`sync-${field}`}>
              {t(label)}
            </label>
            <input
              id={`sync-${field}`}
              name={field}
              spellcheck={false}
              autocomplete={autocomplete}
              inputMode={field === 'serverUrl' ? 'url' : undefined}
              readOnly={!canTurnOn}
              value={config[field]}
              onInput={edit(field)}
            />
          </div>
        ))}
        <div class="field">
          <label class="label" for="sync-password">
            {t('optionsSyncPassword')}
          </label>
          <input
            id="sync-password"
            name="password"
            type="password"
            autocomplete="current-password"
            readOnly={!canTurnOn}
            aria-describedby={enabled ? 'sync-password-saved' : undefined}
            value={config.password}
            onInput={edit('password')}
          />
        </div>
        {enabled && (
          <p id="sync-password-saved" class="hint password-saved">
            {t('optionsSyncPasswordSaved')}
          </p>
        )}
        <label class="choice">
          <input
            type="checkbox"
            name="textOnly"
            disabled={!canTurnOn}
            checked={config.textOnly}
            onChange={edit('textOnly')}
          />
          {t('optionsSyncTextOnly')}
        </label>
        <div class="row">
          {canTurnOn && (
            <button type="submit" class="turn-on" disabled={busy !== 'idle'}>
              {t('optionsSyncTurnOn')}
            </button>
          )}
          {enabled && (
            <button type="button" class="sync-now" disabled={busy !== 'idle'} onClick={syncNow}>
              {t('optionsSyncNow')}
            </button>
          )}
          {enabled && (
            <button type="button" class="danger turn-off" disabled={busy !== 'idle'} onClick={turnOff}>
              {t('optionsSyncTurnOff')}
            </button>
          )}
        </div>
      </form>
      <div class="status sync-status" role="status">
        {busy === 'asking' && <p>{t('optionsSyncAsking')}</p>}
        {busy === 'checking' && <p>{t('optionsSyncChecking')}</p>}
        {note && <p class="note">{note}</p>}
        {view && syncStatusLines(view).map((line) => <p key={line}>{line}</p>)}
      </div>
      <p class="problem sync-problem" role="alert">
        {problem && describeSyncProblem(problem)}
      </p>
    </section>
  );
}
