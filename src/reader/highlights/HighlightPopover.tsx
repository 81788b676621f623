/**
 * One highlight, opened by clicking it (or made with Add note / `n`): change its colour, write, edit or
 * delete its note, delete it. The note is plain text, shown and edited as text, never as HTML.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, limitNote, NOTE_MAX_CHARS } from '../../annotations/limits.ts';
import type { Highlight, HighlightColor } from '../../annotations/types.ts';
import { t } from '../../shared/i18n.ts';
import { COLOR_LABELS } from './color-labels.ts';
import type { ToolbarPosition } from './SelectionToolbar.tsx';

/** What a store write answers: undefined when saved, else the reason. */
type Write = Promise<string | undefined>;

interface HighlightPopoverProps {
  highlight: Highlight;
  at: ToolbarPosition;
  /** Put the caret in the note at once (Add note, `n`). */
  focusNote: boolean;
  onColor: (color: HighlightColor) => Write;
  onNote: (note: string) => Write;
  onDelete: () => Write;
  onClose: () => void;
}

export function HighlightPopover(props: HighlightPopoverProps) {
  const { highlight, at, focusNote, onColor, onNote, onDelete, onClose } = props;
  const [draft, setDraft] = useState(highlight.note ?? '');
  const [message, setMessage] = useState('');
  const noteField = useRef<HTMLTextAreaElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusNote) noteField.current?.focus();
    else dialog.current?.querySelector<HTMLButtonElement>('[aria-pressed="true"]')?.focus();
  }, [highlight.id, focusNote]);

  const report = (failure: string | undefined, done?: string): void =>
    setMessage(failure === undefined ? (done ?? '') : t('reader_hl_save_failed', failure));

  const saveNote = async (text: string): Promise<void> => {
    const limited = limitNote(text);
    setDraft(limited.note);
    const failure = await onNote(limited.note);
    if (failure === undefined && limited.cut) setMessage(t('reader_hl_note_cut', String(NOTE_MAX_CHARS)));
    else report(failure, t('reader_hl_note_saved'));
  };

  return (
    <div
      ref={dialog}
      class="hl-popover"
      role="dialog"
      aria-label={t('reader_hl_popover')}
      data-hl-open={highlight.id}
      style={{ top: `${at.top}px`, left: `${at.left}px` }}
    >
      <div class="hl-colors" role="group" aria-label={t('reader_hl_colour')}>
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            class={`hl-swatch hl-swatch-${color}`}
            data-color={color}
            aria-pressed={highlight.color === color}
            title={t(COLOR_LABELS[color])}
            onClick={() => void onColor(color).then((failure) => report(failure))}
          >
            <span class="visually-hidden">{t(COLOR_LABELS[color])}</span>
          </button>
        ))}
      </div>
      <label class="hl-note">
        <span>{t('reader_hl_note_label')}</span>
        <textarea
          ref={noteField}
          rows={3}
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void saveNote(draft);
          }}
        />
      </label>
      <div class="hl-actions">
        <button type="button" class="hl-save-note" onClick={() => void saveNote(draft)}>
          {t('reader_hl_save_note')}
        </button>
        {highlight.note && (
          <button type="button" class="hl-delete-note" onClick={() => void saveNote('')}>
            {t('reader_hl_delete_note')}
          </button>
        )}
        <button
          type="button"
          class="hl-delete"
          onClick={() => void onDelete().then((failure) => report(failure))}
        >
          {t('reader_hl_delete')}
        </button>
        <button type="button" class="hl-close" onClick={onClose}>
          {t('reader_hl_close')}
        </button>
      </div>
      <p class="hl-message" role="status">
        {message}
      </p>
    </div>
  );
}
