import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { SHORTCUTS } from './shortcuts.ts';

/** Key names a reader recognises; the rest are shown as typed. */
const KEY_NAMES: Record<string, string> = { Escape: 'Esc' };

/** The `?` list: a modal dialog, so focus stays in it and Escape closes it natively. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  return (
    <dialog ref={dialog} class="shortcut-help" aria-labelledby="shortcut-help-title" onClose={onClose}>
      <h2 id="shortcut-help-title">{t('readerShortcuts')}</h2>
      <dl class="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div class="shortcut" key={shortcut.action} data-action={shortcut.action}>
            <dt>
              {shortcut.keys.map((key, i) => (
                <>
                  {i > 0 && ' / '}
                  <kbd>{KEY_NAMES[key] ?? key}</kbd>
                </>
              ))}
            </dt>
            <dd>{t(shortcut.label)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="close-help" onClick={onClose}>
        {t('readerShortcutsClose')}
      </button>
    </dialog>
  );
}
