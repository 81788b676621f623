/**
 * The small toolbar at a selection in the article: four colours, Add note, Copy. Its buttons keep the
 * selection (a press does not take focus or move the caret), and it is never part of the article text.
 */
import { HIGHLIGHT_COLORS } from '../../annotations/limits.ts';
import type { HighlightColor } from '../../annotations/types.ts';
import { t } from '../../shared/i18n.ts';
import { COLOR_LABELS } from './color-labels.ts';

export interface ToolbarPosition {
  /** Page coordinates (scroll included) of the selection's box. */
  top: number;
  left: number;
}

interface SelectionToolbarProps {
  at: ToolbarPosition;
  onColor: (color: HighlightColor) => void;
  onNote: () => void;
  onCopy: () => void;
}

const keepSelection = (event: MouseEvent): void => event.preventDefault();

export function SelectionToolbar({ at, onColor, onNote, onCopy }: SelectionToolbarProps) {
  return (
    <div
      class="hl-toolbar"
      role="toolbar"
      aria-label={t('reader_hl_toolbar')}
      style={{ top: `${at.top}px`, left: `${at.left}px` }}
      onMouseDown={keepSelection}
    >
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          class={`hl-swatch hl-swatch-${color}`}
          data-color={color}
          title={t(COLOR_LABELS[color])}
          onClick={() => onColor(color)}
        >
          <span class="visually-hidden">{t(COLOR_LABELS[color])}</span>
        </button>
      ))}
      <button type="button" class="hl-toolbar-note" onClick={onNote}>
        {t('reader_hl_add_note')}
      </button>
      <button type="button" class="hl-toolbar-copy" onClick={onCopy}>
        {t('reader_hl_copy')}
      </button>
    </div>
  );
}
