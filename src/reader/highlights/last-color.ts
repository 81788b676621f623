/** The colour `h` highlights in: the last one the reader chose, remembered in this browser. */
import { DEFAULT_HIGHLIGHT_COLOR, isHighlightColor } from '../../annotations/limits.ts';
import type { HighlightColor } from '../../annotations/types.ts';

const KEY = 'jianbao.reader.highlightColor';

export function lastHighlightColor(storage: Pick<Storage, 'getItem'> = localStorage): HighlightColor {
  try {
    const stored = storage.getItem(KEY);
    return isHighlightColor(stored) ? stored : DEFAULT_HIGHLIGHT_COLOR;
  } catch {
    // Storage turned off in this profile: the default colour still highlights.
    return DEFAULT_HIGHLIGHT_COLOR;
  }
}

export function rememberHighlightColor(
  color: HighlightColor,
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  try {
    storage.setItem(KEY, color);
  } catch {
    // Not remembered: the next highlight takes the default colour, nothing else is lost.
  }
}
