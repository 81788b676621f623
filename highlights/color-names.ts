import type { HighlightColor } from '../src/annotations/types.ts';
import type { MessageKey } from '../src/shared/i18n.ts';

/** The word for each highlight colour, for labels and for screen readers (the colour alone says nothing). */
export const COLOR_NAMES: Record<HighlightColor, MessageKey> = {
  yellow: 'hlpage_colorYellow',
  green: 'hlpage_colorGreen',
  blue: 'hlpage_colorBlue',
  pink: 'hlpage_colorPink',
};
