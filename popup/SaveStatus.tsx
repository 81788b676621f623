import type { ComponentChildren } from 'preact';
import type { Outcome } from '../src/shared/failure.ts';
import { describeFailure } from '../src/shared/failure.ts';
import { t } from '../src/shared/i18n.ts';
import type { SaveReceipt } from '../src/shared/messages.ts';
import { readerPath } from '../src/shared/reader-url.ts';
import { articleLang } from './article-lang.ts';

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; outcome: Outcome<SaveReceipt> };

/**
 * The banner at the top of the popup: what happened to the current tab.
 * @param children shown under a successful save (the tags field).
 */
export function SaveStatus({
  state,
  onOpen,
  children,
}: {
  state: SaveState;
  onOpen: (id: string) => void;
  children?: ComponentChildren;
}) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'saving') {
    return (
      <p class="save-status" role="status" data-state="saving">
        {t('popupSaving')}
      </p>
    );
  }
  const { outcome } = state;
  if (!outcome.ok) {
    return (
      <p class="save-status" role="alert" data-state="failed" data-reason={outcome.error.code}>
        {t('popupSaveFailed', describeFailure(outcome.error))}
      </p>
    );
  }
  const { id, title, created } = outcome.value;
  return (
    <div class="save-status" data-state="saved" data-id={id}>
      <p class="save-line" role="status">
        <span class="save-label">{t(created ? 'popupSavedNew' : 'popupSavedAgain')}</span>{' '}
        <a
          href={readerPath(id)}
          lang={articleLang(undefined, title)}
          onClick={(event) => {
            event.preventDefault();
            onOpen(id);
          }}
        >
          {title}
        </a>
      </p>
      {children}
    </div>
  );
}
