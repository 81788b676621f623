/** Plain text of sanitized HTML, one line per block, for search, excerpts and the bench. */
import { BLOCK_ELEMENTS, settleLines } from '../shared/text-blocks.ts';

const TEXT_RULES = {
  /** The excerpt is a teaser, about two lines of Chinese in the popup. */
  excerptChars: 120,
} as const;

/**
 * Text of `root` with a line break at every block boundary and runs of spaces collapsed (`settleLines`).
 * One walk with an explicit stack: bodies nest deeper than the call stack allows.
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
    if (node.nodeType === 1 && BLOCK_ELEMENTS.has(node.nodeName)) {
      parts.push('\n');
      stack.push(null);
    }
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return settleLines(parts.join(''));
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

/**
 * The record's excerpt: the page's own summary, else the head of its text. A summary that only repeats
 * the headline (or a piece of it) is no summary: portals often copy the title into their description, and
 * a search hit would then show the title twice instead of a line of the article.
 */
export function excerptOf(summary: string | undefined, title: string, text: string): string {
  const own = summary?.trim();
  const bare = (s: string) => s.replace(/\s+/g, '');
  return makeExcerpt(own && !bare(title).includes(bare(own)) ? own : text);
}
