/** Plain text of sanitized HTML, one line per block, for search, excerpts and the bench. */

const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'TR',
  'TABLE',
  'FIGURE',
  'FIGCAPTION',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'HR',
  'BR',
  'CAPTION',
]);

const TEXT_RULES = {
  /** The excerpt is a teaser, about two lines of Chinese in the popup. */
  excerptChars: 120,
} as const;

/**
 * Text of `root` with a line break at every block boundary and runs of spaces collapsed. One walk with an
 * explicit stack (bodies nest deeper than the call stack allows) and two linear passes over the joined
 * text: each run of spaces without a break becomes one space, then each run of spaces and breaks one break.
 * Lines come out trimmed and empty lines dropped, as splitting into lines and trimming each would give,
 * without a string per line. (One pattern like `\s*\n\s*` would backtrack over a long run of spaces at
 * every position in it.)
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  // Nodes still to read, and `null` for the break after a block's children.
  const stack: Array<Node | null> = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      parts.push('\n');
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType === 1 && BLOCKS.has(node.nodeName)) {
      parts.push('\n');
      stack.push(null);
    }
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return parts
    .join('')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?(?:\n ?)+/g, '\n')
    .trim();
}

/** First ~120 characters of `text`, on one line, with an ellipsis when cut. */
export function makeExcerpt(text: string): string {
  // Only the head matters; flattening a 5 MB body to cut 120 characters would dominate extraction time.
  const flat = text
    .slice(0, TEXT_RULES.excerptChars * 4)
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...flat];
  return chars.length <= TEXT_RULES.excerptChars && text.length <= TEXT_RULES.excerptChars * 4
    ? flat
    : `${chars.slice(0, TEXT_RULES.excerptChars).join('')}…`;
}
