/**
 * What a selection in the reader can be highlighted as: its selectors over the body's plain text, or
 * nothing when it is not wholly inside the body, is collapsed, or holds only whitespace (then the reader
 * does nothing and says nothing).
 */
import { describeRange } from '../../annotations/describe.ts';
import type { HighlightSelectors } from '../../annotations/types.ts';
import { buildTextMap, offsetAt } from './text-map.ts';

export interface SelectedText {
  selectors: HighlightSelectors;
  /** Where the selection is on screen, to put the toolbar beside it. */
  rect: { top: number; bottom: number; left: number; right: number };
}

/** The selection's range when both its ends are inside `body`. */
export function rangeInside(selection: Selection | null, body: HTMLElement): Range | undefined {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const inside = (node: Node): boolean => node === body || body.contains(node);
  return inside(range.startContainer) && inside(range.endContainer) ? range : undefined;
}

/** The selectors of `range`, measured on the text the store keeps for `body`. */
export function describeSelection(range: Range, body: HTMLElement): HighlightSelectors | undefined {
  const map = buildTextMap(body);
  const start = offsetAt(map, body, range.startContainer, range.startOffset);
  const end = offsetAt(map, body, range.endContainer, range.endOffset);
  if (start === undefined || end === undefined) return undefined;
  return describeRange(map.text, start, end);
}

export function selectedText(selection: Selection | null, body: HTMLElement): SelectedText | undefined {
  const range = rangeInside(selection, body);
  if (!range) return undefined;
  const selectors = describeSelection(range, body);
  if (!selectors) return undefined;
  const box = range.getBoundingClientRect();
  return { selectors, rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right } };
}
