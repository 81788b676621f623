import { t } from '../src/shared/i18n.ts';

/** Says what was deleted and offers to put it back; stays until used or dismissed (no timer to race). */
export function UndoBar({
  title,
  onUndo,
  onDismiss,
}: {
  title: string;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  return (
    <div class="undo-bar" role="status">
      <span class="undo-text">{t('popupDeleted', title)}</span>
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
