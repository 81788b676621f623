/** Plain text of sanitized HTML, one line per block, for search, excerpts and the bench. */

const BLOCK = /^(P|DIV|LI|BLOCKQUOTE|H[1-6]|PRE|TR|TABLE|FIGURE|FIGCAPTION|UL|OL|DL|DT|DD|HR|BR|CAPTION)$/;

const TEXT_RULES = {
  /** The excerpt is a teaser, about two lines of Chinese in the popup. */
  excerptChars: 120,
} as const;

/** Text of `root` with a line break at every block boundary and runs of spaces collapsed. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    const block = node.nodeType === 1 && BLOCK.test(node.nodeName);
    if (block) parts.push('\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
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
