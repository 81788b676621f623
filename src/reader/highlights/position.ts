/** Where the selection toolbar and a highlight's popover go: beside their text, inside the window. */
import type { ToolbarPosition } from './SelectionToolbar.tsx';

export interface Box {
  top: number;
  bottom: number;
  left: number;
}

export interface View {
  scrollX: number;
  scrollY: number;
  innerWidth: number;
}

/** Room the toolbar takes above its text, and the width kept clear of the window's right edge. */
const ABOVE_PX = 48;
const WIDTH_PX = 300;
const GAP_PX = 8;

const clampLeft = (left: number, view: View): number =>
  Math.max(view.scrollX + GAP_PX, Math.min(left, view.scrollX + view.innerWidth - WIDTH_PX - GAP_PX));

/** Above the selection, or below it when the selection is at the top of the window. */
export function toolbarPosition(box: Box, view: View): ToolbarPosition {
  const above = box.top - ABOVE_PX >= 0;
  return {
    top: view.scrollY + (above ? box.top - ABOVE_PX : box.bottom + GAP_PX),
    left: clampLeft(view.scrollX + box.left, view),
  };
}

/** Just below the highlight's first line. */
export function popoverPosition(box: Box, view: View): ToolbarPosition {
  return { top: view.scrollY + box.bottom + GAP_PX, left: clampLeft(view.scrollX + box.left, view) };
}
