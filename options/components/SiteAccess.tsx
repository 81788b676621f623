import { useEffect, useState } from 'preact/hooks';
import { t } from '../../src/shared/i18n.ts';
import { hasAllSites, removeAllSites, requestAllSites } from '../site-access.ts';

type State = 'unknown' | 'granted' | 'not-granted' | 'waiting';

/** Shows and changes whether Jianbao may fetch from every site (the optional host permission). */
export function SiteAccess() {
  const [state, setState] = useState<State>('unknown');
  const refresh = () =>
    void hasAllSites().then(
      (granted) => setState(granted ? 'granted' : 'not-granted'),
      () => setState('not-granted'),
    );
  useEffect(refresh, []);

  const allow = (): void => {
    // Asked before any await: the prompt needs the click's user gesture.
    const asked = requestAllSites();
    setState('waiting');
    void asked.then(refresh, refresh);
  };
  const revoke = (): void => void removeAllSites().then(refresh, refresh);

  return (
    <section class="card site-access" data-state={state} aria-labelledby="site-access-heading">
      <h2 id="site-access-heading">{t('optionsSiteAccessHeading')}</h2>
      <p class="hint">{t('optionsSiteAccessHint')}</p>
      <p class="status" role="status">
        {state === 'granted' && t('optionsSiteAccessGranted')}
        {state === 'not-granted' && t('optionsSiteAccessNotGranted')}
        {state === 'waiting' && t('optionsSiteAccessWaiting')}
      </p>
      {state === 'granted' ? (
        <button type="button" class="revoke" onClick={revoke}>
          {t('optionsSiteAccessRevoke')}
        </button>
      ) : (
        <button type="button" class="allow" disabled={state === 'waiting'} onClick={allow}>
          {t('optionsSiteAccessAllow')}
        </button>
      )}
    </section>
  );
}
