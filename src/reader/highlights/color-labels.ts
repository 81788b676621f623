import type { HighlightColor } from '../../annotations/types.ts';
import type { MessageKey } from '../../shared/i18n.ts';

/** The words for each highlight colour: a swatch is named, never only shown. */
export const COLOR_LABELS: Record<HighlightColor, MessageKey> = {
  yellow: 'reader_hl_color_yellow',
  green: 'reader_hl_color_green',
  blue: 'reader_hl_color_blue',
  pink: 'reader_hl_color_pink',
};
