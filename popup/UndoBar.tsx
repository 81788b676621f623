import { t } from '../src/shared/i18n.ts';
import { articleLang } from './article-lang.ts';

/** Stands for the title in the message, so the title can be given its own `lang` where it falls. */
const TITLE_SLOT = '\u0000';

/** Says what was deleted and offers to put it back; stays until used or dismissed (no timer to race). */
export function UndoBar({
  title,
  lang,
  onUndo,
  onDismiss,
}: {
  title: string;
  /** The deleted article's language, when extraction found it. */
  lang?: string;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const [before = '', after = ''] = t('popupDeleted', TITLE_SLOT).split(TITLE_SLOT);
  return (
    <div class="undo-bar" role="status">
      <span class="undo-text">
        {before}
        <span class="undo-title" lang={articleLang(lang, title)}>
          {title}
        </span>
        {after}
      </span>
      <button type="button" class="undo" onClick={onUndo}>
        {t('popupUndo')}
      </button>
      <button
        type="button"
        class="dismiss"
        aria-label={t('popupDismiss')}
        title={t('popupDismiss')}
        onClick={onDismiss}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
