/**
 * Shows highlights in the article body as `<mark>` elements. A highlight that crosses paragraphs, bold
 * text or links becomes one `<mark>` per text node it covers, all carrying its id; overlapping highlights
 * nest. Painting starts from a clean body each time, so what is shown is always the stored list.
 */
import type { HighlightColor } from '../../annotations/types.ts';
import { buildTextMap, slicesOf, type NodeSlice } from './text-map.ts';
import { listOf } from '../../shared/live-list.ts';

/** A highlight placed in the body's plain text. */
export interface PlacedHighlight {
  id: string;
  color: HighlightColor;
  start: number;
  end: number;
  /** Shown as the mark's title, so pointing at a highlight reads its note. */
  note?: string;
}

export const MARK_CLASS = 'hl';
export const MARK_ID_ATTRIBUTE = 'data-hl';

/** Takes every highlight mark out of `body`, leaving its text where it was. */
export function unpaint(body: HTMLElement): void {
  const marks = body.querySelectorAll(`mark.${MARK_CLASS}`);
  if (marks.length === 0) return;
  for (const mark of marks) mark.replaceWith(...listOf(mark.childNodes));
  // The parser never leaves two text nodes side by side; joined again, the body is as it was rendered.
  body.normalize();
}

/** Cuts `node` at each offset, returning the pieces in order. */
function splitAt(node: Text, offsets: number[]): Text[] {
  const pieces: Text[] = [];
  let rest = node;
  let consumed = 0;
  for (const offset of offsets) {
    if (offset <= consumed || offset >= consumed + rest.length) continue;
    const tail = rest.splitText(offset - consumed);
    pieces.push(rest);
    consumed = offset;
    rest = tail;
  }
  pieces.push(rest);
  return pieces;
}

/** Paints `highlights` (already unpainted or fresh body). Earlier highlights end up outermost. */
export function paint(body: HTMLElement, highlights: readonly PlacedHighlight[]): void {
  unpaint(body);
  if (highlights.length === 0) return;
  const map = buildTextMap(body);
  const byNode = new Map<Text, Array<{ slice: NodeSlice; highlight: PlacedHighlight }>>();
  for (const highlight of highlights) {
    for (const slice of slicesOf(map, highlight.start, highlight.end)) {
      const list = byNode.get(slice.node) ?? [];
      list.push({ slice, highlight });
      byNode.set(slice.node, list);
    }
  }
  const doc = body.ownerDocument;
  for (const [node, covering] of byNode) {
    const cuts = [...new Set(covering.flatMap(({ slice }) => [slice.from, slice.to]))].sort((a, b) => a - b);
    let at = 0;
    for (const piece of splitAt(node, cuts)) {
      const from = at;
      at += piece.length;
      let inner: Node = piece;
      // Innermost first: the last highlight wraps the text, the first wraps them all.
      for (let i = covering.length - 1; i >= 0; i -= 1) {
        const { slice, highlight } = covering[i]!;
        if (from < slice.from || from >= slice.to) continue;
        const mark = doc.createElement('mark');
        mark.className = `${MARK_CLASS} ${MARK_CLASS}-${highlight.color}`;
        mark.setAttribute(MARK_ID_ATTRIBUTE, highlight.id);
        if (highlight.note) mark.title = highlight.note;
        const parent = inner.parentNode;
        parent?.replaceChild(mark, inner);
        mark.append(inner);
        inner = mark;
      }
    }
  }
}
