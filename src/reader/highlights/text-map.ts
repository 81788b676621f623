/**
 * The reader's body as the store sees it: the same plain text `blockText` (src/extract/text.ts) makes of
 * it, with a map from every DOM position to an offset in that text and back. Highlights are stored as
 * offsets and quotes over the record's `textContent`, so a selection is measured here, and a stored
 * highlight is found again here, on exactly the string the store anchors against.
 *
 * `blockText` puts a line break at each block boundary, splits on every line break, collapses each run of
 * whitespace in a line to one space, trims the lines and drops the empty ones. This walk does the same,
 * one character at a time, and records for each text node where each of its characters landed.
 */
import { BLOCK_ELEMENTS } from '../../shared/text-blocks.ts';

const WHITESPACE = /\s/;

/** One text node of the body and where its characters went in the plain text. */
export interface MappedNode {
  node: Text;
  /**
   * `bounds[k]` is the length of the plain text before character `k` is read (a space or line break
   * waiting to be written is not counted yet); `bounds[length]` is the length after the node. Character
   * `k` was written when `bounds[k + 1] > bounds[k]`, and then sits at `bounds[k + 1] - 1`.
   */
  bounds: Int32Array;
  /** `spaced[k]` is 1 when character `k` is whitespace inside a line that was written as a space. */
  spaced: Uint8Array;
}

export interface TextMap {
  /** Equal to `blockText(root)`. */
  text: string;
  nodes: MappedNode[];
}

/** One text node's share of a text range: characters `[from, to)` of `node`. */
export interface NodeSlice {
  node: Text;
  from: number;
  to: number;
}

export function buildTextMap(root: Node): TextMap {
  const out: string[] = [];
  const nodes: MappedNode[] = [];
  /** Something was written on the current line. */
  let lineHasText = false;
  /** A line with text ended: its break is written before the next character. */
  let breakPending = false;
  /** Whitespace was read after the line's last character: one space is written before the next one. */
  let spacePending = false;
  let length = 0;
  /** The whitespace characters waiting to be written as one space: marked in `spaced` once it is. */
  let pendingWhitespace: Array<{ spaced: Uint8Array; at: number }> = [];

  const endLine = (): void => {
    if (lineHasText) breakPending = true;
    lineHasText = false;
    spacePending = false;
    pendingWhitespace = [];
  };

  const read = (char: string, spaced: Uint8Array, at: number): void => {
    if (char === '\n') return endLine();
    if (WHITESPACE.test(char)) {
      if (!lineHasText) return;
      spacePending = true;
      pendingWhitespace.push({ spaced, at });
      return;
    }
    if (breakPending) {
      out.push('\n');
      length += 1;
      breakPending = false;
    } else if (spacePending) {
      out.push(' ');
      length += 1;
      for (const entry of pendingWhitespace) entry.spaced[entry.at] = 1;
    }
    pendingWhitespace = [];
    spacePending = false;
    lineHasText = true;
    out.push(char);
    length += 1;
  };

  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      const bounds = new Int32Array(data.length + 1);
      const spaced = new Uint8Array(data.length);
      for (let k = 0; k < data.length; k += 1) {
        bounds[k] = length;
        read(data.charAt(k), spaced, k);
      }
      bounds[data.length] = length;
      nodes.push({ node: node as Text, bounds, spaced });
    }
    const block = node.nodeType === 1 && BLOCK_ELEMENTS.has(node.nodeName);
    if (block) endLine();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) endLine();
  };
  walk(root);
  return { text: out.join(''), nodes };
}

/** The first mapped text node at or after the boundary point (`container`, `offset`) in document order. */
function firstNodeFrom(map: TextMap, root: Node, container: Node, offset: number): MappedNode | undefined {
  const doc = root.ownerDocument ?? (root as Document);
  const point = doc.createRange();
  point.setStart(container, offset);
  // The nodes are in document order: the first whose start is not before the point.
  for (const mapped of map.nodes) {
    if (point.comparePoint(mapped.node, 0) >= 0) return mapped;
  }
  return undefined;
}

/**
 * The plain-text offset of a DOM boundary point inside `root` (a selection's anchor or focus), or
 * undefined when the point is not inside `root`.
 */
export function offsetAt(map: TextMap, root: Node, container: Node, offset: number): number | undefined {
  if (container !== root && !root.contains(container)) return undefined;
  if (container.nodeType === 3) {
    const mapped = map.nodes.find((entry) => entry.node === container);
    if (mapped) return mapped.bounds[Math.min(offset, mapped.bounds.length - 1)];
  }
  const next = firstNodeFrom(map, root, container, offset);
  return next ? next.bounds[0] : map.text.length;
}

/**
 * The pieces of text nodes that show `[start, end)` of the plain text: each from its first character in
 * the range to its last. Whitespace belongs to the range only where the text has a space for it, so the
 * gaps between paragraphs and the indentation of a line stay outside every highlight.
 */
export function slicesOf(map: TextMap, start: number, end: number): NodeSlice[] {
  const slices: NodeSlice[] = [];
  if (start >= end) return slices;
  for (const { node, bounds, spaced } of map.nodes) {
    const last = bounds.length - 1;
    if (bounds[last]! <= start) continue;
    if (bounds[0]! >= end) break;
    let from = -1;
    let to = -1;
    for (let k = 0; k < last; k += 1) {
      const before = bounds[k]!;
      const after = bounds[k + 1]!;
      // A written character sits at `after - 1`; whitespace written as a space sits at `before`.
      const at = after > before ? after - 1 : spaced[k] ? before : -1;
      if (at < start || at >= end) continue;
      if (from === -1) from = k;
      to = k + 1;
    }
    if (from !== -1) slices.push({ node, from, to });
  }
  return slices;
}
