/**
 * A cheap "could this page hold an article at all?" test for the generic path, run before Readability
 * copies and scores the whole page. The content script re-runs extraction while a page is still loading,
 * and a page without prose must be answered in one read-only walk, not a full Readability pass.
 */

const PROSE_RULES = {
  /** The Readability adapter's threshold: 100 Chinese characters is a real (short) article. */
  minChars: 100,
  /** Text runs shorter than this are menu labels, buttons and counters, not prose. */
  minRun: 12,
  /** Subtrees whose text is never the article. */
  skipTags: new Set([
    'script',
    'style',
    'noscript',
    'template',
    'a',
    'button',
    'select',
    'option',
    'textarea',
    'nav',
    'footer',
    'svg',
  ]),
} as const;

/** True when `root` has at least `minChars` characters of prose outside links, navigation and scripts. */
export function hasProse(root: Element, minChars: number = PROSE_RULES.minChars): boolean {
  let total = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const run = (node.nodeValue ?? '').trim().length;
      if (run >= PROSE_RULES.minRun && (total += run) >= minChars) return true;
      continue;
    }
    if (node !== root && PROSE_RULES.skipTags.has((node as Element).localName)) continue;
    for (let c = node.lastChild; c; c = c.previousSibling)
      if (c.nodeType === 1 || c.nodeType === 3) stack.push(c);
  }
  return false;
}
