/**
 * Writes an article body as HTML in one walk over the page's own DOM, applying the cleaning rules
 * (clean.ts) and the sanitizer's policy as it goes. Nothing is copied or changed: copying the body into an
 * inert document, cleaning the copy and sanitizing it in place walks the tree seven times (DOMPurify's
 * in-place mode alone walks it five), which costs more than Readability on a short article.
 *
 * The output is meant to need nothing from DOMPurify: only allowed tags and attributes, renames done,
 * bare spans unwrapped, text escaped. DOMPurify still checks it (record.ts), as the one judge of what is
 * safe; this only makes its input small and clean.
 */
import { type CleanFacts, imageSource, isIndentBlock, judgeElement, stripIndent } from './clean.ts';
import { SANITIZE_POLICY } from './sanitize.ts';

const VOID = new Set(['br', 'hr', 'img']);
/** Inline wrappers that mean nothing once their attributes are gone (the reader styles bare elements). */
const UNWRAPPED_BARE = new Set(['span', 'font']);

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\u00a0': '&nbsp;',
  '"': '&quot;',
};
const TEXT_SPECIAL = /[&<>\u00a0]/;
const TEXT_SPECIALS = new RegExp(TEXT_SPECIAL.source, 'g');
// Most text has nothing to escape: a test is cheaper than a replace that finds nothing.
const escapeText = (text: string) =>
  TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIALS, (c) => ESCAPES[c]!) : text;
const escapeAttribute = (value: string) => value.replace(/[&<>"\u00a0]/g, (c) => ESCAPES[c]!);

export interface SerializedBody {
  html: string;
  facts: CleanFacts;
}

/** `<p>` and the like, one string per tag name: most elements of a body have no attributes at all. */
const bareTags = new Map<string, string>();
function bareTag(name: string): string | undefined {
  if (UNWRAPPED_BARE.has(name)) return undefined;
  let tag = bareTags.get(name);
  if (tag === undefined) bareTags.set(name, (tag = `<${name}>`));
  return tag;
}

/** The start tag `el` is written with, or undefined when the element is unwrapped (its children stay). */
function startTag(el: Element, name: string): string | undefined {
  if (!el.hasAttributes()) return bareTag(name);
  let attrs = '';
  // An image's real address replaces a placeholder `src` where it stood, or comes last when there was none.
  let src = name === 'img' ? imageSource(el) : undefined;
  const list = el.attributes;
  for (let i = 0; i < list.length; i++) {
    const attr = list[i]!;
    if (!SANITIZE_POLICY.attributes.has(attr.name)) continue;
    const value = name === 'img' && attr.name === 'src' ? src : attr.value;
    if (value !== undefined) attrs += ` ${attr.name}="${escapeAttribute(value)}"`;
    if (attr.name === 'src') src = undefined;
  }
  if (src) attrs += ` src="${escapeAttribute(src)}"`;
  return attrs ? `<${name}${attrs}>` : bareTag(name);
}

/**
 * @param body the article root; its own tag is not written, only what is inside.
 * @param omit elements of `body` an adapter leaves out (a mirror's source-link paragraph).
 */
export function serializeBody(body: Element, omit: ReadonlySet<Element> = new Set()): SerializedBody {
  const facts: CleanFacts = {};
  const out: string[] = [];
  // Nodes still to write, and end tags (strings) to write once their element's children are done. An
  // explicit stack: hostile pages nest deeper than the call stack allows.
  const stack: Array<Node | string> = [];
  const pushChildren = (node: Node) => {
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  };
  pushChildren(body);
  // Set on entering an indented block, cleared by its first words (which lose their indent) or its end.
  let indentPending = false;
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      indentPending = false;
      continue;
    }
    if (item.nodeType === 3) {
      const text = item.nodeValue ?? '';
      out.push(escapeText(indentPending ? stripIndent(text) : text));
      indentPending = false;
      continue;
    }
    if (item.nodeType !== 1) continue; // comments, processing instructions
    const el = item as Element;
    if (omit.has(el)) continue;
    const verdict = judgeElement(el, facts);
    if (verdict === 'drop') continue;
    if (verdict === 'text') {
      out.push(escapeText(el.textContent ?? ''));
      indentPending = false;
      continue;
    }
    const tag = el.localName;
    const name = SANITIZE_POLICY.renamed(tag) ?? tag;
    if (!SANITIZE_POLICY.tags.has(name)) {
      if (!SANITIZE_POLICY.dropsContent.has(name)) pushChildren(el);
      continue;
    }
    const start = startTag(el, name);
    if (start === undefined) {
      pushChildren(el);
      continue;
    }
    out.push(start);
    if (VOID.has(name)) {
      indentPending = false;
      continue;
    }
    if (isIndentBlock(tag)) indentPending = true;
    stack.push(`</${name}>`);
    pushChildren(el);
  }
  return { html: out.join(''), facts };
}
