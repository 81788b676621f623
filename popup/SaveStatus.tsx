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
 * The button that saves the tab. While a save runs it stays focusable and says it is busy: a disabled
 * button would drop the focus of whoever pressed it.
 */
function SaveButton({ busy, again, onSave }: { busy: boolean; again: boolean; onSave: () => void }) {
  return (
    <button
      type="button"
      class={again ? 'save-page save-again' : 'save-page'}
      aria-disabled={busy ? 'true' : undefined}
      onClick={() => {
        if (!busy) onSave();
      }}
    >
      {t(again ? 'popup_save_again' : 'popup_save_page')}
    </button>
  );
}

/**
 * The bar at the top of the popup: *Save this page* and what became of the current tab. A page that no
 * save can take (a browser page, a file) gets one quiet line and no button; any other failure can be
 * tried again from the button.
 * @param onSave saves the tab (again); absent when there is no tab to save (the library in a tab).
 * @param children shown under a successful save (the tags field).
 */
export function SaveStatus({
  state,
  onOpen,
  onSave,
  children,
}: {
  state: SaveState;
  onOpen: (id: string) => void;
  onSave?: () => void;
  children?: ComponentChildren;
}) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'saving') {
    return (
      <div class="save-status" data-state="saving" aria-busy="true">
        {onSave && <SaveButton busy again={false} onSave={onSave} />}
        <p class="save-line" role="status">
          {t('popupSaving')}
        </p>
      </div>
    );
  }
  const { outcome } = state;
  if (!outcome.ok) {
    const unsavable = outcome.error.code === 'not-a-web-page';
    return (
      <div class="save-status" data-state="failed" data-reason={outcome.error.code}>
        {onSave && !unsavable && <SaveButton busy={false} again={false} onSave={onSave} />}
        <p class="save-line" role={unsavable ? 'status' : 'alert'}>
          {t('popupSaveFailed', describeFailure(outcome.error))}
        </p>
      </div>
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
      {onSave && <SaveButton busy={false} again onSave={onSave} />}
      {children}
    </div>
  );
}
